import type { ScenarioDocument } from "../scenario.ts";
import type { PartyProfile } from "./model.ts";
import { scenarioPosition } from "./position.ts";
import type { CompiledSpace } from "./space.ts";
import { dimensionValue, roundUtility, weightedDimensions } from "./value.ts";

// Scores every package of a space for every party. A package fixes the dimensions in play; every
// other dimension keeps the baseline scenario's position, so packages and saved scenarios are
// scored on the same scale.

export interface PartyTable {
  /** Σ w_d · v_d / Σw over the weighted dimensions not in play, at the baseline's positions. */
  constant: number;
  /** Per dimension in play, per option considered: w_d · v / Σw (0 where the party gives no weight). */
  contributions: Float64Array[];
}

/** The precomputed terms of one party's utility over a compiled space. */
export function partyTable(space: CompiledSpace, profile: PartyProfile, baseline: ScenarioDocument): PartyTable {
  const { dimensions, total } = weightedDimensions(profile, space.catalogue);
  return linearTable(space, profile, baseline, new Map(dimensions.map((d) => [d.dimension.id, d.weight])), total);
}

/**
 * Terms Σ_d weight(d) · v_d / divisor over the dimensions `weightOf` names (the others count 0).
 * partyTable divides by the weights' total (a utility); the sensitivity analysis uses other
 * weights and divisor 1 to get the parts of a utility that a weight change moves.
 */
export function linearTable(
  space: CompiledSpace,
  profile: PartyProfile,
  baseline: ScenarioDocument,
  weightOf: ReadonlyMap<string, number>,
  total: number,
): PartyTable {
  const dimensions = space.catalogue.flatMap((dimension) => {
    const weight = weightOf.get(dimension.id) ?? 0;
    return weight > 0 ? [{ dimension, weight }] : [];
  });
  const inPlay = new Set(space.dimensions.map((d) => d.id));
  let constant = 0;
  if (total > 0) {
    for (const { dimension, weight } of dimensions) {
      if (!inPlay.has(dimension.id))
        constant += (weight * dimensionValue(profile, dimension, scenarioPosition(baseline, dimension))) / total;
    }
  }
  const contributions = space.dimensions.map((compiled) => {
    const table = new Float64Array(compiled.options.length);
    const weight = weightOf.get(compiled.id) ?? 0;
    if (total <= 0 || weight <= 0) return table;
    const dimension = space.catalogue.find((d) => d.id === compiled.id)!;
    compiled.options.forEach((option, j) => {
      const position = compiled.kind === "territory" ? option.russiaShare! : option.id;
      table[j] = (weight * dimensionValue(profile, dimension, position)) / total;
    });
    return table;
  });
  return { constant, contributions };
}

/**
 * Fills `out` (length = space size) with one party's utilities. The array is built by expanding
 * one dimension at a time in place (index i of the prefix becomes i·k + j), so each package costs
 * about one addition, and its sum is constant + c_1 + c_2 + … in the space's order.
 */
export function fillUtilities(table: PartyTable, out: Float64Array): Float64Array {
  fillSums(table, out);
  for (let i = 0; i < out.length; i++) out[i] = roundUtility(out[i]!);
  return out;
}

/** fillUtilities without the rounding to the utility grid: the exact sums. */
export function fillSums(table: PartyTable, out: Float64Array): Float64Array {
  out[0] = table.constant;
  let filled = 1;
  for (const c of table.contributions) {
    const k = c.length;
    // Downwards, so that slot i is read before slots ≥ i·k are written.
    for (let i = filled - 1; i >= 0; i--) {
      const base = out[i]!;
      const offset = i * k;
      for (let j = 0; j < k; j++) out[offset + j] = base + c[j]!;
    }
    filled *= k;
  }
  if (filled !== out.length) throw new RangeError(`Expected ${filled} packages, got an array of ${out.length}`);
  return out;
}

/** One Float64Array of utilities per profile, indexed by package. */
export function scorePackages(
  space: CompiledSpace,
  profiles: readonly PartyProfile[],
  baseline: ScenarioDocument,
  onParty?: (done: number, total: number) => void,
): Float64Array[] {
  return profiles.map((profile, p) => {
    const utilities = fillUtilities(partyTable(space, profile, baseline), new Float64Array(space.size));
    onParty?.(p + 1, profiles.length);
    return utilities;
  });
}
