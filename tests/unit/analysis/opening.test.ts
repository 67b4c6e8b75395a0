import { describe, expect, it } from "vitest";
import { openingRun } from "@/app/analysis/opening-run.ts";
import { packResult, runOpening, unpackResult } from "@/server/domain/analysis/opening.ts";
import { seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";

// The analysis page's opening run travels in the HTML as plain JSON and is kept per profile-set version.

describe("the opening run", () => {
  const profiles = seedProfileSet().parties;

  it("survives the trip through JSON: the same frontier, solutions and density grid (colour means to the whole point)", () => {
    const result = runOpening(profiles);
    const back = unpackResult(JSON.parse(JSON.stringify(packResult(result))));
    expect(Array.from(back.frontier)).toEqual(Array.from(result.frontier));
    expect(Array.from(back.frontierUtilities)).toEqual(Array.from(result.frontierUtilities));
    expect(back.nash).toEqual(result.nash);
    expect(back.maximin).toEqual(result.maximin);
    expect(back.acceptedShare).toBe(result.acceptedShare);
    expect(Array.from(back.density.counts)).toEqual(Array.from(result.density.counts));
    expect(back.density.counts.length).toBe(result.density.counts.length);
    result.density.colourMean!.forEach((mean, cell) => {
      if (Number.isNaN(mean)) expect(back.density.colourMean![cell]).toBeNaN();
      else expect(Math.abs(back.density.colourMean![cell]! - mean)).toBeLessThanOrEqual(0.5);
    });
  });

  it("is worked out once per profile-set version, and again for a new version", () => {
    const set = { id: "opening-test", version: 1, document: { parties: profiles } };
    const first = openingRun(set);
    console.log(`opening run on the server: ${first.ms.toFixed(0)} ms for ${first.result.size.toLocaleString("en-US")} packages`);
    expect(openingRun(set)).toBe(first);
    const changed = structuredClone(profiles);
    changed[0]!.reservation = 0;
    const next = openingRun({ ...set, version: 2, document: { parties: changed } });
    expect(next.key).toBe("opening-test:2");
    expect(next.result.acceptedCount).toBeGreaterThan(first.result.acceptedCount);
    // Kept a bounded number of versions: after 16 others, version 1 is worked out again.
    for (let v = 3; v < 20; v++) openingRun({ ...set, version: v });
    expect(openingRun(set)).not.toBe(first);
  });
});
