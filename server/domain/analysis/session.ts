import type { ScenarioDocument } from "../scenario.ts";
import { acceptedMask, countAccepted, kalaiSmorodinsky, maximinSolution, nashSolution } from "./bargaining.ts";
import { checkProfiles, DEFAULT_MAX_PACKAGES, type AnalysisProgress, type SolutionPackage } from "./analyse.ts";
import { paretoFrontier } from "./frontier.ts";
import { DIMENSIONS, type OutcomeSpace, type PartyProfile } from "./model.ts";
import type { Catalogue } from "./position.ts";
import { fillUtilities, partyTable } from "./score.ts";
import { nashRangeSteps, type HoldingRange } from "./sensitivity.ts";
import { compileSpace, decodePackage, type CompiledDimension, type CompiledSpace } from "./space.ts";

// A long-lived analysis that re-does only what a change needs (the Web Worker keeps one per page):
//   a party's weights or option values change → only that party is re-scored;
//   only reservation values change            → no re-scoring and the same Pareto frontier;
//   only the chart's axes change              → only the density grid is re-binned.
// What the page needs travels as small typed arrays: the frontier with its utilities, the
// solutions, and the cloud as a density grid, never the full utilities of every package.

export interface ChartAxes {
  x: number;
  y: number;
  /** The party whose mean value colours each cell, or null. */
  colour: number | null;
}

export interface SessionInput {
  profiles: PartyProfile[];
  space: OutcomeSpace;
  baseline: ScenarioDocument;
  axes: ChartAxes;
  maxPackages?: number;
  catalogue?: Catalogue;
}

/** The cloud of packages binned on a DENSITY_BINS × DENSITY_BINS grid over 0–100 on both axes. */
export const DENSITY_BINS = 100;

export interface Density {
  axes: ChartAxes;
  /** counts[row · DENSITY_BINS + column]: packages in the cell; row 0 is the lowest y. */
  counts: Uint32Array<ArrayBuffer>;
  /** The colour party's mean value in each cell (NaN where empty), or null. */
  colourMean: Float32Array<ArrayBuffer> | null;
}

export interface SessionResult {
  parties: { partyId: string; name: string; reservation: number }[];
  dimensions: CompiledDimension[];
  size: number;
  /** Pareto-optimal package indices, by the first party's utility descending. */
  frontier: Uint32Array<ArrayBuffer>;
  /** frontierUtilities[k · parties + p]: party p's utility for frontier package k. */
  frontierUtilities: Float64Array<ArrayBuffer>;
  nash: SolutionPackage | null;
  kalaiSmorodinsky: SolutionPackage | null;
  maximin: SolutionPackage | null;
  acceptedCount: number;
  acceptedShare: number;
  density: Density;
  /** What this run had to redo: parties re-scored, and whether the frontier was recomputed. */
  work: { rescored: number; frontier: boolean };
}

const partyKey = (p: PartyProfile) => JSON.stringify([p.weights, p.values]);

export class AnalysisSession {
  private spaceKey = "";
  private space: CompiledSpace | null = null;
  private baseline: ScenarioDocument | null = null;
  private partyKeys: string[] = [];
  private utilities: Float64Array[] = [];
  private frontier: Uint32Array | null = null;
  private last: { profiles: PartyProfile[]; nash: number | null } | null = null;

  /**
   * Runs the analysis one step at a time: each yield is a progress report, a point where the
   * caller may pause (to read newer messages) or stop. Throws an Error naming the first problem.
   */
  *run(input: SessionInput): Generator<AnalysisProgress, SessionResult> {
    const { profiles, baseline, axes } = input;
    checkProfiles(profiles);
    const spaceKey = JSON.stringify([input.space, baseline]);
    if (spaceKey !== this.spaceKey || !this.space || input.catalogue) {
      const space = compileSpace(input.space, input.catalogue ?? DIMENSIONS);
      const maxPackages = input.maxPackages ?? DEFAULT_MAX_PACKAGES;
      if (space.size > maxPackages) {
        throw new Error(
          `This outcome space has ${space.size.toLocaleString("en-US")} packages; Parley analyses at most ${maxPackages.toLocaleString("en-US")} at once. Take out an issue or some options.`,
        );
      }
      this.space = space;
      this.baseline = baseline;
      this.spaceKey = spaceKey;
      this.partyKeys = [];
      this.utilities = [];
      this.frontier = null;
      this.last = null;
    }
    const space = this.space;
    if (this.utilities.length !== profiles.length) {
      this.partyKeys = [];
      this.utilities = profiles.map(() => new Float64Array(space.size));
      this.frontier = null;
    }

    let rescored = 0;
    for (const [p, profile] of profiles.entries()) {
      yield { phase: "scoring", done: p, total: profiles.length };
      const key = partyKey(profile);
      if (this.partyKeys[p] === key) continue;
      // Mark stale first: if the run is abandoned halfway, the next one re-scores this party.
      this.partyKeys[p] = "";
      this.frontier = null;
      fillUtilities(partyTable(space, profile, baseline), this.utilities[p]!);
      this.partyKeys[p] = key;
      rescored++;
    }
    const utilities = this.utilities;
    yield { phase: "frontier", done: 0, total: 1 };
    const recompute = this.frontier === null;
    if (recompute) this.frontier = paretoFrontier(utilities);
    const frontier = this.frontier!;

    yield { phase: "solutions", done: 0, total: 3 };
    const reservations = profiles.map((p) => p.reservation);
    const mask = acceptedMask(utilities, reservations);
    const acceptedCount = countAccepted(mask);
    // Every solution lies on the frontier (bargaining.ts): look only there, in index order.
    const candidates = Uint32Array.from(frontier).sort();
    const nash = nashSolution(utilities, reservations, mask, candidates);
    yield { phase: "solutions", done: 1, total: 3 };
    const ks = kalaiSmorodinsky(utilities, reservations, mask, candidates);
    const maximin = maximinSolution(utilities, candidates);
    yield { phase: "solutions", done: 2, total: 3 };
    const density = binDensity(utilities, axes);
    this.last = { profiles, nash };

    const solution = (index: number | null): SolutionPackage | null =>
      index === null ? null : { index, utilities: utilities.map((u) => u[index]!), options: decodePackage(space, index) };
    const frontierUtilities = new Float64Array(frontier.length * profiles.length);
    frontier.forEach((index, k) => utilities.forEach((u, p) => (frontierUtilities[k * profiles.length + p] = u[index]!)));
    return {
      parties: profiles.map((p) => ({ partyId: p.partyId, name: p.name, reservation: p.reservation })),
      dimensions: space.dimensions,
      size: space.size,
      frontier: Uint32Array.from(frontier),
      frontierUtilities,
      nash: solution(nash),
      kalaiSmorodinsky: solution(ks),
      maximin: solution(maximin),
      acceptedCount,
      acceptedShare: space.size ? acceptedCount / space.size : 0,
      density,
      work: { rescored, frontier: recompute },
    };
  }

  /**
   * The Nash package's sensitivity ranges for the last finished run, one parameter at a time (each
   * yield a point to pause or stop). Null before any run.
   */
  *nashSensitivity(): Generator<AnalysisProgress, HoldingRange[] | null> {
    if (!this.last || !this.space || !this.baseline) return null;
    const { profiles, nash } = this.last;
    const steps = nashRangeSteps({ space: this.space, profiles, baseline: this.baseline, utilities: this.utilities, nash });
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      yield { phase: "sensitivity", ...next.value };
    }
  }
}

/** Bins the packages by the two axis parties' values, 1 point per cell (100 → the last cell). */
export function binDensity(utilities: readonly Float64Array[], axes: ChartAxes): Density {
  const ux = utilities[axes.x]!;
  const uy = utilities[axes.y]!;
  const uc = axes.colour === null ? null : utilities[axes.colour]!;
  const counts = new Uint32Array(DENSITY_BINS * DENSITY_BINS);
  const sums = uc ? new Float64Array(counts.length) : null;
  const cell = (u: number) => Math.min(DENSITY_BINS - 1, Math.max(0, Math.floor((u / 100) * DENSITY_BINS)));
  for (let i = 0; i < ux.length; i++) {
    const k = cell(uy[i]!) * DENSITY_BINS + cell(ux[i]!);
    counts[k]!++;
    if (sums) sums[k]! += uc![i]!;
  }
  const colourMean = sums ? Float32Array.from(sums, (s, k) => (counts[k] ? s / counts[k]! : NaN)) : null;
  return { axes, counts, colourMean };
}

/** Runs a step generator to its end (tests, the benchmark, and callers with nothing to interleave). */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
