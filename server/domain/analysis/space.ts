import { DIMENSIONS, type Dimension, type OutcomeSpace } from "./model.ts";
import type { Catalogue } from "./position.ts";

// The outcome space as packages: the cartesian product of the options considered on each
// dimension in play, numbered 0..N−1 in mixed radix with the first dimension most significant.

export interface CompiledOption {
  id: string;
  label: string;
  /** Territory only: Russia's share (0–1) of the group's area under this option. */
  russiaShare?: number;
}

export interface CompiledDimension {
  id: string;
  label: string;
  kind: Dimension["kind"];
  options: CompiledOption[];
}

export interface CompiledSpace {
  /** The dimensions in play, in the space's order, each with the options considered. */
  dimensions: CompiledDimension[];
  /** Number of packages: the product of the option counts. */
  size: number;
  /** The catalogue the space was compiled against (DIMENSIONS by default). */
  catalogue: Catalogue;
}

/** Anything with dimensions and their options: a CompiledSpace or an analysis result. */
export interface SpaceShape {
  dimensions: readonly { id: string; options: readonly { id: string }[] }[];
}

/** Checks the space against the catalogue and compiles it; throws an Error naming the first problem. */
export function compileSpace(space: OutcomeSpace, catalogue: Catalogue = DIMENSIONS): CompiledSpace {
  if (space.length === 0) throw new Error("Pick at least one issue");
  const seen = new Set<string>();
  const dimensions = space.map((entry): CompiledDimension => {
    const dimension = catalogue.find((d) => d.id === entry.dimensionId);
    if (!dimension) throw new Error(`Unknown issue "${entry.dimensionId}"`);
    if (seen.has(dimension.id)) throw new Error(`"${dimension.label}" appears twice`);
    seen.add(dimension.id);
    if (entry.optionIds.length === 0) throw new Error(`Pick at least one option for "${dimension.label}"`);
    if (new Set(entry.optionIds).size !== entry.optionIds.length)
      throw new Error(`Each option at most once on "${dimension.label}"`);
    const catalogueOptions: CompiledOption[] = dimension.kind === "territory" ? dimension.options : dimension.options;
    const options = entry.optionIds.map((optionId): CompiledOption => {
      const option = catalogueOptions.find((o) => o.id === optionId);
      if (!option) throw new Error(`Unknown option "${optionId}" on "${dimension.label}"`);
      return option.russiaShare === undefined
        ? { id: option.id, label: option.label }
        : { id: option.id, label: option.label, russiaShare: option.russiaShare };
    });
    return { id: dimension.id, label: dimension.label, kind: dimension.kind, options };
  });
  const size = dimensions.reduce((n, d) => n * d.options.length, 1);
  return { dimensions, size, catalogue };
}

function packageCount(space: SpaceShape): number {
  return space.dimensions.reduce((n, d) => n * d.options.length, 1);
}

function checkIndex(space: SpaceShape, index: number): void {
  const size = packageCount(space);
  if (!Number.isInteger(index) || index < 0 || index >= size)
    throw new RangeError(`Package ${index} is outside the space of ${size} packages`);
}

/** The option position (0-based) on each dimension of package `index`. */
export function packageDigits(space: SpaceShape, index: number): number[] {
  checkIndex(space, index);
  const digits = new Array<number>(space.dimensions.length);
  let rest = index;
  for (let d = space.dimensions.length - 1; d >= 0; d--) {
    const k = space.dimensions[d]!.options.length;
    digits[d] = rest % k;
    rest = Math.floor(rest / k);
  }
  return digits;
}

/** Package `index` as { dimensionId: optionId }. */
export function decodePackage(space: SpaceShape, index: number): Record<string, string> {
  const digits = packageDigits(space, index);
  return Object.fromEntries(space.dimensions.map((d, i) => [d.id, d.options[digits[i]!]!.id]));
}

/** The index of the package choosing `options` ({ dimensionId: optionId }, one per dimension in play). */
export function encodePackage(space: SpaceShape, options: Readonly<Record<string, string>>): number {
  let index = 0;
  for (const d of space.dimensions) {
    const digit = d.options.findIndex((o) => o.id === options[d.id]);
    if (digit < 0) throw new Error(`No option "${options[d.id]}" on "${d.id}" in this space`);
    index = index * d.options.length + digit;
  }
  return index;
}
