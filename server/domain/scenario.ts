import "./zod.ts";
import * as z from "zod";
import { LIMITS } from "./limits.ts";
import { documentId, plainText } from "./text.ts";
import {
  ACTORS,
  AMNESTY,
  ASSET_USES,
  CHURCH_CLAUSES,
  CONFIDENCE,
  DATE_KINDS,
  ELECTION_TIMING,
  ELECTION_TRIGGERS,
  EU_PATHS,
  FORCE_LIMITS,
  LANGUAGE_CLAUSES,
  OVERSIGHT_BODIES,
  RATIFICATION,
  REGION_BASES,
  REPARATIONS,
  SANCTIONS_SNAPBACK,
  SECURITY_NON_NUCLEAR,
  SPECIAL_ZONES,
  ZONE_ENTRY,
  ZONE_JURISDICTION,
  BORDER_SEGMENTS,
  BUFFER_POLICING,
  CEASEFIRE_SCOPES,
  CEASEFIRE_TYPES,
  FOREIGN_TROOPS,
  GUARANTEES,
  MONITORING,
  NATO_PATHS,
  NUCLEAR_PLANT_CONTROL,
  OPEN_ENDED,
  PARTY_ROLES,
  PRISONER_EXCHANGE,
  RECOGNITION,
  SANCTIONS_RELIEF,
  TERM_STATUSES,
  ZONES,
} from "./options.ts";
import { REGIONS, type Region, type RegionId } from "./reference/regions.ts";

export { LIMITS };

/** The version of the document shape below; stored with every scenario (see versioning.ts). */
export const CURRENT_SCHEMA_VERSION = 2;

const note = plainText(LIMITS.noteLength);
const status = z.enum(TERM_STATUSES).nullable();

/** Every term: its value (null = not specified), how sure we are of it, and where it comes from. */
function term<T extends z.ZodType>(value: T) {
  return z.strictObject({ value: value.nullable(), status, note });
}

const isoDate = z.iso.date("Use a date in the form YYYY-MM-DD");
/** A set of options, stored in catalogue order so that the same set always reads (and diffs) the same. */
const uniqueList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, "Each option at most once")
    .transform((list) => values.filter((v) => list.includes(v)) as T[number][]);

export const PartyId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, "2–32 lower-case letters, digits or hyphens, starting with a letter");

export const Party = z.strictObject({
  id: PartyId,
  name: plainText(LIMITS.partyNameLength).pipe(z.string().min(1, "Name the party")),
  role: z.enum(PARTY_ROLES),
});
export type Party = z.infer<typeof Party>;

function km2Field(region: Region) {
  return z
    .number({ error: "Enter a number of km²" })
    .finite()
    .min(0, "Cannot be negative")
    .max(region.areaKm2, `At most ${region.areaKm2.toLocaleString("en-US")} km² (the region's area)`);
}

function regionTerm(region: Region) {
  return z
    .strictObject({
      russiaKm2: km2Field(region),
      ukraineKm2: km2Field(region),
      contestedKm2: km2Field(region),
      zone: z.enum(ZONES),
      basis: z.enum(REGION_BASES),
      status,
      note,
    })
    .superRefine((r, ctx) => {
      const total = r.russiaKm2 + r.ukraineKm2 + r.contestedKm2;
      if (total > region.areaKm2 + 1e-6) {
        ctx.addIssue({
          code: "custom",
          message: `Russia + Ukraine + contested = ${Math.round(total).toLocaleString("en-US")} km², more than ${region.shortName}'s area of ${region.areaKm2.toLocaleString("en-US")} km²`,
        });
      }
    });
}

export const RegionTerm = regionTerm(REGIONS[0]);
export type RegionTerm = z.infer<typeof RegionTerm>;

export const Territory = z.strictObject(
  Object.fromEntries(REGIONS.map((r) => [r.id, regionTerm(r)])) as Record<RegionId, typeof RegionTerm>,
);
export type Territory = Record<RegionId, RegionTerm>;

export const Ceasefire = z.strictObject({
  type: term(z.enum(CEASEFIRE_TYPES)),
  declaredBy: term(PartyId),
  startDate: term(isoDate),
  duration: term(
    z.union([z.number().int("Whole days").min(1, "At least 1 day").max(LIMITS.maxDurationDays), z.literal(OPEN_ENDED)]),
  ),
  scope: term(uniqueList(CEASEFIRE_SCOPES)),
  monitoring: term(z.enum(MONITORING)),
  conditions: term(plainText(LIMITS.conditionsLength)),
});

export const BufferZone = z.strictObject({
  segments: term(uniqueList(BORDER_SEGMENTS)),
  depthKm: term(z.number().finite().min(0, "Cannot be negative").max(LIMITS.maxBufferDepthKm)),
  policedBy: term(z.enum(BUFFER_POLICING)),
});

export const Security = z.strictObject({
  natoPath: term(z.enum(NATO_PATHS)),
  foreignTroops: term(z.enum(FOREIGN_TROOPS)),
  guarantees: term(z.enum(GUARANTEES)),
  guaranteeYears: term(z.number().int("Whole years").min(1, "At least 1 year").max(LIMITS.maxGuaranteeYears)),
  nonNuclear: term(z.enum(SECURITY_NON_NUCLEAR)),
});

const count = (max: number, unit: string) =>
  z
    .number()
    .int(`Whole ${unit}`)
    .min(0, "Cannot be negative")
    .max(max, `At most ${max.toLocaleString("en-US")} ${unit}`);

export const Terms = z.strictObject({
  territory: Territory,
  ceasefire: Ceasefire,
  bufferZone: BufferZone,
  security: Security,
  sanctions: z.strictObject({ relief: term(z.enum(SANCTIONS_RELIEF)), snapback: term(z.enum(SANCTIONS_SNAPBACK)) }),
  prisoners: z.strictObject({ exchange: term(z.enum(PRISONER_EXCHANGE)) }),
  nuclearPlant: z.strictObject({ control: term(z.enum(NUCLEAR_PLANT_CONTROL)) }),
  recognition: z.strictObject({
    crimea: term(z.enum(RECOGNITION)),
    otherOccupied: term(z.enum(RECOGNITION)),
  }),
  forces: z.strictObject({
    limits: term(z.enum(FORCE_LIMITS)),
    peacetimeTroops: term(count(LIMITS.maxTroops, "troops")),
  }),
  specialZone: z.strictObject({
    kind: term(z.enum(SPECIAL_ZONES)),
    where: term(plainText(LIMITS.conditionsLength)),
    jurisdiction: term(z.enum(ZONE_JURISDICTION)),
    entry: term(uniqueList(ZONE_ENTRY)),
  }),
  elections: z.strictObject({
    timing: term(z.enum(ELECTION_TIMING)),
    withinDays: term(count(LIMITS.maxElectionDays, "days").min(1, "At least 1 day")),
    after: term(z.enum(ELECTION_TRIGGERS)),
  }),
  amnesty: z.strictObject({ scope: term(z.enum(AMNESTY)) }),
  assets: z.strictObject({
    frozenAssets: term(z.enum(ASSET_USES)),
    amountUsdBn: term(
      z.number().finite().min(0, "Cannot be negative").max(LIMITS.maxAssetsUsdBn, `At most ${LIMITS.maxAssetsUsdBn} bn`),
    ),
    reparations: term(z.enum(REPARATIONS)),
  }),
  eu: z.strictObject({ membership: term(z.enum(EU_PATHS)), targetDate: term(isoDate) }),
  society: z.strictObject({ language: term(z.enum(LANGUAGE_CLAUSES)), church: term(z.enum(CHURCH_CLAUSES)) }),
  oversight: z.strictObject({ body: term(z.enum(OVERSIGHT_BODIES)), chair: term(plainText(LIMITS.partyNameLength)) }),
  ratification: z.strictObject({ by: term(z.enum(RATIFICATION)) }),
});
export type Terms = z.infer<typeof Terms>;

/** A scenario id as a reference from another scenario (the ids are 22-character base64url). */
const ScenarioRef = documentId("scenario");

/** When and by whom a position was put forward (or the day a line of control describes), and what it answers. */
export const ScenarioContext = z.strictObject({
  date: isoDate.nullable(),
  dateKind: z.enum(DATE_KINDS),
  proposedBy: uniqueList(ACTORS),
  answers: ScenarioRef.nullable(),
  /** How sure the sources are of the position as a whole (a leak, one aggregator...). */
  confidence: z.enum(CONFIDENCE).nullable(),
  sources: plainText(LIMITS.conditionsLength),
});
export type ScenarioContext = z.infer<typeof ScenarioContext>;

/** The full set of terms a scenario states: what is stored, edited, and sent over the API. */
export const ScenarioDocument = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    title: plainText(LIMITS.titleLength).pipe(z.string().min(1, "Give the scenario a title")),
    summary: plainText(LIMITS.summaryLength),
    context: ScenarioContext,
    parties: z.array(Party).min(2, "At least two parties").max(LIMITS.maxParties, `At most ${LIMITS.maxParties} parties`),
    terms: Terms,
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.parties.forEach((p, i) => {
      if (ids.has(p.id))
        ctx.addIssue({ code: "custom", path: ["parties", i, "id"], message: `Party id "${p.id}" is used twice` });
      ids.add(p.id);
    });
    const { type, declaredBy } = doc.terms.ceasefire;
    const declaredByPath = ["terms", "ceasefire", "declaredBy", "value"];
    if (declaredBy.value !== null && !ids.has(declaredBy.value)) {
      ctx.addIssue({
        code: "custom",
        path: declaredByPath,
        message: `"${declaredBy.value}" is not one of the scenario's parties`,
      });
    }
    if (type.value === "unilateral" && declaredBy.value === null) {
      ctx.addIssue({ code: "custom", path: declaredByPath, message: "A unilateral ceasefire needs the party that declared it" });
    }
  });
export type ScenarioDocument = z.infer<typeof ScenarioDocument>;
export interface TermValue<T> {
  value: T | null;
  status: z.infer<typeof status>;
  note: string;
}
