import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "@/server/domain/analysis/analyse.ts";
import { DIMENSIONS, type Dimension, type OutcomeSpace, type PartyProfile } from "@/server/domain/analysis/model.ts";
import { decodePackage, encodePackage } from "@/server/domain/analysis/space.ts";
import { newScenarioDocument } from "@/server/domain/defaults.ts";
import { bruteFrontier, spaceArb, vectorAt } from "./support.ts";

// analyse() on random profiles and random small spaces (N ≤ 200), against a naive model written
// out here: nested loops for the packages and Σ w·v / Σw for the utilities. The baseline is the
// recognised borders with every term open, so a dimension not in play is worth the party's value at
// "Ukraine holds all" (all of Kursk: "Russia holds all of Kursk region") or, for a term, the mean
// of its values.

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 200);
const TIMEOUT = Math.max(30_000, NUM_RUNS * 50);
const baseline = newScenarioDocument("Recognised borders");

const profileArb = (partyId: string): fc.Arbitrary<PartyProfile> =>
  fc.record({
    partyId: fc.constant(partyId),
    name: fc.constant(partyId),
    weights: fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d.id, fc.constantFrom(0, 0, 1, 2, 5)]))),
    values: fc.record(
      Object.fromEntries(
        DIMENSIONS.map((d) => [
          d.id,
          fc.record(Object.fromEntries(d.options.map((o) => [o.id, fc.constantFrom(0, 20, 50, 80, 100)]))),
        ]),
      ),
    ),
    reservation: fc.constantFrom(0, 30, 50, 70),
    rationale: fc.constant("Random test profile."),
  });

const spaces = spaceArb(5, 200);

const inputArb = fc.record({
  profiles: fc
    .integer({ min: 2, max: 3 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => profileArb(`party-${i}`)))),
  space: spaces,
});

/** Every package as { dimensionId: optionId }, first dimension outermost. */
function packages(space: OutcomeSpace): Record<string, string>[] {
  return space.reduce<Record<string, string>[]>(
    (acc, e) => acc.flatMap((p) => e.optionIds.map((o) => ({ ...p, [e.dimensionId]: o }))),
    [{}],
  );
}

function naiveUtility(profile: PartyProfile, choice: Record<string, string>): number {
  const baselineValue = (d: Dimension) => {
    const values = profile.values[d.id]!;
    if (d.kind === "term") return d.options.reduce((s, o) => s + values[o.id]!, 0) / d.options.length;
    return d.id === "kursk" ? values["russia"]! : values["ukraine"]!;
  };
  let weighted = 0;
  let total = 0;
  for (const d of DIMENSIONS) {
    const w = profile.weights[d.id] ?? 0;
    if (w <= 0) continue;
    total += w;
    weighted += w * (choice[d.id] !== undefined ? profile.values[d.id]![choice[d.id]!]! : baselineValue(d));
  }
  return total ? weighted / total : 0;
}

describe("analyse over random profiles and spaces", () => {
  it(
    "scores packages as the naive model, numbers them in mixed radix, and finds the brute-force frontier",
    () => {
      fc.assert(
        fc.property(inputArb, ({ profiles, space }) => {
          const result = analyse({ profiles, space, baseline });
          const all = packages(space);
          expect(result.size).toBe(all.length);
          all.forEach((choice, i) => {
            expect(decodePackage(result, i)).toEqual(choice);
            expect(encodePackage(result, choice)).toBe(i);
            profiles.forEach((p, k) => expect(result.utilities[k]![i]).toBeCloseTo(naiveUtility(p, choice), 6));
          });
          expect([...result.frontier].sort((a, b) => a - b)).toEqual(bruteFrontier(result.utilities));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "acceptance and the solutions agree with brute force over the scored packages",
    () => {
      fc.assert(
        fc.property(inputArb, ({ profiles, space }) => {
          const result = analyse({ profiles, space, baseline });
          const r = profiles.map((p) => p.reservation);
          const rows = Array.from({ length: result.size }, (_, i) => vectorAt(result.utilities, i));
          const acceptable = rows.filter((u) => u.every((x, p) => x >= r[p]!));
          expect(result.acceptedCount).toBe(acceptable.length);
          expect(result.acceptedShare).toBeCloseTo(acceptable.length / result.size, 12);
          const product = (u: number[]) => u.reduce((acc, x, p) => acc * (x - r[p]!), 1);
          if (acceptable.length === 0) {
            expect(result.nash).toBeNull();
            expect(result.kalaiSmorodinsky).toBeNull();
          } else {
            expect(product(result.nash!.utilities)).toBe(Math.max(...acceptable.map(product)));
            expect(result.nash!.utilities).toEqual(rows[result.nash!.index]);
            expect(result.nash!.options).toEqual(decodePackage(result, result.nash!.index));
            expect(result.kalaiSmorodinsky!.utilities).toEqual(rows[result.kalaiSmorodinsky!.index]);
          }
          expect(Math.min(...result.maximin!.utilities)).toBe(Math.max(...rows.map((u) => Math.min(...u))));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});
