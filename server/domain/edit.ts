import type { IssueId } from "./catalog.ts";
import { unassignedKm2, type Holder } from "./derived.ts";
import { formatIsoDate } from "./format.ts";
import { optionLabel, type TermStatus } from "./options.ts";
import type { RegionId } from "./reference/regions.ts";
import { LIMITS, type Party, type RegionTerm, type ScenarioDocument, type TermValue } from "./scenario.ts";

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
  return withEditedRegion(doc, regionId, { [field]: term[field] + unassignedKm2(regionId, term) });
}

// Provenance follows edits: a figure the user changes is no longer the source's figure. Its status
// becomes the user's own and its note keeps the earlier source ("was: …") until they write their own.

/** The status of a value the user set themselves. */
export const OWN_STATUS: TermStatus = "assumption";
const WAS = "was: ";

interface Provenance {
  status: TermStatus | null;
  note: string;
}

/** The status and note of a term whose value the user just changed. */
export function provenanceAfterValueEdit(before: Provenance): Provenance {
  if (before.status === OWN_STATUS) return { status: before.status, note: before.note };
  // Already a "was: …" note (the user changed the status back, say): keep it rather than nest it.
  if (before.note.startsWith(WAS)) return { status: OWN_STATUS, note: before.note };
  const earlier = [before.status ? optionLabel(before.status) : null, before.note.trim() || null].filter(Boolean).join(" – ");
  return { status: OWN_STATUS, note: earlier ? clip(WAS + earlier, LIMITS.noteLength) : "" };
}

/** At most `max` UTF-16 units, cut between characters and marked with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = Array.from(text.slice(0, max));
  while (kept.join("").length > max - 1) kept = kept.slice(0, -1);
  return `${kept.join("")}…`;
}

const sameValue = (a: unknown, b: unknown) => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

const REGION_VALUE_FIELDS = ["russiaKm2", "ukraineKm2", "contestedKm2", "zone"] as const;

/**
 * An edit of a region from the editor: a changed figure or zone makes its provenance the user's.
 * Typing the `saved` figures back gives the region its saved status and note again.
 */
export function withEditedRegion(
  doc: ScenarioDocument,
  regionId: RegionId,
  patch: Partial<RegionTerm>,
  saved?: ScenarioDocument,
): ScenarioDocument {
  const before = doc.terms.territory[regionId];
  const valueChanged = REGION_VALUE_FIELDS.some((f) => f in patch && !sameValue(patch[f], before[f]));
  if (!valueChanged) return withRegion(doc, regionId, patch);
  const original = saved?.terms.territory[regionId];
  const after = { ...before, ...patch };
  const backToSaved = original && REGION_VALUE_FIELDS.every((f) => sameValue(after[f], original[f]));
  return withRegion(doc, regionId, {
    ...patch,
    ...(backToSaved ? { status: original.status, note: original.note } : provenanceAfterValueEdit(before)),
  });
}

/** An edit of a term from the editor, with the same rule as withEditedRegion. */
export function withEditedTerm(
  doc: ScenarioDocument,
  termId: string,
  patch: Partial<AnyTerm>,
  saved?: ScenarioDocument,
): ScenarioDocument {
  const before = getTerm(doc, termId);
  if (!("value" in patch) || sameValue(patch.value, before.value)) return withTerm(doc, termId, patch);
  const original = saved ? getTerm(saved, termId) : undefined;
  const backToSaved = original && sameValue(patch.value, original.value);
  return withTerm(doc, termId, {
    ...patch,
    ...(backToSaved ? { status: original.status, note: original.note } : provenanceAfterValueEdit(before)),
  });
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
  const id = partyIdFor(
    party.name,
    doc.parties.map((p) => p.id),
  );
  return { ...doc, parties: [...doc.parties, { ...party, id }] };
}

export function withPartyChanged(doc: ScenarioDocument, index: number, patch: Partial<Omit<Party, "id">>): ScenarioDocument {
  return { ...doc, parties: doc.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

/** Removes a party; a ceasefire it declared is left without a declarer, which validation flags. */
export function withoutParty(doc: ScenarioDocument, index: number): ScenarioDocument {
  const removed = doc.parties[index];
  let next: ScenarioDocument = { ...doc, parties: doc.parties.filter((_, i) => i !== index) };
  if (removed && doc.terms.ceasefire.declaredBy.value === removed.id)
    next = withTerm(next, "ceasefire.declaredBy", { value: null });
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
