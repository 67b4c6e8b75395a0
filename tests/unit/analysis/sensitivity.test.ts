import { describe, expect, it } from "vitest";
import { analyse } from "@/server/domain/analysis/analyse.ts";
import type { PartyProfile } from "@/server/domain/analysis/model.ts";
import { acceptanceRanges, nashRanges, type HoldingRange } from "@/server/domain/analysis/sensitivity.ts";
import { sensitivitySentence } from "@/server/domain/analysis/sensitivity-text.ts";
import { scenarioPositions } from "@/server/domain/analysis/position.ts";
import { scoreScenario } from "@/server/domain/analysis/scenario-score.ts";
import { compileSpace } from "@/server/domain/analysis/space.ts";
import { packageToScenario } from "@/server/domain/analysis/to-scenario.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";
import { a, b, space } from "./hand-case.ts";

// The two-party NATO × sanctions case of hand.test.ts, worked by hand. Utilities:
//   A = (w_n·nato_A + w_s·sanctions_A) / (w_n + w_s), B likewise; both reserve 30.
const baseline = statusQuoDocument();
const profiles = [a, b];
const byParameter = (ranges: HoldingRange[]) =>
  Object.fromEntries(
    ranges.map((r) => [
      r.parameter.kind === "reservation" ? `${r.parameter.party}:reservation` : `${r.parameter.party}:${r.parameter.dimensionId}`,
      [r.low, r.high],
    ]),
  );

describe("a scenario's accept/reject, by hand", () => {
  // Package 3 = (deferred, none): A = (50 + 0) / 2 = 25 rejects; B = (3·60 + 100) / 4 = 70 accepts.
  const doc = packageToScenario(baseline, space, 3, "Deferred NATO, no relief");

  it("A rejects while r_A > 25, w_nato < 1.5 (50w < 30(1 + w)) and w_sanctions > 2/3 (50 < 30(1 + w))", () => {
    expect(scoreScenario(doc, profiles).accepts).toEqual([false, true]);
    const ranges = byParameter(acceptanceRanges(scenarioPositions(doc), profiles, 0));
    expect(Object.keys(ranges)).toEqual(["0:reservation", "0:nato", "0:sanctions"]);
    expect(ranges["0:reservation"]![0]).toBeCloseTo(25, 12);
    expect(ranges["0:reservation"]![1]).toBe(100);
    expect(ranges["0:nato"]![0]).toBe(0);
    expect(ranges["0:nato"]![1]).toBeCloseTo(1.5, 12);
    expect(ranges["0:sanctions"]![0]).toBeCloseTo(2 / 3, 12);
    expect(ranges["0:sanctions"]![1]).toBe(100);
  });

  it("B accepts while r_B ≤ 70; no weight of B can turn it (60w + 100 ≥ 30(w + 1) and 180 + 100w ≥ 30(3 + w) always)", () => {
    const ranges = byParameter(acceptanceRanges(scenarioPositions(doc), profiles, 1));
    expect(ranges["1:reservation"]![0]).toBe(0);
    expect(ranges["1:reservation"]![1]).toBeCloseTo(70, 12);
    expect(ranges["1:nato"]).toEqual([0, 100]);
    expect(ranges["1:sanctions"]).toEqual([0, 100]);
  });

  it("says it in a sentence, the closest assumption first", () => {
    const sentence = sensitivitySentence("PARTY-A rejects it", acceptanceRanges(scenarioPositions(doc), profiles, 0), [
      "PARTY-A",
      "PARTY-B",
    ]);
    expect(sentence).toBe(
      "PARTY-A rejects it only while PARTY-A's weight on Sanctions relief for Russia stays above 0.7 (now 1), and while " +
        "PARTY-A's weight on Ukraine's NATO path stays under 1.5 (now 1) (1 more in the chart, each with the others unchanged).",
    );
    expect(
      sensitivitySentence("PARTY-B accepts it", acceptanceRanges(scenarioPositions(doc), profiles, 1).slice(1), [
        "PARTY-A",
        "PARTY-B",
      ]),
    ).toBe(
      "PARTY-B accepts it whatever value any one of these weights or reservation values takes (0–100), the others unchanged.",
    );
  });
});

describe("the Nash package, by hand", () => {
  const result = analyse({ profiles, space, baseline });
  const compiled = compileSpace(space);
  const ranges = byParameter(
    nashRanges({ space: compiled, profiles, baseline, utilities: result.utilities, nash: result.nash!.index }),
  );
  const nashWith = (changed: PartyProfile[]) => analyse({ profiles: changed, space, baseline }).nash?.index ?? null;

  it("is (open, full) = package 2", () => expect(result.nash?.index).toBe(2));

  it("r_A: lines C_i·(a_i − r): 45(50 − r) stays on top until 15(75 − r) passes it at r = 37.5", () => {
    expect(ranges["0:reservation"]![0]).toBe(0);
    expect(ranges["0:reservation"]![1]).toBeCloseTo(37.5, 12);
    expect(nashWith([{ ...a, reservation: 37 }, b])).toBe(2);
    expect(nashWith([{ ...a, reservation: 38 }, b])).toBe(5);
  });

  it("w_nato of A: 45(70 − 30w) against (deferred, staged) 30(30 + 20w): they cross at w = 15/13", () => {
    expect(ranges["0:nato"]![0]).toBe(0);
    expect(ranges["0:nato"]![1]).toBeCloseTo(15 / 13, 12);
    expect(nashWith([{ ...a, weights: { ...a.weights, nato: 1.15 } }, b])).toBe(2);
    expect(nashWith([{ ...a, weights: { ...a.weights, nato: 1.16 } }, b])).toBe(4);
  });

  it("r_B: 20(75 − r) against (deferred, full) 45(45 − r), which wins below r = 21; package 2 stays acceptable to B up to 75", () => {
    expect(ranges["1:reservation"]![0]).toBeCloseTo(21, 12);
    expect(ranges["1:reservation"]![1]).toBeCloseTo(75, 12);
    expect(nashWith([a, { ...b, reservation: 21.5 }])).toBe(2);
    expect(nashWith([a, { ...b, reservation: 20.5 }])).toBe(5);
    expect(nashWith([a, { ...b, reservation: 75.5 }])).not.toBe(2);
  });

  it("with no acceptable package, the range is where still none is", () => {
    const none = [
      { ...a, reservation: 80 },
      { ...b, reservation: 80 },
    ];
    const noDeal = analyse({ profiles: none, space, baseline });
    expect(noDeal.nash).toBeNull();
    const r = byParameter(nashRanges({ space: compiled, profiles: none, baseline, utilities: noDeal.utilities, nash: null }));
    // B reaches 80 only at (open, none) = 100 and (open, staged) = 90, where A gets 0 and 30: A must reserve at most 30.
    expect(r["0:reservation"]![0]).toBeCloseTo(30, 12);
    expect(r["0:reservation"]![1]).toBe(100);
  });
});
