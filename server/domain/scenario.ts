import { z } from "zod";
import {
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

/** The version of the document shape below; stored with every scenario (see versioning.ts). */
export const CURRENT_SCHEMA_VERSION = 1;

export const LIMITS = {
  titleLength: 200,
  summaryLength: 4000,
  noteLength: 500,
  conditionsLength: 2000,
  partyNameLength: 80,
  maxParties: 12,
  maxDurationDays: 3650,
  maxBufferDepthKm: 200,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Trimmed text of at most `max` characters, without broken (lone surrogate) characters. */
function text(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), "Contains a broken character");
}

const note = text(LIMITS.noteLength);
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
  name: text(LIMITS.partyNameLength).pipe(z.string().min(1, "Name the party")),
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
    z.union([
      z.number().int("Whole days").min(1, "At least 1 day").max(LIMITS.maxDurationDays),
      z.literal(OPEN_ENDED),
    ]),
  ),
  scope: term(uniqueList(CEASEFIRE_SCOPES)),
  monitoring: term(z.enum(MONITORING)),
  conditions: term(text(LIMITS.conditionsLength)),
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
});

export const Terms = z.strictObject({
  territory: Territory,
  ceasefire: Ceasefire,
  bufferZone: BufferZone,
  security: Security,
  sanctions: z.strictObject({ relief: term(z.enum(SANCTIONS_RELIEF)) }),
  prisoners: z.strictObject({ exchange: term(z.enum(PRISONER_EXCHANGE)) }),
  nuclearPlant: z.strictObject({ control: term(z.enum(NUCLEAR_PLANT_CONTROL)) }),
  recognition: z.strictObject({
    crimea: term(z.enum(RECOGNITION)),
    otherOccupied: term(z.enum(RECOGNITION)),
  }),
});
export type Terms = z.infer<typeof Terms>;

/** The full set of terms a scenario states: what is stored, edited, and sent over the API. */
export const ScenarioDocument = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    title: text(LIMITS.titleLength).pipe(z.string().min(1, "Give the scenario a title")),
    summary: text(LIMITS.summaryLength),
    parties: z.array(Party).min(2, "At least two parties").max(LIMITS.maxParties, `At most ${LIMITS.maxParties} parties`),
    terms: Terms,
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.parties.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: "custom", path: ["parties", i, "id"], message: `Party id "${p.id}" is used twice` });
      ids.add(p.id);
    });
    const { type, declaredBy } = doc.terms.ceasefire;
    const declaredByPath = ["terms", "ceasefire", "declaredBy", "value"];
    if (declaredBy.value !== null && !ids.has(declaredBy.value)) {
      ctx.addIssue({ code: "custom", path: declaredByPath, message: `"${declaredBy.value}" is not one of the scenario's parties` });
    }
    if (type.value === "unilateral" && declaredBy.value === null) {
      ctx.addIssue({ code: "custom", path: declaredByPath, message: "A unilateral ceasefire needs the party that declared it" });
    }
  });
export type ScenarioDocument = z.infer<typeof ScenarioDocument>;
export type TermValue<T> = { value: T | null; status: z.infer<typeof status>; note: string };
