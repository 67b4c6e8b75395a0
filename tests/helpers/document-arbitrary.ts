import fc from "fast-check";
import { TERM_SPECS, type TermSpec } from "@/server/domain/catalog.ts";
import {
  ACTORS,
  CONFIDENCE,
  DATE_KINDS,
  OPEN_ENDED,
  PARTY_ROLES,
  REGION_BASES,
  TERM_STATUSES,
  ZONES,
} from "@/server/domain/options.ts";
import type { RegionId } from "@/server/domain/reference/regions.ts";
import { ScenarioDocument, type Party, type ScenarioContext } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { regionFeatures } from "./regions-geojson.ts";

// Valid scenario documents for property tests: a seed with random valid edits applied. Areas come
// from the reference GeoJSON, not from the schema; the result is checked with the schema, so a
// generator bug shows up as a failing property rather than as a silently invalid document.

const REGIONS = regionFeatures().map((f) => ({ id: f.id as RegionId, area: f.properties.area_km2 }));

interface Leaf {
  value: unknown;
  status: string | null;
  note: string;
}

export type Edit =
  | { kind: "title" | "summary"; text: string }
  | { kind: "regionFigures"; id: RegionId; figures: [number, number, number] }
  | { kind: "regionZone"; id: RegionId; zone: string }
  | { kind: "regionStatus"; id: RegionId; status: string | null }
  | { kind: "regionNote"; id: RegionId; note: string }
  | { kind: "termValue"; termId: string; value: unknown }
  | { kind: "termStatus"; termId: string; status: string | null }
  | { kind: "termNote"; termId: string; note: string }
  | { kind: "addParty"; party: Party }
  | { kind: "removeParty"; index: number }
  | { kind: "changeParty"; index: number; name: string | null; role: string | null }
  | { kind: "reorderParties"; keys: number[] }
  | { kind: "context"; context: ScenarioContext }
  | { kind: "regionBasis"; id: RegionId; basis: string };

/** Already trimmed (the schema trims), so the parsed document equals the one built. */
const text = (maxLength: number, minLength = 0) =>
  fc
    .oneof(fc.string({ maxLength }), fc.string({ unit: "grapheme", maxLength: Math.min(maxLength, 20) }))
    .map((s) => s.trim())
    .filter((s) => s.length >= minLength && s.length <= maxLength);

const status = fc.constantFrom(null, ...TERM_STATUSES);
const region = fc.constantFrom(...REGIONS);
/** -0 is not a value a stored document can hold (JSON has no -0): normalise it away. */
const noNegativeZero = (x: number) => x + 0;

const third = (area: number) => fc.double({ min: 0, max: Math.floor(area / 3), noNaN: true }).map(noNegativeZero);
const figures = region.chain(({ id, area }) =>
  fc
    .oneof(
      fc
        .integer({ min: 0, max: area })
        .chain((r) =>
          fc.integer({ min: 0, max: area - r }).chain((u) => fc.integer({ min: 0, max: area - r - u }).map((c) => [r, u, c])),
        ),
      fc.tuple(third(area), third(area), third(area)),
      fc.constantFrom([area, 0, 0], [0, area, 0], [0, 0, area], [0, 0, 0]),
    )
    .map((f) => ({ kind: "regionFigures" as const, id, figures: f as [number, number, number] })),
);

function termValue(spec: TermSpec): fc.Arbitrary<unknown> {
  const some = (() => {
    switch (spec.kind) {
      case "choice":
        return fc.constantFrom(...spec.options);
      case "multi":
        return fc.shuffledSubarray([...spec.options]);
      case "party":
        return fc.nat(); // An index into the document's parties, resolved when applied.
      case "date":
        return isoDay;
      case "duration":
        return fc.oneof(fc.integer({ min: 1, max: 3650 }), fc.constant(OPEN_ENDED));
      case "number": {
        const min = spec.min ?? 0;
        const whole = fc.integer({ min, max: spec.max });
        return spec.integer ? whole : fc.oneof(whole, fc.double({ min, max: spec.max, noNaN: true }).map(noNegativeZero));
      }
      case "text":
        return text(spec.maxLength);
    }
  })() as fc.Arbitrary<unknown>;
  return fc.option(some, { nil: null, freq: 4 });
}

const term = fc.constantFrom(...TERM_SPECS);
const partyId = fc.stringMatching(/^[a-z][a-z0-9-]{1,31}$/);
const role = fc.constantFrom(...PARTY_ROLES);

const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const context: fc.Arbitrary<ScenarioContext> = fc.record({
  date: fc.option(isoDay, { nil: null }),
  dateKind: fc.constantFrom(...DATE_KINDS),
  proposedBy: fc.subarray([...ACTORS]),
  answers: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{22}$/), { nil: null }),
  confidence: fc.option(fc.constantFrom(...CONFIDENCE), { nil: null }),
  sources: text(2000),
});

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("context" as const), context }),
  fc.record({ kind: fc.constantFrom("title" as const), text: text(200, 1) }),
  fc.record({ kind: fc.constantFrom("summary" as const), text: text(4000) }),
  { arbitrary: figures, weight: 4 },
  fc.record({ kind: fc.constant("regionZone" as const), id: region.map((r) => r.id), zone: fc.constantFrom(...ZONES) }),
  fc.record({ kind: fc.constant("regionBasis" as const), id: region.map((r) => r.id), basis: fc.constantFrom(...REGION_BASES) }),
  fc.record({ kind: fc.constant("regionStatus" as const), id: region.map((r) => r.id), status }),
  fc.record({ kind: fc.constant("regionNote" as const), id: region.map((r) => r.id), note: text(500) }),
  {
    arbitrary: term.chain((spec) => termValue(spec).map((value) => ({ kind: "termValue" as const, termId: spec.id, value }))),
    weight: 4,
  },
  fc.record({ kind: fc.constant("termStatus" as const), termId: term.map((s) => s.id), status }),
  fc.record({ kind: fc.constant("termNote" as const), termId: term.map((s) => s.id), note: text(500) }),
  fc.record({ kind: fc.constant("addParty" as const), party: fc.record({ id: partyId, name: text(80, 1), role }) }),
  fc.record({ kind: fc.constant("removeParty" as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant("changeParty" as const),
    index: fc.nat(),
    name: fc.option(text(80, 1), { nil: null }),
    role: fc.option(role, { nil: null }),
  }),
  fc.record({ kind: fc.constant("reorderParties" as const), keys: fc.array(fc.integer(), { minLength: 12, maxLength: 12 }) }),
);

function leaf(doc: ScenarioDocument, termId: string): Leaf {
  const [issue, key] = termId.split(".");
  return (doc.terms as unknown as Record<string, Record<string, Leaf>>)[issue!]![key!]!;
}

/** Applies edits to a deep copy; edits that cannot apply (a 13th party, a taken id) are skipped. */
export function applyEdits(start: ScenarioDocument, edits: readonly Edit[]): ScenarioDocument {
  const doc = structuredClone(start);
  for (const e of edits) {
    const parties = doc.parties;
    switch (e.kind) {
      case "title":
      case "summary":
        doc[e.kind] = e.text;
        break;
      case "regionFigures": {
        const [russiaKm2, ukraineKm2, contestedKm2] = e.figures;
        Object.assign(doc.terms.territory[e.id], { russiaKm2, ukraineKm2, contestedKm2 });
        break;
      }
      case "regionZone":
        doc.terms.territory[e.id].zone = e.zone as never;
        break;
      case "regionBasis":
        doc.terms.territory[e.id].basis = e.basis as never;
        break;
      case "regionStatus":
        doc.terms.territory[e.id].status = e.status as never;
        break;
      case "regionNote":
        doc.terms.territory[e.id].note = e.note;
        break;
      case "termValue": {
        const resolved =
          e.termId === "ceasefire.declaredBy" && typeof e.value === "number" ? parties[e.value % parties.length]!.id : e.value;
        leaf(doc, e.termId).value = structuredClone(resolved);
        break;
      }
      case "termStatus":
        leaf(doc, e.termId).status = e.status;
        break;
      case "termNote":
        leaf(doc, e.termId).note = e.note;
        break;
      case "addParty":
        if (parties.length < 12 && !parties.some((p) => p.id === e.party.id)) parties.push({ ...e.party });
        break;
      case "removeParty":
        if (parties.length > 2) parties.splice(e.index % parties.length, 1);
        break;
      case "changeParty": {
        const p = parties[e.index % parties.length]!;
        if (e.name !== null) p.name = e.name;
        if (e.role !== null) p.role = e.role as Party["role"];
        break;
      }
      case "context":
        doc.context = structuredClone(e.context);
        break;
      case "reorderParties": {
        const keyed = parties.map((p, i) => ({ p, k: e.keys[i]! }));
        doc.parties = keyed.sort((x, y) => x.k - y.k).map((x) => x.p);
        break;
      }
    }
  }
  // Keep the cross-field rules: the declaring party exists, a unilateral ceasefire has one.
  const declaredBy = doc.terms.ceasefire.declaredBy;
  if (declaredBy.value !== null && !doc.parties.some((p) => p.id === declaredBy.value)) declaredBy.value = null;
  if (doc.terms.ceasefire.type.value === "unilateral" && declaredBy.value === null) declaredBy.value = doc.parties[0]!.id;
  const parsed = ScenarioDocument.safeParse(doc);
  if (!parsed.success)
    throw new Error(`The generator built an invalid document: ${JSON.stringify(parsed.error.issues).slice(0, 500)}`);
  return doc;
}

const seed = fc.constantFrom(...SEED_SCENARIOS);

/** A seed with 0–12 random valid edits. */
export const validDocument: fc.Arbitrary<ScenarioDocument> = fc
  .tuple(seed, fc.array(edit, { maxLength: 12 }))
  .map(([s, edits]) => applyEdits(s.document(), edits));

/** Two valid documents: unrelated, or the second an edit of the first (small diffs). */
export const documentPair: fc.Arbitrary<[ScenarioDocument, ScenarioDocument]> = fc.oneof(
  fc.tuple(validDocument, validDocument),
  validDocument.chain((a) =>
    fc
      .array(edit, { minLength: 0, maxLength: 4 })
      .map((edits): [ScenarioDocument, ScenarioDocument] => [a, applyEdits(a, edits)]),
  ),
);
