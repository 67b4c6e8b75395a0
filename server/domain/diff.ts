import type { Party, ScenarioDocument } from "./scenario.ts";

// Differences between two scenario documents, as data keyed by stable ids:
//   "title", "summary"                      the scenario's own fields
//   "context.date", "context.proposedBy"... when and by whom it was put forward, what it answers
//   "territory.UA-63.russiaKm2"             one field of one region's row
//   "ceasefire.type.value" / ".status" / ".note"   one field of one term
//   "parties.<partyId>"                     a party added, removed or changed
//   "parties.@order"                        the parties' order, when it changed
// Every document has the same term ids (the schema is closed), so terms and regions only ever
// change; parties can be added or removed.

export type Change =
  | { id: string; kind: "changed"; from: unknown; to: unknown }
  | { id: string; kind: "added"; to: unknown }
  | { id: string; kind: "removed"; from: unknown };

export const PARTY_ORDER_ID = "parties.@order";

/** Leaf values of a document's terms and headers, keyed by stable id. Arrays (e.g. a ceasefire's scope) are leaves. */
export function flattenTerms(doc: ScenarioDocument): Map<string, unknown> {
  const leaves = new Map<string, unknown>([
    ["title", doc.title],
    ["summary", doc.summary],
    ...Object.entries(doc.context).map(([field, value]): [string, unknown] => [`context.${field}`, value]),
  ]);
  for (const [issue, group] of Object.entries(doc.terms)) {
    for (const [key, term] of Object.entries(group as Record<string, Record<string, unknown>>)) {
      for (const [field, value] of Object.entries(term)) leaves.set(`${issue}.${key}.${field}`, value);
    }
  }
  return leaves;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/** What changed from `before` to `after`, in document order. */
export function diffDocuments(before: ScenarioDocument, after: ScenarioDocument): Change[] {
  const changes: Change[] = [];
  const compare = (id: string, from: unknown, to: unknown) => {
    if (!sameValue(from, to)) changes.push({ id, kind: "changed", from, to });
  };
  // The leaves of flattenTerms, in its order, walked side by side (no maps: diffs run on every save).
  compare("title", before.title, after.title);
  compare("summary", before.summary, after.summary);
  const afterContext = after.context as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(before.context)) compare(`context.${field}`, value, afterContext[field]);
  const afterTerms = after.terms as unknown as Record<string, Record<string, Record<string, unknown>> | undefined>;
  for (const [issue, group] of Object.entries(
    before.terms as unknown as Record<string, Record<string, Record<string, unknown>>>,
  )) {
    for (const [key, term] of Object.entries(group)) {
      const next = afterTerms[issue]?.[key];
      for (const field in term) {
        const from = term[field];
        const to = next?.[field];
        if (from !== to && !sameValue(from, to)) compare(`${issue}.${key}.${field}`, from, to);
      }
    }
  }

  const beforeParties = new Map(before.parties.map((p) => [p.id, p]));
  const afterParties = new Map(after.parties.map((p) => [p.id, p]));
  for (const [id, party] of beforeParties) {
    const next = afterParties.get(id);
    if (!next) changes.push({ id: `parties.${id}`, kind: "removed", from: party });
    else if (!sameValue(party, next)) changes.push({ id: `parties.${id}`, kind: "changed", from: party, to: next });
  }
  for (const [id, party] of afterParties) {
    if (!beforeParties.has(id)) changes.push({ id: `parties.${id}`, kind: "added", to: party });
  }
  const keptOrder = before.parties.map((p) => p.id).filter((id) => afterParties.has(id));
  const appendedOrder = [...keptOrder, ...after.parties.map((p) => p.id).filter((id) => !beforeParties.has(id))];
  const finalOrder = after.parties.map((p) => p.id);
  if (!sameValue(appendedOrder, finalOrder))
    changes.push({ id: PARTY_ORDER_ID, kind: "changed", from: appendedOrder, to: finalOrder });
  return changes;
}

/** Applies changes (from diffDocuments) to a document: applyChanges(a, diffDocuments(a, b)) equals b. */
export function applyChanges(doc: ScenarioDocument, changes: readonly Change[]): ScenarioDocument {
  const next = structuredClone(doc);
  let parties: Party[] = next.parties;
  let order: string[] | null = null;
  for (const change of changes) {
    if (change.id === PARTY_ORDER_ID) {
      if (change.kind === "changed") order = change.to as string[];
      continue;
    }
    if (change.id.startsWith("parties.")) {
      const partyId = change.id.slice("parties.".length);
      if (change.kind === "removed") parties = parties.filter((p) => p.id !== partyId);
      else if (change.kind === "added") parties = [...parties, structuredClone(change.to as Party)];
      else parties = parties.map((p) => (p.id === partyId ? structuredClone(change.to as Party) : p));
      continue;
    }
    if (change.kind !== "changed") throw new Error(`Cannot ${change.kind} "${change.id}": terms only change`);
    setLeaf(next, change.id, structuredClone(change.to));
  }
  if (order) {
    const byId = new Map(parties.map((p) => [p.id, p]));
    parties = order.map((id) => byId.get(id)).filter((p): p is Party => p !== undefined);
  }
  next.parties = parties;
  return next;
}

function setLeaf(doc: ScenarioDocument, id: string, value: unknown) {
  if (id === "title" || id === "summary") {
    doc[id] = value as string;
    return;
  }
  if (id.startsWith("context.")) {
    const field = id.slice("context.".length);
    if (!(field in doc.context)) throw new Error(`Unknown context field "${id}"`);
    (doc.context as Record<string, unknown>)[field] = value;
    return;
  }
  const [issue, key, field] = id.split(".");
  const term = (doc.terms as unknown as Record<string, Record<string, Record<string, unknown>>>)[issue!]?.[key!];
  if (!term || !field || !(field in term)) throw new Error(`Unknown term id "${id}"`);
  term[field] = value;
}
