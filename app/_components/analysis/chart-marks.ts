import type { SessionResult } from "./worker-protocol.ts";

// The labelled points of the value-space chart: the bargaining solutions and the saved scenarios.
// Points that coincide (the same package, or the same values for every party) become one mark
// listing every name, so markers never sit on top of each other.

export interface ChartMark {
  id: string;
  kind: "solution" | "scenario";
  /** Full names; the chart's label uses shortNames. */
  names: string[];
  shortNames: string[];
  /** Every party's value, in the result's party order. */
  values: number[];
  /** The package's options, for solutions. */
  description?: string;
}

export const SOLUTION_NAMES = { nash: "Nash", kalaiSmorodinsky: "Kalai–Smorodinsky", maximin: "Maximin" } as const;

/** A scenario's title without its trailing parenthesis ("U.S. proposal (April 2025)" → "U.S. proposal"): labels stay short on a phone. */
export const shortTitle = (title: string) => title.replace(/\s*\([^()]*\)\s*$/, "") || title;

const sameValues = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-6);

export function chartMarks(
  result: SessionResult,
  scenarios: readonly { title: string; utilities: number[] }[],
  describe: (index: number) => string,
): ChartMark[] {
  const marks: ChartMark[] = [];
  for (const key of ["nash", "kalaiSmorodinsky", "maximin"] as const) {
    const solution = result[key];
    if (!solution) continue;
    const same = marks.find((m) => sameValues(m.values, solution.utilities));
    if (same) {
      same.names.push(SOLUTION_NAMES[key]);
      same.shortNames.push(SOLUTION_NAMES[key]);
    } else {
      marks.push({
        id: `solution-${key}`,
        kind: "solution",
        names: [SOLUTION_NAMES[key]],
        shortNames: [SOLUTION_NAMES[key]],
        values: solution.utilities,
        description: describe(solution.index),
      });
    }
  }
  scenarios.forEach((scenario, i) => {
    const same = marks.find((m) => m.kind === "scenario" && sameValues(m.values, scenario.utilities));
    if (same) {
      same.names.push(scenario.title);
      same.shortNames.push(shortTitle(scenario.title));
    } else {
      marks.push({
        id: `scenario-${i}`,
        kind: "scenario",
        names: [scenario.title],
        shortNames: [shortTitle(scenario.title)],
        values: scenario.utilities,
      });
    }
  });
  return marks;
}

/**
 * Solutions whose marks would overlap at this size (within `radius` pixels) drawn as one mark
 * listing every name, at the first one's point (Nash, then Kalai–Smorodinsky, then maximin).
 */
export function mergeNearbySolutions(
  marks: readonly ChartMark[],
  pixel: (m: ChartMark) => [number, number],
  radius: number,
): ChartMark[] {
  const out: ChartMark[] = [];
  for (const mark of marks) {
    const [x, y] = pixel(mark);
    const near =
      mark.kind === "solution"
        ? out.find((m) => m.kind === "solution" && Math.hypot(pixel(m)[0] - x, pixel(m)[1] - y) < radius)
        : undefined;
    if (near) {
      near.names.push(...mark.names.map((n) => `${n} (≈)`));
      near.shortNames.push(...mark.shortNames);
    } else out.push({ ...mark, names: [...mark.names], shortNames: [...mark.shortNames] });
  }
  return out;
}
