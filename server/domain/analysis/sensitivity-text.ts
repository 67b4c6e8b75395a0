import { DIMENSIONS } from "./model.ts";
import type { Catalogue } from "./position.ts";
import { holdsEverywhere, margin, type HoldingRange, type Parameter } from "./sensitivity.ts";

// Sensitivity ranges in words: "Ukraine accepts the U.S. proposal only while Ukraine's weight on
// Security guarantees stays above 12.4 (now 18)".

const number = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** "Ukraine's", "United States'". */
const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

export function parameterLabel(parameter: Parameter, partyNames: readonly string[], catalogue: Catalogue = DIMENSIONS): string {
  const party = possessive(partyNames[parameter.party] ?? "?");
  if (parameter.kind === "reservation") return `${party} reservation value`;
  const dimension = catalogue.find((d) => d.id === parameter.dimensionId);
  return `${party} weight on ${dimension?.label ?? parameter.dimensionId}`;
}

/** "stays above 12.4 and under 30 (now 18)", or null when the range is the whole scale. */
export function rangeClause(range: HoldingRange): string | null {
  const above = range.low > range.min ? `above ${number(range.low)}` : null;
  const under = range.high < range.max ? `under ${number(range.high)}` : null;
  if (!above && !under) return null;
  return `stays ${[above, under].filter(Boolean).join(" and ")} (now ${number(range.current)})`;
}

/** The ranges, most fragile first (the nearest end closest to the current value). */
export function byFragility(ranges: readonly HoldingRange[]): HoldingRange[] {
  return [...ranges].sort((a, b) => margin(a) - margin(b));
}

/**
 * One sentence: the conclusion and the assumption it hangs on most closely, e.g. "Ukraine accepts
 * the U.S. proposal only while Ukraine's weight on Security guarantees stays above 12.4 (now 18)."
 */
export function sensitivitySentence(
  conclusion: string,
  ranges: readonly HoldingRange[],
  partyNames: readonly string[],
  catalogue: Catalogue = DIMENSIONS,
): string {
  const fragile = byFragility(ranges).filter((r) => !holdsEverywhere(r));
  if (fragile.length === 0)
    return `${conclusion} whatever value any one of these weights or reservation values takes (0–100), the others unchanged.`;
  const clause = (r: HoldingRange) => `${parameterLabel(r.parameter, partyNames, catalogue)} ${rangeClause(r)}`;
  const rest = fragile.length > 2 ? ` (${fragile.length - 2} more in the chart, each with the others unchanged)` : "";
  return `${conclusion} only while ${fragile.slice(0, 2).map(clause).join(", and while ")}${rest}.`;
}
