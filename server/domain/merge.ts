import { applyChanges, diffDocuments, type Change } from "./diff.ts";
import type { ScenarioDocument } from "./scenario.ts";

// Three-way merge for a save that lost a race: `base` is the version the edit started from,
// `theirs` what someone else saved since, `mine` the unsaved edit. My changes are replayed on
// their version; where both changed the same term differently, mine wins and the term is listed,
// so the person can look at it before saving.

export interface MergeResult {
  merged: ScenarioDocument;
  /** Ids changed on both sides to different values (mine kept). */
  clashes: string[];
  /** Their changes, for the before/after view. */
  theirChanges: Change[];
}

export function mergeDocuments(base: ScenarioDocument, mine: ScenarioDocument, theirs: ScenarioDocument): MergeResult {
  const myChanges = diffDocuments(base, mine);
  const theirChanges = diffDocuments(base, theirs);
  const theirById = new Map(theirChanges.map((c) => [c.id, c]));
  const clashes = myChanges
    .filter((c) => {
      const other = theirById.get(c.id);
      return other !== undefined && JSON.stringify(other) !== JSON.stringify(c);
    })
    .map((c) => c.id);
  // A party I added that they added too, or one they removed that I changed, cannot replay as is:
  // replay on their version only what still applies there.
  const theirParties = new Set(theirs.parties.map((p) => p.id));
  const applicable = myChanges.filter((c) => {
    if (!c.id.startsWith("parties.") || c.id === "parties.@order") return true;
    const partyId = c.id.slice("parties.".length);
    return c.kind === "added" ? !theirParties.has(partyId) : theirParties.has(partyId);
  });
  const orderless = applicable.filter((c) => c.id !== "parties.@order");
  return { merged: applyChanges(theirs, orderless), clashes, theirChanges };
}
