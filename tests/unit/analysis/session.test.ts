import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "@/server/domain/analysis/analyse.ts";
import { DIMENSIONS, type OutcomeSpace, type PartyProfile } from "@/server/domain/analysis/model.ts";
import { seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { AnalysisSession, DENSITY_BINS, runToEnd, type ChartAxes, type SessionResult } from "@/server/domain/analysis/session.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

// The long-lived session re-does only what a change needs; whatever it reuses, its answer must be
// the one a fresh analyse() gives.

const baseline = statusQuoDocument();
const space: OutcomeSpace = ["donetsk", "zaporizhzhia", "ceasefire", "guarantees", "nato", "sanctions"].map((id) => ({
  dimensionId: id,
  optionIds: DIMENSIONS.find((d) => d.id === id)!.options.map((o) => o.id),
}));
const axes: ChartAxes = { x: 0, y: 1, colour: 2 };

function expectSameAsFresh(result: SessionResult, profiles: PartyProfile[]) {
  const fresh = analyse({ profiles, space, baseline });
  expect(Array.from(result.frontier)).toEqual(Array.from(fresh.frontier));
  expect(Array.from(result.frontierUtilities)).toEqual(
    Array.from(fresh.frontier).flatMap((i) => fresh.utilities.map((u) => u[i]!)),
  );
  expect(result.nash).toEqual(fresh.nash);
  expect(result.kalaiSmorodinsky).toEqual(fresh.kalaiSmorodinsky);
  expect(result.maximin).toEqual(fresh.maximin);
  expect(result.acceptedCount).toBe(fresh.acceptedCount);
  // The density grid holds every package once, in the cell of its (x, y) values.
  expect(result.density.counts.reduce((s, c) => s + c, 0)).toBe(fresh.size);
  const i = fresh.nash?.index ?? 0;
  const cell = (u: number) => Math.min(DENSITY_BINS - 1, Math.floor(u / (100 / DENSITY_BINS)));
  expect(
    result.density.counts[
      cell(fresh.utilities[result.density.axes.y]![i]!) * DENSITY_BINS + cell(fresh.utilities[result.density.axes.x]![i]!)
    ],
  ).toBeGreaterThan(0);
}

describe("AnalysisSession", () => {
  const seeds = seedProfileSet().parties;

  it("re-scores only the party whose weights changed, and reuses the frontier when only reservations change", () => {
    const session = new AnalysisSession();
    const first = runToEnd(session.run({ profiles: seeds, space, baseline, axes }));
    expect(first.work).toEqual({ rescored: 3, frontier: true });
    expectSameAsFresh(first, seeds);

    const heavier = seeds.map((p, i) => (i === 1 ? { ...p, weights: { ...p.weights, donetsk: 30 } } : p));
    const second = runToEnd(session.run({ profiles: heavier, space, baseline, axes }));
    expect(second.work).toEqual({ rescored: 1, frontier: true });
    expectSameAsFresh(second, heavier);

    const stricter = heavier.map((p, i) => (i === 0 ? { ...p, reservation: 70 } : p));
    const third = runToEnd(session.run({ profiles: stricter, space, baseline, axes }));
    expect(third.work).toEqual({ rescored: 0, frontier: false });
    expectSameAsFresh(third, stricter);

    const turned = runToEnd(session.run({ profiles: stricter, space, baseline, axes: { x: 2, y: 0, colour: null } }));
    expect(turned.density.colourMean).toBeNull();
    expect(turned.density.axes).toEqual({ x: 2, y: 0, colour: null });
    expectSameAsFresh(turned, stricter);
  });

  it("an abandoned run leaves the session consistent for the next", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 2 }),
            fc.constantFrom(...DIMENSIONS.map((d) => d.id)),
            fc.integer({ min: 0, max: 40 }),
            fc.nat(6),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (steps) => {
          const session = new AnalysisSession();
          let profiles = seeds;
          for (const [party, dimensionId, weight, stopAfter] of steps) {
            profiles = profiles.map((p, i) => (i === party ? { ...p, weights: { ...p.weights, [dimensionId]: weight } } : p));
            const abandoned = session.run({ profiles, space, baseline, axes });
            for (let k = 0; k < stopAfter; k++) abandoned.next();
          }
          expectSameAsFresh(runToEnd(session.run({ profiles, space, baseline, axes })), profiles);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("gives the Nash package's sensitivity for the last run, party by party", () => {
    const session = new AnalysisSession();
    runToEnd(session.run({ profiles: seeds, space, baseline, axes }));
    const ranges = runToEnd(session.nashSensitivity())!;
    expect(ranges.filter((r) => r.parameter.kind === "reservation").map((r) => r.parameter.party)).toEqual([0, 1, 2]);
    for (const r of ranges) {
      expect(r.low).toBeLessThanOrEqual(r.current);
      expect(r.high).toBeGreaterThanOrEqual(r.current);
    }
  });
});
