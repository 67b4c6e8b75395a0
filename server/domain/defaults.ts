import {
  CURRENT_SCHEMA_VERSION,
  type Party,
  type ScenarioContext,
  type RegionTerm,
  type ScenarioDocument,
  type Terms,
  type Territory,
} from "./scenario.ts";
import { REGIONS } from "./reference/regions.ts";

export const DEFAULT_PARTIES: Party[] = [
  { id: "russia", name: "Russia", role: "party" },
  { id: "ukraine", name: "Ukraine", role: "party" },
  { id: "united-states", name: "United States", role: "mediator" },
];

const open = () => ({ value: null, status: null, note: "" });

/** Each region held wholly by the country it belongs to: the internationally recognised borders. */
export function recognisedBorders(): Territory {
  return Object.fromEntries(
    REGIONS.map((r): [string, RegionTerm] => [
      r.id,
      {
        russiaKm2: r.country === "RU" ? r.areaKm2 : 0,
        ukraineKm2: r.country === "UA" ? r.areaKm2 : 0,
        contestedKm2: 0,
        zone: "none",
        basis: "entered",
        status: null,
        note: "",
      },
    ]),
  ) as Territory;
}

/** Terms with every issue left open (not specified). */
export function openTerms(territory: Territory = recognisedBorders()): Terms {
  return {
    territory,
    ceasefire: {
      type: open(),
      declaredBy: open(),
      startDate: open(),
      duration: open(),
      scope: open(),
      monitoring: open(),
      conditions: open(),
    },
    bufferZone: { segments: open(), depthKm: open(), policedBy: open() },
    security: { natoPath: open(), foreignTroops: open(), guarantees: open(), guaranteeYears: open(), nonNuclear: open() },
    sanctions: { relief: open(), snapback: open() },
    prisoners: { exchange: open() },
    nuclearPlant: { control: open() },
    recognition: { crimea: open(), otherOccupied: open() },
    ...openTermsAddedInVersion2(),
  };
}

/** The issues schema version 2 added (besides new terms of security and sanctions). */
export const VERSION_2_ISSUES = [
  "forces",
  "specialZone",
  "elections",
  "amnesty",
  "assets",
  "eu",
  "society",
  "oversight",
  "ratification",
] as const;

/** The issues schema version 2 added, all open: new documents and upgraded version-1 documents start with these. */
export function openTermsAddedInVersion2(): Pick<Terms, (typeof VERSION_2_ISSUES)[number]> {
  return {
    forces: { limits: open(), peacetimeTroops: open() },
    specialZone: { kind: open(), where: open(), jurisdiction: open(), entry: open() },
    elections: { timing: open(), withinDays: open(), after: open() },
    amnesty: { scope: open() },
    assets: { frozenAssets: open(), amountUsdBn: open(), reparations: open() },
    eu: { membership: open(), targetDate: open() },
    society: { language: open(), church: open() },
    oversight: { body: open(), chair: open() },
    ratification: { by: open() },
  };
}

/** No date, no proposer: a user's own scenario. */
export function emptyContext(): ScenarioContext {
  return { date: null, dateKind: "put_forward", proposedBy: [], answers: null, confidence: null, sources: "" };
}

export function newScenarioDocument(title = "Untitled scenario", territory?: Territory): ScenarioDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title,
    summary: "",
    context: emptyContext(),
    parties: DEFAULT_PARTIES.map((p) => ({ ...p })),
    terms: openTerms(territory),
  };
}
