import type { PartyProfile } from "@/server/domain/analysis/model.ts";

// Brute-force references for the analysis tests: quadratic, obvious, and independent of the engine.

export function profile(partyId: string, weights: PartyProfile["weights"], values: PartyProfile["values"], reservation = 0): PartyProfile {
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
