import { statusQuo } from "../seeds/status-quo.ts";
import { DIMENSIONS, type OutcomeSpace, type PartyProfile } from "./model.ts";
import { AnalysisSession, runToEnd, type ChartAxes, type SessionInput, type SessionResult } from "./session.ts";

// The analysis page's opening run: the settings it opens with, and the result in a form that
// travels in a page's HTML (plain JSON: the density grid is sparse, so only its filled cells go).

/** Issues in play when the page opens: every dimension but Luhansk (almost all Russian-held either way). */
export const OPENING_SPACE: OutcomeSpace = DIMENSIONS.filter((d) => d.id !== "luhansk").map((d) => ({
  dimensionId: d.id,
  optionIds: d.options.map((o) => o.id),
}));
export const OPENING_AXES: ChartAxes = { x: 0, y: 1, colour: 2 };

export function openingInput(profiles: PartyProfile[]): SessionInput {
  return { profiles, space: OPENING_SPACE, baseline: statusQuo(), axes: OPENING_AXES };
}

export interface PackedResult extends Omit<SessionResult, "frontier" | "frontierUtilities" | "density"> {
  frontier: number[];
  frontierUtilities: number[];
  /**
   * The filled cells of the density grid (each as its distance from the previous filled cell: mostly
   * 1, so short in the HTML), their counts, and the colour party's mean in each (whole points: it only
   * picks a colour).
   */
  density: { axes: ChartAxes; cellSteps: number[]; counts: number[]; colourMean: number[] | null; length: number };
}

/** Runs the opening analysis for these profiles to its end. */
export function runOpening(profiles: PartyProfile[]): SessionResult {
  return runToEnd(new AnalysisSession().run(openingInput(profiles)));
}

export function packResult(result: SessionResult): PackedResult {
  const { counts, colourMean, axes } = result.density;
  const cells = Array.from(counts).flatMap((count, cell) => (count > 0 ? [cell] : []));
  return {
    ...result,
    frontier: Array.from(result.frontier),
    frontierUtilities: Array.from(result.frontierUtilities),
    density: {
      axes,
      cellSteps: cells.map((cell, k) => cell - (k > 0 ? cells[k - 1]! : -1)),
      counts: cells.map((cell) => counts[cell]!),
      colourMean: colourMean ? cells.map((cell) => Math.round(colourMean[cell]!)) : null,
      length: counts.length,
    },
  };
}

export function unpackResult(packed: PackedResult): SessionResult {
  const { cellSteps, axes, length } = packed.density;
  const counts = new Uint32Array(length);
  const colourMean = packed.density.colourMean ? new Float32Array(length).fill(NaN) : null;
  let cell = -1;
  cellSteps.forEach((step, k) => {
    cell += step;
    counts[cell] = packed.density.counts[k]!;
    if (colourMean) colourMean[cell] = packed.density.colourMean![k]!;
  });
  return {
    ...packed,
    frontier: Uint32Array.from(packed.frontier),
    frontierUtilities: Float64Array.from(packed.frontierUtilities),
    density: { axes, counts, colourMean },
  };
}
