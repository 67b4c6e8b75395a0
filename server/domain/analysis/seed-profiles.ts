import { PROFILE_SET_SCHEMA_VERSION, type PartyProfile, type ProfileSetDocument } from "./model.ts";

// Parley's starting assumptions about what each party wants. They are an analyst's reading of the
// stated positions (see the seed scenarios and their sources), not anyone's published utility
// function: the UI labels them "assumption" everywhere, and every number is editable.

const territory = (ukraine: number, line: number, russia: number) => ({ ukraine, line, russia });

const russia: PartyProfile = {
  partyId: "russia",
  name: "Russia",
  weights: {
    kharkiv: 4,
    zaporizhzhia: 12,
    kherson: 10,
    donetsk: 15,
    luhansk: 10,
    crimea: 15,
    kursk: 5,
    ceasefire: 4,
    nato: 14,
    guarantees: 6,
    sanctions: 10,
  },
  values: {
    kharkiv: territory(30, 50, 100),
    zaporizhzhia: territory(0, 60, 100),
    kherson: territory(0, 60, 100),
    donetsk: territory(0, 55, 100),
    luhansk: territory(0, 95, 100),
    crimea: { ukraine: 0, russia: 100 },
    kursk: { russia: 100, strip: 0 },
    ceasefire: { none: 50, unilateral: 70, mutual: 60, comprehensive: 40 },
    nato: { open: 0, deferred: 50, renounced: 100 },
    guarantees: { none: 100, bilateral: 60, multilateral: 40, multilateral_article5: 0 },
    sanctions: { none: 0, partial: 50, staged: 55, full: 100 },
  },
  reservation: 55,
  rationale:
    "Assumption. Russia's June 2024 conditions claim the four regions in full, Crimea, neutrality and the end of sanctions; " +
    "a unilateral truce on its own terms suits it better than a monitored, comprehensive one. A high reservation value: with Kursk " +
    "retaken it expects to keep advancing if talks fail.",
};

const ukraine: PartyProfile = {
  partyId: "ukraine",
  name: "Ukraine",
  weights: {
    kharkiv: 8,
    zaporizhzhia: 12,
    kherson: 10,
    donetsk: 12,
    luhansk: 6,
    crimea: 6,
    kursk: 2,
    ceasefire: 12,
    nato: 8,
    guarantees: 18,
    sanctions: 6,
  },
  values: {
    kharkiv: territory(100, 85, 0),
    zaporizhzhia: territory(100, 40, 0),
    kherson: territory(100, 40, 0),
    donetsk: territory(100, 45, 0),
    luhansk: territory(100, 50, 0),
    crimea: { ukraine: 100, russia: 25 },
    kursk: { russia: 60, strip: 100 },
    ceasefire: { none: 10, unilateral: 20, mutual: 70, comprehensive: 100 },
    nato: { open: 100, deferred: 60, renounced: 10 },
    guarantees: { none: 0, bilateral: 40, multilateral: 60, multilateral_article5: 100 },
    sanctions: { none: 100, partial: 55, staged: 75, full: 0 },
  },
  reservation: 45,
  rationale:
    "Assumption. The April 2025 counter-proposal puts a full ceasefire and Article-5-like guarantees first, talks about land from the " +
    "line of contact and refuses recognition; the lost Kursk leverage lowers what Ukraine can expect if talks fail.",
};

const unitedStates: PartyProfile = {
  partyId: "united-states",
  name: "United States",
  weights: {
    kharkiv: 3,
    zaporizhzhia: 4,
    kherson: 4,
    donetsk: 4,
    luhansk: 3,
    crimea: 4,
    kursk: 2,
    ceasefire: 30,
    nato: 10,
    guarantees: 12,
    sanctions: 14,
  },
  values: {
    kharkiv: territory(90, 70, 20),
    zaporizhzhia: territory(70, 80, 30),
    kherson: territory(70, 80, 30),
    donetsk: territory(70, 80, 30),
    luhansk: territory(70, 80, 40),
    crimea: { ukraine: 40, russia: 70 },
    kursk: { russia: 70, strip: 50 },
    ceasefire: { none: 0, unilateral: 20, mutual: 75, comprehensive: 100 },
    nato: { open: 30, deferred: 70, renounced: 80 },
    guarantees: { none: 40, bilateral: 50, multilateral: 90, multilateral_article5: 40 },
    sanctions: { none: 30, partial: 60, staged: 70, full: 80 },
  },
  reservation: 40,
  rationale:
    "Assumption. As mediator the U.S. wants a general ceasefire above all; its April 2025 proposal freezes the line, returns Kharkiv, " +
    "recognises Crimea, rules out NATO membership, leaves guarantees to European states and lifts sanctions.",
};

export const SEED_PROFILE_SET_KEY = "analyst-assumptions-2025-05";

export function seedProfileSet(): ProfileSetDocument {
  return {
    schemaVersion: PROFILE_SET_SCHEMA_VERSION,
    name: "Analyst assumptions, May 2025",
    description:
      "Parley's starting assumptions about Russia's, Ukraine's and the United States' priorities, read from the positions in the seed " +
      "scenarios. They are assumptions, not published preferences: change any weight, value or reservation value.",
    parties: [russia, ukraine, unitedStates].map((p) => structuredClone(p)),
  };
}
