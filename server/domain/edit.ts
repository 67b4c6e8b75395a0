import type { IssueId } from "./catalog.ts";
import { unassignedKm2, type Holder } from "./derived.ts";
import { formatIsoDate } from "./format.ts";
import { optionLabel } from "./options.ts";
import type { RegionId } from "./reference/regions.ts";
import type { Party, RegionTerm, ScenarioDocument, TermValue } from "./scenario.ts";

// Immutable edits of a scenario document, addressed by stable ids. The editor calls these; it
// never reaches into the document's shape itself.

type AnyTerm = TermValue<unknown>;

function splitTermId(termId: string): [IssueId, string] {
  const [issue, key] = termId.split(".");
  return [issue as IssueId, key!];
}

export function getTerm(doc: ScenarioDocument, termId: string): AnyTerm {
  const [issue, key] = splitTermId(termId);
  const group = doc.terms[issue] as Record<string, AnyTerm> | undefined;
  const term = group?.[key];
  if (!term) throw new Error(`Unknown term id "${termId}"`);
  return term;
}

export function withTerm(doc: ScenarioDocument, termId: string, patch: Partial<AnyTerm>): ScenarioDocument {
  const [issue, key] = splitTermId(termId);
  const group = doc.terms[issue] as Record<string, AnyTerm>;
  return { ...doc, terms: { ...doc.terms, [issue]: { ...group, [key]: { ...getTerm(doc, termId), ...patch } } } };
}

/** A region's row changed; figures typed in no longer follow a line or a rule, so their basis becomes "entered". */
export function withRegion(doc: ScenarioDocument, regionId: RegionId, patch: Partial<RegionTerm>): ScenarioDocument {
  const figuresTyped = patch.basis === undefined && ("russiaKm2" in patch || "ukraineKm2" in patch || "contestedKm2" in patch);
  const next = { ...doc.terms.territory[regionId], ...patch, ...(figuresTyped ? { basis: "entered" as const } : {}) };
  const territory = { ...doc.terms.territory, [regionId]: next };
  return { ...doc, terms: { ...doc.terms, territory } };
}

/** Gives the region's unassigned km² (area minus the three figures) to one holder. */
export function withRemainderTo(doc: ScenarioDocument, regionId: RegionId, holder: Holder): ScenarioDocument {
  const term = doc.terms.territory[regionId];
  const field = holder === "russia" ? "russiaKm2" : holder === "ukraine" ? "ukraineKm2" : "contestedKm2";
  return withRegion(doc, regionId, { [field]: term[field] + unassignedKm2(regionId, term) });
}

/** A party id from its name: "European Union" → "european-union", made unique among `taken`. */
export function partyIdFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .replace(/^[^a-z]+/, "")
      .slice(0, 28) || "party";
  const padded = base.length < 2 ? `${base}-party` : base;
  let id = padded;
  for (let n = 2; taken.includes(id); n++) id = `${padded}-${n}`;
  return id;
}

export function withParty(doc: ScenarioDocument, party: Omit<Party, "id">): ScenarioDocument {
  const id = partyIdFor(party.name, doc.parties.map((p) => p.id));
  return { ...doc, parties: [...doc.parties, { ...party, id }] };
}

export function withPartyChanged(doc: ScenarioDocument, index: number, patch: Partial<Omit<Party, "id">>): ScenarioDocument {
  return { ...doc, parties: doc.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

/** Removes a party; a ceasefire it declared is left without a declarer, which validation flags. */
export function withoutParty(doc: ScenarioDocument, index: number): ScenarioDocument {
  const removed = doc.parties[index];
  let next: ScenarioDocument = { ...doc, parties: doc.parties.filter((_, i) => i !== index) };
  if (removed && doc.terms.ceasefire.declaredBy.value === removed.id) next = withTerm(next, "ceasefire.declaredBy", { value: null });
  return next;
}

/** A term's value in words, for read-only views and summaries. */
export function describeTermValue(doc: ScenarioDocument, termId: string): string {
  const value = getTerm(doc, termId).value;
  if (value === null) return "Not specified";
  if (Array.isArray(value)) return value.length ? value.map((v) => optionLabel(String(v))).join(", ") : "None";
  if (termId === "ceasefire.declaredBy") return doc.parties.find((p) => p.id === value)?.name ?? String(value);
  if (termId === "ceasefire.duration") return value === "open_ended" ? "Open-ended" : `${value} day${value === 1 ? "" : "s"}`;
  if (termId === "bufferZone.depthKm") return `${value} km`;
  if (termId === "ceasefire.startDate") return formatIsoDate(String(value));
  if (typeof value === "string") return optionLabel(value);
  return String(value);
}
