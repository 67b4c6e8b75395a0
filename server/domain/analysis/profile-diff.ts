import { dimensionById, type ProfileSetDocument } from "./model.ts";

// One line on what a save of a profile set changed, for its history: "Ukraine: weight on Security
// guarantees 18 → 25; Russia: reservation value 55 → 60".

const MAX_LISTED = 3;

export function profileChanges(before: ProfileSetDocument, after: ProfileSetDocument): string[] {
  const changes: string[] = [];
  if (before.name !== after.name) changes.push(`Name “${before.name}” → “${after.name}”`);
  if (before.description !== after.description) changes.push("Description edited");
  const old = new Map(before.parties.map((p) => [p.partyId, p]));
  for (const party of after.parties) {
    const was = old.get(party.partyId);
    if (!was) {
      changes.push(`${party.name} added`);
      continue;
    }
    if (was.reservation !== party.reservation)
      changes.push(`${party.name}: reservation value ${was.reservation} → ${party.reservation}`);
    for (const id of new Set([...Object.keys(was.weights), ...Object.keys(party.weights)])) {
      const [a, b] = [was.weights[id] ?? 0, party.weights[id] ?? 0];
      if (a !== b) changes.push(`${party.name}: weight on ${dimensionById(id)?.label ?? id} ${a} → ${b}`);
    }
    for (const id of new Set([...Object.keys(was.values), ...Object.keys(party.values)])) {
      if (JSON.stringify(was.values[id] ?? {}) !== JSON.stringify(party.values[id] ?? {}))
        changes.push(`${party.name}: values on ${dimensionById(id)?.label ?? id}`);
    }
    if (was.rationale !== party.rationale || was.name !== party.name) changes.push(`${party.name}: name or rationale edited`);
  }
  for (const party of before.parties)
    if (!after.parties.some((p) => p.partyId === party.partyId)) changes.push(`${party.name} removed`);
  return changes;
}

export function summarizeProfileChange(before: ProfileSetDocument, after: ProfileSetDocument): string {
  const changes = profileChanges(before, after);
  if (changes.length === 0) return "No change";
  const more = changes.length > MAX_LISTED ? `; and ${changes.length - MAX_LISTED} more` : "";
  return changes.slice(0, MAX_LISTED).join("; ") + more;
}
