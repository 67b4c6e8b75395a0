import { newScenarioDocument } from "../defaults.ts";
import { formatIsoDate } from "../format.ts";
import { LINE_SOURCE, lineTerritory } from "../line-of-control.ts";
import type { ScenarioDocument } from "../scenario.ts";

export const LINE_SEED_KEY_PREFIX = "line-";
/** The seed key of the line of a day: "line-2026-08-22". */
export const lineSeedKey = (date: string) => `${LINE_SEED_KEY_PREFIX}${date}`;

/** The line of control of one day as a scenario: territory only, every figure an estimate; no terms agreed. */
export function lineSnapshot(date: string): ScenarioDocument {
  const doc = newScenarioDocument(`Line of control, ${formatIsoDate(date)}`, lineTerritory(date));
  doc.summary =
    `Who held how much of each region on ${formatIsoDate(date)}, as estimated from DeepState's daily map. ` +
    "No ceasefire or settlement was in force; every other term is left open. Figures are estimates, not official data.";
  doc.context = { date, dateKind: "as_of", proposedBy: [], answers: null, confidence: "high", sources: LINE_SOURCE };
  return doc;
}
