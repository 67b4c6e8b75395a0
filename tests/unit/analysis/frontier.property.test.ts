import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptedMask,
  countAccepted,
  kalaiSmorodinsky,
  maximinSolution,
  nashSolution,
} from "@/server/domain/analysis/bargaining.ts";
import { paretoFrontier } from "@/server/domain/analysis/frontier.ts";
import { bruteFrontier, columns, dominates, vectorAt, vectorSet } from "./support.ts";

// The frontier and the bargaining solutions over random utility sets, checked by brute force.
// Utilities come from a handful of values so that ties (equal utilities, identical packages) abound.
// PARLEY_FC_RUNS raises the effort when hunting.

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, NUM_RUNS * 20);
const LEVELS = [0, 12.5, 25, 40, 50, 50, 75, 100];

/** Parties (1–4: the two- and three-party sweeps, plus the one-party and general cases), package rows, reservations. */
const utilitySet = (parties: fc.Arbitrary<number>) =>
  parties.chain((p) =>
    fc.record({
      parties: fc.constant(p),
      rows: fc.array(fc.array(fc.constantFrom(...LEVELS), { minLength: p, maxLength: p }), { minLength: 1, maxLength: 60 }),
      reservations: fc.array(fc.constantFrom(0, 25, 40, 50, 60), { minLength: p, maxLength: p }),
    }),
  );

const twoOrThree = utilitySet(fc.constantFrom(2, 3));
const anyCount = utilitySet(fc.constantFrom(1, 2, 3, 4));

/** A set with a permutation of its packages. */
const permuted = twoOrThree.chain((set) =>
  fc.tuple(
    fc.constant(set),
    fc.shuffledSubarray([...set.rows.keys()], { minLength: set.rows.length, maxLength: set.rows.length }),
  ),
);

const product = (u: number[], r: number[]) => u.reduce((acc, x, p) => acc * (x - r[p]!), 1);
const sum = (row: number[]) => row.reduce((s, x) => s + x, 0);
/** The stated tie-break: larger sum, then larger utilities party by party, then the smaller index. */
const tieOrder = (x: { row: number[]; i: number }, y: { row: number[]; i: number }) =>
  sum(y.row) - sum(x.row) || (x.row.map((v, p) => y.row[p]! - v).find((d) => d !== 0) ?? 0) || x.i - y.i;
const accepts = (u: number[], r: number[]) => u.every((x, p) => x >= r[p]!);

describe("paretoFrontier over random utility sets", () => {
  it(
    "matches the brute-force frontier; no frontier package is dominated; every other package is dominated by a frontier package",
    () => {
      fc.assert(
        fc.property(anyCount, ({ parties, rows }) => {
          const utilities = columns(rows, parties);
          const frontier = Array.from(paretoFrontier(utilities));
          expect([...frontier].sort((x, y) => x - y)).toEqual(bruteFrontier(utilities));
          const onFrontier = new Set(frontier);
          expect(onFrontier.size).toBe(frontier.length);
          for (const f of frontier) for (const row of rows) expect(dominates(row, rows[f]!)).toBe(false);
          rows.forEach((row, i) => {
            if (!onFrontier.has(i))
              expect(
                frontier.some((f) => dominates(rows[f]!, row)),
                `package ${i}`,
              ).toBe(true);
          });
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "is ordered by the first party's utility, descending",
    () => {
      fc.assert(
        fc.property(anyCount, ({ parties, rows }) => {
          const first = Array.from(paretoFrontier(columns(rows, parties)), (i) => rows[i]![0]!);
          for (let k = 1; k < first.length; k++) expect(first[k]!).toBeLessThanOrEqual(first[k - 1]!);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});

describe("bargaining solutions over random utility sets", () => {
  it(
    "Nash maximises the product of gains over every acceptable package; null exactly when none is acceptable",
    () => {
      fc.assert(
        fc.property(anyCount, ({ parties, rows, reservations }) => {
          const utilities = columns(rows, parties);
          const acceptable = rows.filter((row) => accepts(row, reservations));
          const nash = nashSolution(utilities, reservations);
          expect(countAccepted(acceptedMask(utilities, reservations))).toBe(acceptable.length);
          if (acceptable.length === 0) {
            expect(nash).toBeNull();
            return;
          }
          expect(nash).not.toBeNull();
          const chosen = vectorAt(utilities, nash!);
          expect(accepts(chosen, reservations)).toBe(true);
          for (const row of acceptable) expect(product(chosen, reservations)).toBeGreaterThanOrEqual(product(row, reservations));
          // Ties: larger sum, then party by party, then the smallest index.
          const ranked = rows
            .map((row, i) => ({ row, i }))
            .filter(({ row }) => accepts(row, reservations))
            .sort((x, y) => product(y.row, reservations) - product(x.row, reservations) || tieOrder(x, y));
          expect(nash).toBe(ranked[0]!.i);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "Kalai–Smorodinsky and maximin equal their brute-force definitions",
    () => {
      fc.assert(
        fc.property(anyCount, ({ parties, rows, reservations }) => {
          const utilities = columns(rows, parties);
          const acceptable = rows.map((row, i) => ({ row, i })).filter(({ row }) => accepts(row, reservations));
          // Kalai–Smorodinsky, straight from the definition.
          let ks: number | null = null;
          if (acceptable.length) {
            const ideal = reservations.map((_, p) => Math.max(...acceptable.map(({ row }) => row[p]!)));
            const counted = reservations.map((_, p) => p).filter((p) => ideal[p]! > reservations[p]!);
            const score = (row: number[]) =>
              counted.length ? Math.min(...counted.map((p) => (row[p]! - reservations[p]!) / (ideal[p]! - reservations[p]!))) : 0;
            const sorted = [...acceptable].sort((x, y) => score(y.row) - score(x.row) || tieOrder(x, y));
            ks = sorted[0]!.i;
          }
          expect(kalaiSmorodinsky(utilities, reservations)).toBe(ks);
          const worst = (row: number[]) => Math.min(...row);
          const byMaximin = rows.map((row, i) => ({ row, i })).sort((x, y) => worst(y.row) - worst(x.row) || tieOrder(x, y));
          expect(maximinSolution(utilities)).toBe(byMaximin[0]!.i);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "every solution lies on the Pareto frontier",
    () => {
      fc.assert(
        fc.property(anyCount, ({ parties, rows, reservations }) => {
          const utilities = columns(rows, parties);
          const frontier = new Set(bruteFrontier(utilities));
          for (const index of [
            nashSolution(utilities, reservations),
            kalaiSmorodinsky(utilities, reservations),
            maximinSolution(utilities),
          ]) {
            if (index !== null) expect(frontier.has(index), `package ${index}`).toBe(true);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "results do not depend on the order of the packages",
    () => {
      fc.assert(
        fc.property(permuted, ([{ parties, rows, reservations }, order]) => {
          const shuffled = order.map((i) => rows[i]!);
          const before = columns(rows, parties);
          const after = columns(shuffled, parties);
          const frontierVectors = (u: Float64Array[]) => vectorSet(Array.from(paretoFrontier(u), (i) => vectorAt(u, i)));
          expect(frontierVectors(after)).toEqual(frontierVectors(before));
          const solutionVector = (u: Float64Array[], index: number | null) => (index === null ? null : vectorAt(u, index));
          expect(solutionVector(after, nashSolution(after, reservations))).toEqual(
            solutionVector(before, nashSolution(before, reservations)),
          );
          expect(solutionVector(after, kalaiSmorodinsky(after, reservations))).toEqual(
            solutionVector(before, kalaiSmorodinsky(before, reservations)),
          );
          expect(solutionVector(after, maximinSolution(after))).toEqual(solutionVector(before, maximinSolution(before)));
          expect(countAccepted(acceptedMask(after, reservations))).toBe(countAccepted(acceptedMask(before, reservations)));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});
