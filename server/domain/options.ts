// The closed vocabularies of the scenario model. Schemas, the issue catalogue and the
// forms all read these lists, so an option is added in one place.

export const TERM_STATUSES = ["reported", "claimed", "estimate", "assumption", "proposed"] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const PARTY_ROLES = ["party", "mediator", "observer"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const CEASEFIRE_TYPES = ["none", "unilateral", "mutual", "comprehensive"] as const;
export const CEASEFIRE_SCOPES = ["whole_front", "air", "sea", "energy_infrastructure"] as const;
export const MONITORING = ["none", "parties", "third_party", "un_osce"] as const;
export const OPEN_ENDED = "open_ended" as const;

export const BORDER_SEGMENTS = [
  "chernihiv_bryansk",
  "sumy_bryansk",
  "sumy_kursk",
  "kharkiv_belgorod",
  "luhansk_russia",
  "donetsk_russia",
  "line_of_contact",
] as const;
export const BUFFER_POLICING = ["russia", "ukraine", "joint", "third_party", "un_osce"] as const;

export const NATO_PATHS = ["open", "deferred", "renounced"] as const;
export const FOREIGN_TROOPS = ["none", "non_combat", "reassurance_force", "unrestricted"] as const;
export const GUARANTEES = ["none", "bilateral", "multilateral", "multilateral_article5"] as const;

export const SANCTIONS_RELIEF = ["none", "partial", "staged", "full"] as const;
export const PRISONER_EXCHANGE = ["none", "partial", "all_for_all"] as const;
export const NUCLEAR_PLANT_CONTROL = ["russia", "ukraine", "us_operated", "international"] as const;
export const RECOGNITION = ["none", "de_facto", "de_jure"] as const;

export const ZONES = ["none", "buffer", "demilitarised"] as const;

// Added in schema version 2: the terms of the positions put forward since May 2025.
/** Who puts a position forward (a scenario's proposers; empty for lines of control and users' own). */
export const ACTORS = ["russia", "ukraine", "united_states", "europe"] as const;
export type Actor = (typeof ACTORS)[number];
/** What a scenario's date means: when the position was put forward, or the day the figures describe. */
export const DATE_KINDS = ["put_forward", "as_of"] as const;
export const CONFIDENCE = ["high", "medium", "low"] as const;
/**
 * How a region's figures were arrived at, so that they can be recomputed against another line:
 * "line" follows the line of control of the scenario's date; "whole_russia"/"whole_ukraine" give the
 * whole region to one side whatever the line; "entered" figures stand as typed.
 */
export const REGION_BASES = ["entered", "line", "whole_russia", "whole_ukraine"] as const;
export type RegionBasis = (typeof REGION_BASES)[number];

export const SECURITY_NON_NUCLEAR = ["non_nuclear", "nuclear_unrestricted"] as const;
export const FORCE_LIMITS = ["no_limits", "capped"] as const;
export const ELECTION_TIMING = ["no_elections", "within_days", "as_soon_as_possible"] as const;
export const ELECTION_TRIGGERS = ["signing", "end_of_martial_law", "ceasefire"] as const;
export const AMNESTY = ["no_amnesty", "mutual_amnesty", "full_amnesty"] as const;
export const ASSET_USES = ["stay_frozen", "reconstruction", "returned", "split"] as const;
export const REPARATIONS = ["claims_waived", "russia_compensates"] as const;
export const EU_PATHS = ["eu_blocked", "eu_open", "eu_target_date"] as const;
export const OVERSIGHT_BODIES = ["no_oversight", "peace_council", "unsc_resolution"] as const;
export const RATIFICATION = ["parliament", "referendum", "parliament_and_referendum"] as const;
export const LANGUAGE_CLAUSES = ["no_language_clause", "russian_official", "minority_rights"] as const;
export const CHURCH_CLAUSES = ["no_church_clause", "uoc_restrictions_lifted", "religious_tolerance"] as const;
export const SPECIAL_ZONES = ["no_special_zone", "demilitarised_zone", "free_economic_zone"] as const;
export const ZONE_JURISDICTION = ["russia", "ukraine", "international_mandate"] as const;
export const ZONE_ENTRY = ["no_forces", "ukrainian_police", "russian_national_guard", "international_monitors"] as const;
export const SANCTIONS_SNAPBACK = ["snapback", "no_snapback"] as const;
export type Zone = (typeof ZONES)[number];

export const OPTION_LABELS: Record<string, string> = {
  // statuses
  reported: "Reported",
  claimed: "Claimed",
  estimate: "Estimate",
  assumption: "Assumption",
  proposed: "Proposed",
  // party roles
  party: "Party",
  mediator: "Mediator",
  observer: "Observer",
  // ceasefire
  none: "None",
  unilateral: "Unilateral",
  mutual: "Mutual",
  comprehensive: "Comprehensive",
  whole_front: "Whole front (land)",
  air: "Air",
  sea: "Sea",
  energy_infrastructure: "Energy infrastructure",
  parties: "The parties",
  third_party: "A third party",
  un_osce: "UN / OSCE",
  open_ended: "Open-ended",
  // buffer zone
  chernihiv_bryansk: "Chernihiv – Bryansk",
  sumy_bryansk: "Sumy – Bryansk",
  sumy_kursk: "Sumy – Kursk",
  kharkiv_belgorod: "Kharkiv – Belgorod",
  luhansk_russia: "Luhansk – Russia",
  donetsk_russia: "Donetsk – Russia",
  line_of_contact: "Line of contact",
  russia: "Russia",
  ukraine: "Ukraine",
  joint: "Joint",
  // security
  open: "Open",
  deferred: "Deferred",
  renounced: "Renounced",
  non_combat: "Non-combat only (trainers, advisers)",
  reassurance_force: "European reassurance force",
  unrestricted: "No limits",
  bilateral: "Bilateral",
  multilateral: "Multilateral (group of willing states)",
  multilateral_article5: "Multilateral, Article-5-like",
  // other terms
  partial: "Partial",
  staged: "Staged (eased step by step)",
  full: "Full",
  all_for_all: "All for all",
  us_operated: "Ukraine, U.S.-operated",
  international: "International (IAEA) administration",
  de_facto: "De facto",
  de_jure: "De jure",
  // zones
  buffer: "Buffer zone",
  demilitarised: "Demilitarised zone",
  // context (schema 2)
  united_states: "United States",
  europe: "Europe",
  put_forward: "Put forward on",
  as_of: "As of",
  high: "High",
  medium: "Medium",
  low: "Low",
  entered: "As entered",
  line: "Line of control of the scenario's date",
  whole_russia: "All of the region to Russia",
  whole_ukraine: "All of the region to Ukraine",
  // terms added in schema 2
  non_nuclear: "Non-nuclear (no nuclear weapons)",
  nuclear_unrestricted: "No restriction",
  no_limits: "No limits",
  capped: "Capped",
  no_elections: "No elections required",
  within_days: "Within a number of days",
  as_soon_as_possible: "As soon as possible",
  signing: "Signing the deal",
  end_of_martial_law: "End of martial law",
  ceasefire: "The ceasefire",
  no_amnesty: "None",
  mutual_amnesty: "Mutual",
  full_amnesty: "Full (all parties, all acts of war)",
  stay_frozen: "Stay frozen",
  reconstruction: "Used for Ukraine's reconstruction",
  returned: "Returned to Russia",
  split: "Split (part to reconstruction, part to joint funds)",
  claims_waived: "Claims waived on both sides",
  russia_compensates: "Russia compensates Ukraine",
  eu_blocked: "Blocked",
  eu_open: "Open",
  eu_target_date: "With a target date",
  no_oversight: "None",
  peace_council: "A peace council",
  unsc_resolution: "UN Security Council resolution",
  parliament: "Parliament",
  referendum: "Referendum",
  parliament_and_referendum: "Parliament and referendum",
  no_language_clause: "None",
  russian_official: "Russian as an official language",
  minority_rights: "Minority language rights",
  no_church_clause: "None",
  uoc_restrictions_lifted: "Restrictions on the Moscow-linked church lifted",
  religious_tolerance: "Religious tolerance clause",
  no_special_zone: "None",
  demilitarised_zone: "Demilitarised zone",
  free_economic_zone: "Free economic zone",
  international_mandate: "International administration",
  no_forces: "No armed forces",
  ukrainian_police: "Ukrainian police",
  russian_national_guard: "Russian National Guard (Rosgvardia)",
  international_monitors: "International monitors",
  snapback: "With snapback",
  no_snapback: "No snapback",
};

export function optionLabel(value: string): string {
  return OPTION_LABELS[value] ?? value;
}
