import type { ScenarioDocument } from "../scenario.ts";
import { DIMENSIONS } from "./model.ts";
import { scenarioPosition, type Catalogue } from "./position.ts";
import type { CompiledDimension } from "./space.ts";

// A package in words a reader can check: each issue's name and the option chosen, and whether it
// differs from the baseline (the status quo in the UI).

export interface PackageTerm {
  dimensionId: string;
  issue: string;
  option: string;
  /** The baseline holds a different option (for territory: a different share of the region). */
  differs: boolean;
}

/** A baseline share within one percentage point of an option's counts as that option (Kursk's status quo is 99.97 %). */
const SHARE_TOLERANCE = 0.01;

/** The option id the baseline holds on each dimension (null: none of its options, e.g. a term left open). */
export function baselineOptions(
  dimensions: readonly CompiledDimension[],
  baseline: ScenarioDocument,
  catalogue: Catalogue = DIMENSIONS,
): Record<string, string | null> {
  return Object.fromEntries(
    dimensions.map((d) => {
      const dimension = catalogue.find((x) => x.id === d.id);
      if (!dimension) return [d.id, null];
      const position = scenarioPosition(baseline, dimension);
      const match =
        dimension.kind === "territory"
          ? dimension.options.find((o) => typeof position === "number" && Math.abs(o.russiaShare - position) < SHARE_TOLERANCE)
          : dimension.options.find((o) => o.id === position);
      return [d.id, match?.id ?? null];
    }),
  );
}

export function describePackage(
  dimensions: readonly CompiledDimension[],
  options: Readonly<Record<string, string>>,
  baseline: Readonly<Record<string, string | null>>,
): PackageTerm[] {
  return dimensions.map((d) => ({
    dimensionId: d.id,
    issue: d.label,
    option: d.options.find((o) => o.id === options[d.id])?.label ?? options[d.id] ?? "?",
    differs: baseline[d.id] !== options[d.id],
  }));
}

/** "Kharkiv region: Ukraine holds all · Ceasefire: Comprehensive …", changes from the baseline first marked with "≠". */
export function packageText(terms: readonly PackageTerm[]): string {
  return terms.map((t) => `${t.differs ? "≠ " : ""}${t.issue}: ${t.option}`).join(" · ");
}
