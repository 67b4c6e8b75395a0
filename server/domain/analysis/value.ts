import type { Dimension, PartyProfile } from "./model.ts";
import { DIMENSIONS } from "./model.ts";
import type { Catalogue, Position } from "./position.ts";

// How much a party values a position, and its utility for a whole outcome: an additive
// multi-attribute value function, Σ_d w_d · v_d / Σ_d w_d, on a 0–100 scale.

/**
 * Utilities are kept on a grid of 1e-7 (far below any difference a reader could care about on a
 * 0–100 scale). Why: packages whose utilities are equal in exact arithmetic can differ in the last
 * bit after floating-point sums in another order; on the grid they compare equal, so ties (and the
 * Pareto frontier's treatment of identical packages) do not depend on summation order.
 */
export const UTILITY_STEPS_PER_POINT = 1e7;

export function roundUtility(u: number): number {
  return Math.round(u * UTILITY_STEPS_PER_POINT) / UTILITY_STEPS_PER_POINT;
}

function optionValue(profile: PartyProfile, dimension: Dimension, optionId: string): number {
  const value = profile.values[dimension.id]?.[optionId];
  if (value === undefined) {
    const option = dimension.options.find((o) => o.id === optionId);
    throw new Error(`${profile.name} has no value for "${option?.label ?? optionId}" on "${dimension.label}"`);
  }
  return value;
}

/**
 * The value of "not specified" on a term dimension: the mean of the party's values for the
 * dimension's options. An assumption: an open term is read as neutral, neither the party's best
 * nor its worst outcome.
 */
export function neutralValue(profile: PartyProfile, dimension: Dimension): number {
  const values = dimension.options.map((o) => optionValue(profile, dimension, o.id));
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * A party's value (0–100) for a position on one dimension. Territory: piecewise-linear between the
 * party's values at the options' shares, clamped at the ends (a share beyond the outermost option
 * is worth that option's value; a single option gives its value everywhere).
 */
export function dimensionValue(profile: PartyProfile, dimension: Dimension, position: Position): number {
  if (dimension.kind === "term") {
    if (typeof position === "string" && dimension.options.some((o) => o.id === position))
      return optionValue(profile, dimension, position);
    return neutralValue(profile, dimension);
  }
  if (typeof position !== "number" || !Number.isFinite(position))
    throw new Error(`"${dimension.label}" needs a share of territory`);
  const points = dimension.options
    .map((o) => ({ x: o.russiaShare, y: optionValue(profile, dimension, o.id) }))
    .sort((a, b) => a.x - b.x);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (position <= first.x) return first.y;
  if (position >= last.x) return last.y;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (position === b.x) return b.y;
    if (position < b.x) return a.y + ((position - a.x) / (b.x - a.x)) * (b.y - a.y);
  }
  return last.y;
}

/** The dimensions a party weighs (weight > 0; a missing weight is 0) and the weights' total. */
export function weightedDimensions(
  profile: PartyProfile,
  catalogue: Catalogue = DIMENSIONS,
): { dimensions: { dimension: Dimension; weight: number }[]; total: number } {
  const dimensions = catalogue.flatMap((dimension) => {
    const weight = profile.weights[dimension.id] ?? 0;
    return weight > 0 ? [{ dimension, weight }] : [];
  });
  return { dimensions, total: dimensions.reduce((s, d) => s + d.weight, 0) };
}

/**
 * A party's utility (0–100) for an outcome given its position on every catalogue dimension. Each
 * dimension adds w_d · v_d / Σw in catalogue order (the same terms the package scorer adds), and
 * the total is rounded to the utility grid. All weights 0 → 0: the party cares about nothing here.
 */
export function utility(
  profile: PartyProfile,
  positions: Readonly<Record<string, Position>>,
  catalogue: Catalogue = DIMENSIONS,
): number {
  const { dimensions, total } = weightedDimensions(profile, catalogue);
  if (total <= 0) return 0;
  let sum = 0;
  for (const { dimension, weight } of dimensions) {
    sum += (weight * dimensionValue(profile, dimension, positions[dimension.id] ?? null)) / total;
  }
  return roundUtility(sum);
}
