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
};

export function optionLabel(value: string): string {
  return OPTION_LABELS[value] ?? value;
}
