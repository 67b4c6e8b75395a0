import { CURRENT_SCHEMA_VERSION, type Party, type RegionTerm, type ScenarioDocument, type Terms, type Territory } from "./scenario.ts";
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
    ceasefire: { type: open(), declaredBy: open(), startDate: open(), duration: open(), scope: open(), monitoring: open(), conditions: open() },
    bufferZone: { segments: open(), depthKm: open(), policedBy: open() },
    security: { natoPath: open(), foreignTroops: open(), guarantees: open() },
    sanctions: { relief: open() },
    prisoners: { exchange: open() },
    nuclearPlant: { control: open() },
    recognition: { crimea: open(), otherOccupied: open() },
  };
}

export function newScenarioDocument(title = "Untitled scenario", territory?: Territory): ScenarioDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title,
    summary: "",
    parties: DEFAULT_PARTIES.map((p) => ({ ...p })),
    terms: openTerms(territory),
  };
}
