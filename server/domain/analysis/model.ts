import "../zod.ts";
import * as z from "zod";
import { NATO_PATHS, CEASEFIRE_TYPES, SANCTIONS_RELIEF, GUARANTEES, optionLabel } from "../options.ts";
import type { RegionId } from "../reference/regions.ts";
import { plainText } from "../text.ts";

// The negotiation-analysis model: the dimensions an outcome can vary on, each party's profile of
// weights, values and reservation value (analyst assumptions, always labelled as such), and the
// outcome space a person picks.

/** A territorial dimension: who holds a group of regions, as Russia's share of the group's area. */
export interface TerritoryDimension {
  kind: "territory";
  id: string;
  label: string;
  regionIds: RegionId[];
  /** Options as Russia's share (0–1) of the group's area, ascending. */
  options: { id: string; label: string; russiaShare: number }[];
}

/** A term dimension: a catalogue term (e.g. "security.natoPath") and its options. */
export interface TermDimension {
  kind: "term";
  id: string;
  label: string;
  termId: string;
  options: { id: string; label: string }[];
}

export type Dimension = TerritoryDimension | TermDimension;

const choices = (values: readonly string[]) => values.map((id) => ({ id, label: optionLabel(id) }));

const territory = (
  id: string,
  label: string,
  regionIds: RegionId[],
  lineShare: number,
  lineLabel = "Line of May 2025",
): TerritoryDimension => ({
  kind: "territory",
  id,
  label,
  regionIds,
  options: [
    { id: "ukraine", label: "Ukraine holds all", russiaShare: 0 },
    ...(lineShare > 0 && lineShare < 1 ? [{ id: "line", label: lineLabel, russiaShare: lineShare }] : []),
    { id: "russia", label: "Russia holds all", russiaShare: 1 },
  ],
});

/**
 * Every dimension Parley can analyse. Territorial lines are the status quo of early May 2025
 * (see seeds/status-quo.ts): Russia's share of each group's official area.
 */
export const DIMENSIONS: readonly Dimension[] = [
  territory("kharkiv", "Kharkiv region", ["UA-63"], 1150 / 31415),
  territory("zaporizhzhia", "Zaporizhzhia region", ["UA-23"], 19787 / 27180),
  territory("kherson", "Kherson region", ["UA-65"], 20492 / 28461),
  territory("donetsk", "Donetsk region", ["UA-14"], 18562 / 26517),
  territory("luhansk", "Luhansk region", ["UA-09"], 26484 / 26684),
  territory("crimea", "Crimea and Sevastopol", ["UA-43", "UA-40"], 1),
  {
    kind: "territory",
    id: "kursk",
    label: "Kursk border strip",
    regionIds: ["RU-KRS"],
    options: [
      { id: "russia", label: "Russia holds all of Kursk region", russiaShare: 1 },
      // The incursion's peak: about 1,268–1,376 km² (Russian and Ukrainian General Staff figures).
      { id: "strip", label: "Ukraine holds ≈1,300 km² (Aug 2024 peak)", russiaShare: (29997 - 1300) / 29997 },
    ],
  },
  { kind: "term", id: "ceasefire", label: "Ceasefire", termId: "ceasefire.type", options: choices(CEASEFIRE_TYPES) },
  { kind: "term", id: "nato", label: "Ukraine's NATO path", termId: "security.natoPath", options: choices(NATO_PATHS) },
  { kind: "term", id: "guarantees", label: "Security guarantees", termId: "security.guarantees", options: choices(GUARANTEES) },
  {
    kind: "term",
    id: "sanctions",
    label: "Sanctions relief for Russia",
    termId: "sanctions.relief",
    options: choices(SANCTIONS_RELIEF),
  },
];

export const DIMENSION_IDS = DIMENSIONS.map((d) => d.id);

export function dimensionById(id: string): Dimension | undefined {
  return DIMENSIONS.find((d) => d.id === id);
}

const score = z.number().finite().min(0, "At least 0").max(100, "At most 100");

/** One party's preferences: weights per dimension, a 0–100 value per option, and a reservation value. */
/** Lengths of a profile set's texts, in characters. */
export const PROFILE_SET_LIMITS = {
  nameLength: 200,
  descriptionLength: 4000,
  partyNameLength: 80,
  rationaleLength: 2000,
} as const;

export const PartyProfile = z.strictObject({
  partyId: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/),
  name: plainText(PROFILE_SET_LIMITS.partyNameLength).pipe(z.string().min(1, "Name the party")),
  /** Relative importance of each dimension; normalised when scoring. Missing = 0. */
  weights: z.record(z.string().max(40), z.number().finite().min(0, "Weights cannot be negative").max(100)),
  /** values[dimensionId][optionId] in 0–100. For territory, values are at the options' shares and interpolated between. */
  values: z.record(z.string().max(40), z.record(z.string().max(40), score)),
  /** What the party expects if talks fail (0–100): it accepts a package worth at least this. */
  reservation: score,
  /** Why the analyst chose these numbers. */
  rationale: plainText(PROFILE_SET_LIMITS.rationaleLength),
});
export type PartyProfile = z.infer<typeof PartyProfile>;

export const PROFILE_SET_SCHEMA_VERSION = 1;

/** A named set of party profiles: saved, shared by link, always labelled as analyst assumptions. */
export const ProfileSetDocument = z
  .strictObject({
    schemaVersion: z.literal(PROFILE_SET_SCHEMA_VERSION),
    name: plainText(PROFILE_SET_LIMITS.nameLength).pipe(z.string().min(1, "Name the profile set")),
    description: plainText(PROFILE_SET_LIMITS.descriptionLength),
    parties: z.array(PartyProfile).min(2, "At least two parties").max(6, "At most six parties"),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.parties.forEach((p, i) => {
      if (seen.has(p.partyId))
        ctx.addIssue({ code: "custom", path: ["parties", i, "partyId"], message: `Party "${p.partyId}" appears twice` });
      seen.add(p.partyId);
      for (const [dimensionId, weight] of Object.entries(p.weights)) {
        if (!dimensionById(dimensionId))
          ctx.addIssue({
            code: "custom",
            path: ["parties", i, "weights", dimensionId],
            message: `Unknown dimension "${dimensionId}"`,
          });
        else if (weight > 0 && !p.values[dimensionId])
          ctx.addIssue({
            code: "custom",
            path: ["parties", i, "values", dimensionId],
            message: "A weighted dimension needs values",
          });
      }
      for (const [dimensionId, options] of Object.entries(p.values)) {
        const dimension = dimensionById(dimensionId);
        if (!dimension) {
          ctx.addIssue({
            code: "custom",
            path: ["parties", i, "values", dimensionId],
            message: `Unknown dimension "${dimensionId}"`,
          });
          continue;
        }
        for (const option of dimension.options) {
          if (options[option.id] === undefined)
            ctx.addIssue({
              code: "custom",
              path: ["parties", i, "values", dimensionId, option.id],
              message: `Give a value for "${option.label}"`,
            });
        }
        for (const optionId of Object.keys(options)) {
          if (!dimension.options.some((o) => o.id === optionId))
            ctx.addIssue({
              code: "custom",
              path: ["parties", i, "values", dimensionId, optionId],
              message: `Unknown option "${optionId}"`,
            });
        }
      }
    });
  });
export type ProfileSetDocument = z.infer<typeof ProfileSetDocument>;

/** The outcome space a person picks: dimensions in play and, for each, the options considered. */
export const OutcomeSpace = z
  .array(
    z.strictObject({
      dimensionId: z.string().max(40),
      optionIds: z.array(z.string().max(40)).min(1, "Pick at least one option").max(10),
    }),
  )
  .min(1, "Pick at least one issue")
  .max(DIMENSIONS.length)
  .superRefine((space, ctx) => {
    const seen = new Set<string>();
    space.forEach((entry, i) => {
      const dimension = dimensionById(entry.dimensionId);
      if (!dimension)
        ctx.addIssue({ code: "custom", path: [i, "dimensionId"], message: `Unknown dimension "${entry.dimensionId}"` });
      else {
        entry.optionIds.forEach((o, j) => {
          if (!dimension.options.some((x) => x.id === o))
            ctx.addIssue({ code: "custom", path: [i, "optionIds", j], message: `Unknown option "${o}"` });
        });
        if (new Set(entry.optionIds).size !== entry.optionIds.length)
          ctx.addIssue({ code: "custom", path: [i, "optionIds"], message: "Each option at most once" });
      }
      if (seen.has(entry.dimensionId))
        ctx.addIssue({ code: "custom", path: [i, "dimensionId"], message: "Each issue at most once" });
      seen.add(entry.dimensionId);
    });
  });
export type OutcomeSpace = z.infer<typeof OutcomeSpace>;
