import { describe, expect, it } from "vitest";
import { analyse, type AnalysisProgress } from "@/server/domain/analysis/analyse.ts";
import { kalaiSmorodinsky, maximinSolution, nashSolution } from "@/server/domain/analysis/bargaining.ts";
import { paretoFrontier } from "@/server/domain/analysis/frontier.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";
import { a, b, space } from "./hand-case.ts";

// index = 3 · NATO option + sanctions option.  A = (nato + sanctions) / 2,  B = (3 · nato + sanctions) / 4.
const PACKAGES = [
  { nato: "open", sanctions: "none", a: 0, b: 100 }, //          (0 + 0) / 2,     (300 + 100) / 4
  { nato: "open", sanctions: "staged", a: 30, b: 90 }, //        (0 + 60) / 2,    (300 + 60) / 4
  { nato: "open", sanctions: "full", a: 50, b: 75 }, //          (0 + 100) / 2,   (300 + 0) / 4
  { nato: "deferred", sanctions: "none", a: 25, b: 70 }, //      (50 + 0) / 2,    (180 + 100) / 4
  { nato: "deferred", sanctions: "staged", a: 55, b: 60 }, //    (50 + 60) / 2,   (180 + 60) / 4
  { nato: "deferred", sanctions: "full", a: 75, b: 45 }, //      (50 + 100) / 2,  (180 + 0) / 4
  { nato: "renounced", sanctions: "none", a: 50, b: 25 }, //     (100 + 0) / 2,   (0 + 100) / 4
  { nato: "renounced", sanctions: "staged", a: 80, b: 15 }, //   (100 + 60) / 2,  (0 + 60) / 4
  { nato: "renounced", sanctions: "full", a: 100, b: 0 }, //     (100 + 100) / 2, (0 + 0) / 4
];

describe("a 3 × 3 space, two parties, worked by hand", () => {
  const progress: AnalysisProgress[] = [];
  const result = analyse({ profiles: [a, b], space, baseline: statusQuoDocument() }, (p) => progress.push(p));

  it("scores every package", () => {
    expect(result.size).toBe(9);
    expect(Array.from(result.utilities[0]!)).toEqual(PACKAGES.map((p) => p.a));
    expect(Array.from(result.utilities[1]!)).toEqual(PACKAGES.map((p) => p.b));
    expect(result.dimensions.map((d) => [d.id, d.options.map((o) => o.id)])).toEqual([
      ["nato", ["open", "deferred", "renounced"]],
      ["sanctions", ["none", "staged", "full"]],
    ]);
    expect(result.parties).toEqual([
      { partyId: "party-a", name: "PARTY-A", reservation: 30 },
      { partyId: "party-b", name: "PARTY-B", reservation: 30 },
    ]);
  });

  it("frontier: all but (deferred, none) = (25, 70), beaten by (open, staged) = (30, 90), and (renounced, none) = (50, 25), beaten by (deferred, full) = (75, 45)", () => {
    // By A's utility, descending: 100, 80, 75, 55, 50, 30, 0.
    expect(Array.from(result.frontier)).toEqual([8, 7, 5, 4, 2, 1, 0]);
  });

  it("acceptance: A needs ≥ 30 and B ≥ 30, so packages 1, 2, 4 and 5 are acceptable: 4 of 9", () => {
    expect(result.acceptedCount).toBe(4);
    expect(result.acceptedShare).toBeCloseTo(4 / 9, 12);
  });

  it("Nash: products of gains 0·60 = 0, 20·45 = 900, 25·30 = 750, 45·15 = 675 → (open, full)", () => {
    expect(result.nash).toEqual({ index: 2, utilities: [50, 75], options: { nato: "open", sanctions: "full" } });
  });

  it("Kalai–Smorodinsky: ideals 75 (A) and 90 (B); min ratios 0, 20/45, min(25/45, 30/60) = 0.5, 15/60 → (deferred, staged)", () => {
    expect(result.kalaiSmorodinsky).toEqual({
      index: 4,
      utilities: [55, 60],
      options: { nato: "deferred", sanctions: "staged" },
    });
  });

  it("maximin over all packages: worst-off utilities 0, 30, 50, 25, 55, 45, 25, 15, 0 → (deferred, staged)", () => {
    expect(result.maximin).toEqual({ index: 4, utilities: [55, 60], options: { nato: "deferred", sanctions: "staged" } });
  });

  it("reports progress in phase order, at most 50 times, ending each phase done", () => {
    expect(progress.length).toBeLessThanOrEqual(50);
    const phases = progress.map((p) => p.phase);
    expect([...new Set(phases)]).toEqual(["scoring", "frontier", "solutions"]);
    expect(phases).toEqual(
      [...phases].sort(
        (x, y) => ["scoring", "frontier", "solutions"].indexOf(x) - ["scoring", "frontier", "solutions"].indexOf(y),
      ),
    );
    for (const phase of ["scoring", "frontier", "solutions"] as const) {
      const last = progress.filter((p) => p.phase === phase).at(-1)!;
      expect(last.done).toBe(last.total);
    }
  });

  it("with higher reservations nobody agrees: Nash and Kalai–Smorodinsky are null, maximin is not", () => {
    const none = analyse({
      profiles: [
        { ...a, reservation: 80 },
        { ...b, reservation: 80 },
      ],
      space,
      baseline: statusQuoDocument(),
    });
    expect(none.acceptedCount).toBe(0);
    expect(none.acceptedShare).toBe(0);
    expect(none.nash).toBeNull();
    expect(none.kalaiSmorodinsky).toBeNull();
    expect(none.maximin?.index).toBe(4);
  });
});

describe("tie-breaks, by hand", () => {
  const cols = (...rows: number[][]) => rows[0]!.map((_, p) => Float64Array.from(rows, (r) => r[p]!));

  it("identical packages are all on the frontier, and a package equal on one party is beaten by a better one", () => {
    // 0 = (50, 50), 1 = (50, 50), 2 = (50, 40) beaten by both, 3 = (60, 10), 4 = (60, 10).
    expect(Array.from(paretoFrontier(cols([50, 50], [50, 50], [50, 40], [60, 10], [60, 10])))).toEqual([3, 4, 0, 1]);
    // Three parties: 2 = (1, 2, 3) is beaten by 0 = (1, 2, 4); 1 = (1, 3, 3) and 3 = (2, 0, 0) are not.
    expect(Array.from(paretoFrontier(cols([1, 2, 4], [1, 3, 3], [1, 2, 3], [2, 0, 0])))).toEqual([3, 1, 0]);
    // One party: only its best packages.
    expect(Array.from(paretoFrontier(cols([3], [7], [7], [1])))).toEqual([1, 2]);
  });

  it("ties: larger sum, then party by party, then the smallest index", () => {
    const utilities = cols([40, 60], [60, 40], [50, 50], [50, 50]);
    // Gains over (30, 30): 10·30 = 300, 30·10 = 300, 20·20 = 400, 400.
    expect(nashSolution(utilities, [30, 30])).toBe(2);
    // Gains over (40, 40): 0·20 = 0, 20·0 = 0, 10·10 = 100, 100 → 2, the smaller of the tied indices.
    expect(nashSolution(utilities, [40, 40])).toBe(2);
    // Worst-off: 40, 40, 50, 50 → 2 (sums tie at 100, smallest index).
    expect(maximinSolution(utilities)).toBe(2);
    // (15, 20) and (15, 90): same worst-off, larger sum → 1.
    expect(maximinSolution(cols([15, 20], [15, 90]))).toBe(1);
    // KS over reservations (0, 0), ideals (20, 20): ratios min(0.5, 1) = 0.5 for both, sums 30 and 30;
    // then party by party: the first party's 20 beats 10 → 1.
    expect(kalaiSmorodinsky(cols([10, 20], [20, 10]), [0, 0])).toBe(1);
    // Nash: products 0 · 100 and 0 · 50 tie; the larger sum wins, so a package beaten for every party never does.
    expect(nashSolution(cols([50, 50], [50, 100]), [50, 0])).toBe(1);
    // Same worst ratio, larger sum wins: (10, 20) ratios (0.5, 1); (10, 10) ratios (0.5, 0.5).
    expect(kalaiSmorodinsky(cols([10, 10], [10, 20], [20, 0]), [0, 0])).toBe(1);
    // A party whose ideal equals its reservation is left out: B gets 30 everywhere acceptable.
    expect(kalaiSmorodinsky(cols([10, 30], [40, 30], [90, 20]), [0, 30])).toBe(1);
  });
});
