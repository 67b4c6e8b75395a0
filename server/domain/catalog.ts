import {
  AMNESTY,
  ASSET_USES,
  CHURCH_CLAUSES,
  ELECTION_TIMING,
  ELECTION_TRIGGERS,
  EU_PATHS,
  FORCE_LIMITS,
  LANGUAGE_CLAUSES,
  OVERSIGHT_BODIES,
  RATIFICATION,
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
  optionLabel,
  PRISONER_EXCHANGE,
  RECOGNITION,
  SANCTIONS_RELIEF,
  TERM_STATUSES,
  ZONES,
} from "./options.ts";
import { REGIONS, UKRAINE_AREA_KM2 } from "./reference/regions.ts";
import { LIMITS, type Terms } from "./scenario.ts";

// The issue catalogue: every negotiable issue, its terms, and each term's options. Forms, the API's
// catalog.get and (later) diffs read it; term ids ("ceasefire.type") are stable keys.

export type IssueId = Exclude<keyof Terms, "territory">;

export type TermKind =
  | { kind: "choice"; options: readonly string[] }
  | { kind: "multi"; options: readonly string[] }
  | { kind: "party" }
  | { kind: "date" }
  | { kind: "duration" }
  | { kind: "number"; unit: string; max: number; min?: number; integer?: boolean }
  | { kind: "text"; maxLength: number };

export type TermSpec = TermKind & {
  /** Stable id: `<issue>.<term>`, also the term's path under `terms`. */
  id: string;
  label: string;
  help?: string;
};

export interface IssueSpec {
  id: IssueId | "territory";
  label: string;
  description: string;
  terms: TermSpec[];
}

const choice = (options: readonly string[]) => ({ kind: "choice" as const, options });
const multi = (options: readonly string[]) => ({ kind: "multi" as const, options });

export const ISSUES: readonly IssueSpec[] = [
  {
    id: "territory",
    label: "Territory",
    description:
      "Who holds how many km² of each region, and whether it lies (wholly or partly) in a buffer or demilitarised zone.",
    terms: [],
  },
  {
    id: "ceasefire",
    label: "Ceasefire",
    description: "Whether the fighting stops, from when, for how long, where, and who watches.",
    terms: [
      { id: "ceasefire.type", label: "Type", ...choice(CEASEFIRE_TYPES) },
      {
        id: "ceasefire.declaredBy",
        label: "Declared by",
        kind: "party",
        help: "For a unilateral ceasefire: the party that declared it.",
      },
      { id: "ceasefire.startDate", label: "Start date", kind: "date" },
      { id: "ceasefire.duration", label: "Duration", kind: "duration", help: "In days, or open-ended." },
      { id: "ceasefire.scope", label: "Scope", ...multi(CEASEFIRE_SCOPES) },
      { id: "ceasefire.monitoring", label: "Monitoring", ...choice(MONITORING) },
      { id: "ceasefire.conditions", label: "Conditions", kind: "text", maxLength: 2000 },
    ],
  },
  {
    id: "bufferZone",
    label: "Buffer zone",
    description: "A strip along the border kept free of forces: where, how deep, and who polices it.",
    terms: [
      { id: "bufferZone.segments", label: "Border segments", ...multi(BORDER_SEGMENTS) },
      { id: "bufferZone.depthKm", label: "Depth", kind: "number", unit: "km", max: 200 },
      { id: "bufferZone.policedBy", label: "Policed by", ...choice(BUFFER_POLICING) },
    ],
  },
  {
    id: "security",
    label: "Security",
    description: "Ukraine's alliances and who guarantees the settlement.",
    terms: [
      { id: "security.natoPath", label: "Ukraine's NATO path", ...choice(NATO_PATHS) },
      { id: "security.foreignTroops", label: "Foreign troops in Ukraine", ...choice(FOREIGN_TROOPS) },
      { id: "security.guarantees", label: "Security guarantees", ...choice(GUARANTEES) },
      {
        id: "security.guaranteeYears",
        label: "Guarantees last",
        kind: "number",
        unit: "years",
        min: 1,
        max: LIMITS.maxGuaranteeYears,
        integer: true,
      },
      { id: "security.nonNuclear", label: "Ukraine's nuclear status", ...choice(SECURITY_NON_NUCLEAR) },
    ],
  },
  {
    id: "sanctions",
    label: "Sanctions",
    description: "Relief from the sanctions on Russia.",
    terms: [
      { id: "sanctions.relief", label: "Sanctions relief for Russia", ...choice(SANCTIONS_RELIEF) },
      { id: "sanctions.snapback", label: "Snapback if Russia breaks the deal", ...choice(SANCTIONS_SNAPBACK) },
    ],
  },
  {
    id: "prisoners",
    label: "Prisoners",
    description: "Exchange of prisoners of war.",
    terms: [{ id: "prisoners.exchange", label: "Prisoner exchange", ...choice(PRISONER_EXCHANGE) }],
  },
  {
    id: "nuclearPlant",
    label: "Zaporizhzhia nuclear plant",
    description: "Who controls and operates Europe's largest nuclear power plant.",
    terms: [{ id: "nuclearPlant.control", label: "Control of the plant", ...choice(NUCLEAR_PLANT_CONTROL) }],
  },
  {
    id: "recognition",
    label: "Recognition",
    description: "Whether Russia's control of occupied land is recognised, and how.",
    terms: [
      { id: "recognition.crimea", label: "Of Russian control of Crimea", ...choice(RECOGNITION) },
      { id: "recognition.otherOccupied", label: "Of Russian control of other occupied land", ...choice(RECOGNITION) },
    ],
  },
  {
    id: "forces",
    label: "Ukraine's armed forces",
    description: "Whether the size of Ukraine's armed forces is limited, and to how many.",
    terms: [
      { id: "forces.limits", label: "Limits on Ukraine's forces", ...choice(FORCE_LIMITS) },
      {
        id: "forces.peacetimeTroops",
        label: "Troops allowed in peacetime",
        kind: "number",
        unit: "troops",
        max: LIMITS.maxTroops,
        integer: true,
      },
    ],
  },
  {
    id: "specialZone",
    label: "Demilitarised or economic zone",
    description:
      "A zone on land Ukraine now holds that it would leave (e.g. the rest of Donetsk): what it becomes, whose law applies and who may enter.",
    terms: [
      { id: "specialZone.kind", label: "Kind of zone", ...choice(SPECIAL_ZONES) },
      { id: "specialZone.where", label: "Where", kind: "text", maxLength: LIMITS.conditionsLength },
      { id: "specialZone.jurisdiction", label: "Under whose law", ...choice(ZONE_JURISDICTION) },
      { id: "specialZone.entry", label: "Who may enter", ...multi(ZONE_ENTRY) },
    ],
  },
  {
    id: "elections",
    label: "Elections in Ukraine",
    description: "Whether and when Ukraine holds presidential and parliamentary elections.",
    terms: [
      { id: "elections.timing", label: "Elections", ...choice(ELECTION_TIMING) },
      {
        id: "elections.withinDays",
        label: "Within",
        kind: "number",
        unit: "days",
        min: 1,
        max: LIMITS.maxElectionDays,
        integer: true,
      },
      { id: "elections.after", label: "Counted from", ...choice(ELECTION_TRIGGERS) },
    ],
  },
  {
    id: "amnesty",
    label: "Amnesty",
    description: "Whether acts committed in the war are amnestied, and for whom.",
    terms: [{ id: "amnesty.scope", label: "Amnesty", ...choice(AMNESTY) }],
  },
  {
    id: "assets",
    label: "Frozen assets and reparations",
    description: "What happens to Russia's frozen sovereign assets, and who pays for the damage.",
    terms: [
      { id: "assets.frozenAssets", label: "Frozen Russian assets", ...choice(ASSET_USES) },
      { id: "assets.amountUsdBn", label: "Amount", kind: "number", unit: "bn US$", max: LIMITS.maxAssetsUsdBn },
      { id: "assets.reparations", label: "Reparations", ...choice(REPARATIONS) },
    ],
  },
  {
    id: "eu",
    label: "EU membership",
    description: "Ukraine's path into the European Union.",
    terms: [
      { id: "eu.membership", label: "Ukraine's EU path", ...choice(EU_PATHS) },
      { id: "eu.targetDate", label: "Target date", kind: "date" },
    ],
  },
  {
    id: "society",
    label: "Language and church",
    description: "Clauses on the Russian language and on the church linked to Moscow.",
    terms: [
      { id: "society.language", label: "Language", ...choice(LANGUAGE_CLAUSES) },
      { id: "society.church", label: "Church", ...choice(CHURCH_CLAUSES) },
    ],
  },
  {
    id: "oversight",
    label: "Oversight of the deal",
    description: "Who oversees that the deal is kept.",
    terms: [
      { id: "oversight.body", label: "Overseen by", ...choice(OVERSIGHT_BODIES) },
      { id: "oversight.chair", label: "Chaired by", kind: "text", maxLength: LIMITS.partyNameLength },
    ],
  },
  {
    id: "ratification",
    label: "Ratification",
    description: "How the deal becomes binding in Ukraine.",
    terms: [{ id: "ratification.by", label: "Ratified by", ...choice(RATIFICATION) }],
  },
];

/** Every non-territory term, in catalogue order. */
export const TERM_SPECS: readonly TermSpec[] = ISSUES.flatMap((issue) => issue.terms);

/** The catalogue as served by `catalog.get`: plain data, labels resolved. */
export function catalogue() {
  return {
    issues: ISSUES.map((issue) => ({
      ...issue,
      terms: issue.terms.map((t) => ({
        ...t,
        options: "options" in t ? t.options.map((value) => ({ value, label: optionLabel(value) })) : undefined,
      })),
    })),
    statuses: TERM_STATUSES.map((value) => ({ value, label: optionLabel(value) })),
    zones: ZONES.map((value) => ({ value, label: optionLabel(value) })),
    regions: REGIONS.map((r) => ({ ...r })),
    ukraineAreaKm2: UKRAINE_AREA_KM2,
  };
}
