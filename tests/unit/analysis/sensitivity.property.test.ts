import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "@/server/domain/analysis/analyse.ts";
import { DIMENSIONS, type PartyProfile } from "@/server/domain/analysis/model.ts";
import { scenarioPositions } from "@/server/domain/analysis/position.ts";
import { scoreScenario } from "@/server/domain/analysis/scenario-score.ts";
import { acceptanceRanges, nashRanges, type HoldingRange, type Parameter } from "@/server/domain/analysis/sensitivity.ts";
import { compileSpace } from "@/server/domain/analysis/space.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { spaceArb } from "./support.ts";

// The sensitivity ranges against brute force: re-run the analysis (or re-score the scenario) with
// the parameter moved to points inside the range, and just past each end that is not the end of the
// scale. Inside, the conclusion must be the same; just past an end, it must differ.

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 60);
// Generous: a slow, shared machine must not turn a pass into a timeout.
const TIMEOUT = Math.max(180_000, NUM_RUNS * 3000);
/** How far inside / past an end a point is probed: well above the 1e-7 utility grid's effect on a boundary. */
const DELTA = 1e-3;

const profileArb = (partyId: string): fc.Arbitrary<PartyProfile> =>
  fc.record({
    partyId: fc.constant(partyId),
    name: fc.constant(partyId.toUpperCase()),
    weights: fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d.id, fc.integer({ min: 0, max: 12 })]))),
    values: fc.record(
      Object.fromEntries(
        DIMENSIONS.map((d) => [
          d.id,
          fc.record(Object.fromEntries(d.options.map((o) => [o.id, fc.integer({ min: 0, max: 100 })]))),
        ]),
      ),
    ),
    reservation: fc.integer({ min: 0, max: 70 }),
    rationale: fc.constant("Random test profile."),
  });

const spaces = spaceArb(4, 60);

const profilesArb = fc
  .integer({ min: 2, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => profileArb(`party-${i}`))));

function withParameter(profiles: readonly PartyProfile[], parameter: Parameter, x: number): PartyProfile[] {
  return profiles.map((p, i) => {
    if (i !== parameter.party) return p;
    return parameter.kind === "reservation"
      ? { ...p, reservation: x }
      : { ...p, weights: { ...p.weights, [parameter.dimensionId]: x } };
  });
}

/** Points strictly inside the range (a grid and the ends moved in by DELTA), and just past each end that is not the scale's. */
function probes(range: HoldingRange): { inside: number[]; outside: number[] } {
  const inside = [range.current, (range.low + range.high) / 2, range.low + DELTA, range.high - DELTA];
  const outside = [];
  if (range.low > range.min) outside.push(range.low - DELTA);
  if (range.high < range.max) outside.push(range.high + DELTA);
  return {
    inside: inside.filter((x) => x >= range.low + DELTA / 2 && x <= range.high - DELTA / 2).concat(range.current),
    outside,
  };
}

describe("sensitivity ranges agree with brute-force re-runs", () => {
  it(
    "a scenario's accept/reject per party",
    () => {
      fc.assert(
        fc.property(profilesArb, fc.constantFrom(...SEED_SCENARIOS), (profiles, seed) => {
          const doc = seed.document();
          const verdict = (changed: PartyProfile[], party: number) => scoreScenario(doc, changed).accepts[party];
          profiles.forEach((_, party) => {
            const now = verdict(profiles, party);
            for (const range of acceptanceRanges(scenarioPositions(doc), profiles, party)) {
              const { inside, outside } = probes(range);
              for (const x of inside)
                expect(verdict(withParameter(profiles, range.parameter, x), party), `inside at ${x}`).toBe(now);
              for (const x of outside)
                expect(verdict(withParameter(profiles, range.parameter, x), party), `outside at ${x}`).not.toBe(now);
            }
          });
        }),
        { numRuns: NUM_RUNS * 3 },
      );
    },
    TIMEOUT,
  );

  it(
    "the Nash package",
    () => {
      fc.assert(
        fc.property(profilesArb, spaces, (profiles, space) => {
          const baseline = SEED_SCENARIOS[0]!.document();
          const nashOf = (changed: PartyProfile[]) => analyse({ profiles: changed, space, baseline }).nash?.index ?? null;
          const result = analyse({ profiles, space, baseline });
          const nash = result.nash?.index ?? null;
          const ranges = nashRanges({ space: compileSpace(space), profiles, baseline, utilities: result.utilities, nash });
          for (const range of ranges) {
            const { inside, outside } = probes(range);
            for (const x of inside)
              expect(nashOf(withParameter(profiles, range.parameter, x)), `${JSON.stringify(range)} inside at ${x}`).toBe(nash);
            for (const x of outside)
              expect(nashOf(withParameter(profiles, range.parameter, x)), `${JSON.stringify(range)} outside at ${x}`).not.toBe(
                nash,
              );
          }
        }),
        { numRuns: Math.ceil(NUM_RUNS / 2) },
      );
    },
    TIMEOUT,
  );
});
