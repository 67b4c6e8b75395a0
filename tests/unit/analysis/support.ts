import fc from "fast-check";
import { DIMENSIONS, type OutcomeSpace, type PartyProfile } from "@/server/domain/analysis/model.ts";

// Brute-force references for the analysis tests: quadratic, obvious, and independent of the engine.

export function profile(
  partyId: string,
  weights: PartyProfile["weights"],
  values: PartyProfile["values"],
  reservation = 0,
): PartyProfile {
  return { partyId, name: partyId.toUpperCase(), weights, values, reservation, rationale: "Test profile." };
}

/** Package i's utility vector. */
export const vectorAt = (utilities: readonly ArrayLike<number>[], i: number) => utilities.map((u) => u[i]!);

/** q dominates p: at least as good for every party, better for one. */
export function dominates(q: readonly number[], p: readonly number[]): boolean {
  return q.every((x, d) => x >= p[d]!) && q.some((x, d) => x > p[d]!);
}

/** The Pareto frontier by comparing every pair, as ascending indices. */
export function bruteFrontier(utilities: readonly ArrayLike<number>[]): number[] {
  const n = utilities[0]!.length;
  const vectors = Array.from({ length: n }, (_, i) => vectorAt(utilities, i));
  return vectors.flatMap((p, i) => (vectors.some((q) => dominates(q, p)) ? [] : [i]));
}

/** Column arrays (one Float64Array per party) from row vectors. */
export function columns(rows: readonly (readonly number[])[], parties: number): Float64Array[] {
  return Array.from({ length: parties }, (_, p) => Float64Array.from(rows, (row) => row[p]!));
}

/** A multiset of vectors, as sorted strings, for comparing results up to package order. */
export const vectorSet = (vectors: readonly (readonly number[])[]) => vectors.map((v) => v.join(",")).sort();

/** Random outcome spaces: 1 to `maxIssues` issues, a non-empty subset of each one's options, at most `maxPackages` packages. */
export const spaceArb = (maxIssues: number, maxPackages: number): fc.Arbitrary<OutcomeSpace> =>
  fc
    .shuffledSubarray([...DIMENSIONS], { minLength: 1, maxLength: maxIssues })
    .chain((dims) =>
      fc.tuple(
        ...dims.map((d) =>
          fc
            .shuffledSubarray(
              d.options.map((o) => o.id),
              { minLength: 1 },
            )
            .map((optionIds) => ({ dimensionId: d.id, optionIds })),
        ),
      ),
    )
    .filter((space) => space.reduce((n, e) => n * e.optionIds.length, 1) <= maxPackages);
