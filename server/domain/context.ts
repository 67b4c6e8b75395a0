import { formatIsoDate } from "./format.ts";
import { ACTORS, optionLabel, type Actor } from "./options.ts";
import type { ScenarioContext, ScenarioDocument } from "./scenario.ts";

// A scenario's context in words: when and by whom it was put forward. Lists, compare, before/after
// and the timeline all say it the same way.

/** "Russia", "United States & Ukraine"; "" when nobody put it forward (a line of control, a user's own). */
export function proposersLabel(actors: readonly Actor[]): string {
  const names = ACTORS.filter((a) => actors.includes(a)).map(optionLabel);
  return names.length <= 2 ? names.join(" & ") : `${names.slice(0, -1).join(", ")} & ${names.at(-1)}`;
}

/** "Put forward 2 Jun 2025", "As of 22 Aug 2026", or "" without a date. */
export function contextDateLabel(context: Pick<ScenarioContext, "date" | "dateKind">): string {
  if (context.date === null) return "";
  return `${context.dateKind === "as_of" ? "As of" : "Put forward"} ${formatIsoDate(context.date)}`;
}

/** One line: "Put forward 2 Jun 2025 by Russia", "As of 22 Aug 2026", or "Not dated". */
export function describeContext(context: ScenarioContext): string {
  const date = contextDateLabel(context);
  const by = proposersLabel(context.proposedBy);
  if (!date) return by ? `Put forward by ${by} (no date)` : "Not dated";
  return by ? `${date} by ${by}` : date;
}

/** The key that groups positions by who put them forward ("" for none). */
export function proposerGroupKey(actors: readonly Actor[]): string {
  return ACTORS.filter((a) => actors.includes(a)).join("+");
}

/** The document with some of its context changed: the editor's one way to edit it. */
export function withContext(doc: ScenarioDocument, patch: Partial<ScenarioContext>): ScenarioDocument {
  return { ...doc, context: { ...doc.context, ...patch } };
}
