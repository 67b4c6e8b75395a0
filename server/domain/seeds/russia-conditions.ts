import { newScenarioDocument } from "../defaults.ts";
import { regionById, type RegionId } from "../reference/regions.ts";
import type { ScenarioDocument } from "../scenario.ts";
import { cite, SOURCES } from "./sources.ts";
import { statusQuoTerritory, territoryWith } from "./status-quo.ts";

const CLAIMED_WHOLE: RegionId[] = ["UA-09", "UA-14", "UA-23", "UA-65"];
const BORDER_REGIONS: RegionId[] = ["UA-74", "UA-59", "UA-63"];
const BUFFER_NOTE =
  "Putin called for a buffer zone along the border (May 2025); no depth or line was given, so which part of the region it covers is open.";

export function russiaConditions(): ScenarioDocument {
  const line = statusQuoTerritory();
  const territory = territoryWith(line, {
    ...Object.fromEntries(
      CLAIMED_WHOLE.map((id) => [
        id,
        {
          russiaKm2: regionById(id)!.areaKm2,
          contestedKm2: 0,
          status: "proposed",
          note: `${SOURCES.putinJune2024}: Ukraine withdraws from the whole region within its administrative borders, including land Russia does not hold.`,
        },
      ]),
    ),
    "UA-43": { status: "proposed", note: "To be recognised as Russian in international agreements." },
    "UA-40": { status: "proposed", note: "To be recognised as Russian in international agreements." },
    ...Object.fromEntries(
      BORDER_REGIONS.map((id) => [
        id,
        {
          zone: "buffer",
          status: id === "UA-63" ? "assumption" : "proposed",
          note:
            id === "UA-63"
              ? `Not named in the 2024 conditions; the line of early May 2025 is assumed. ${BUFFER_NOTE}`
              : BUFFER_NOTE,
        },
      ]),
    ),
    "UA-48": { status: "assumption", note: "Not named in the conditions; the line of early May 2025 (Kinburn spit) is assumed." },
    "RU-KRS": {
      russiaKm2: 29997,
      contestedKm2: 0,
      ukraineKm2: 0,
      status: "claimed",
      note: `${SOURCES.gerasimov}: all of Kursk region retaken.`,
    },
  });
  const doc = newScenarioDocument("Russia's conditions (June 2024, with the buffer zone of May 2025)", territory);
  doc.summary =
    "Putin's terms of June 2024: Ukraine pulls out of all of Donetsk, Luhansk, Zaporizhzhia and Kherson regions and renounces NATO, " +
    "then a ceasefire; in a settlement Ukraine is neutral and non-nuclear with limits on its forces, the annexed regions are recognised " +
    "as Russian, and Western sanctions end. Added: the border buffer zone Putin called for in May 2025, whose extent he did not state.";
  doc.context = {
    date: "2024-06-14",
    dateKind: "put_forward",
    proposedBy: ["russia"],
    answers: null,
    confidence: "high",
    sources: `${SOURCES.putinJune2024}; ${SOURCES.report}`,
  };
  const t = doc.terms;
  const stated = (statement: string) => ({ status: "proposed" as const, note: cite(SOURCES.putinJune2024, statement) });
  t.ceasefire.type = { value: "mutual", ...stated("A ceasefire at once when the conditions are met.") };
  t.ceasefire.conditions = {
    value: "Only after Ukraine starts withdrawing from the four regions and formally renounces NATO membership.",
    ...stated("Conditions for the ceasefire."),
  };
  t.bufferZone.segments = {
    value: ["chernihiv_bryansk", "sumy_bryansk", "sumy_kursk", "kharkiv_belgorod"],
    status: "proposed",
    note: `${SOURCES.report}: Putin called for a buffer zone along the border with Ukraine; the segments are our reading of "along the border".`,
  };
  t.security.natoPath = {
    value: "renounced",
    ...stated("Ukraine neutral and non-aligned, officially renouncing NATO membership."),
  };
  t.sanctions.relief = { value: "full", ...stated("All Western sanctions lifted.") };
  t.nuclearPlant.control = {
    value: "russia",
    status: "assumption",
    note: "Follows from the demand for all of Zaporizhzhia region; not stated on its own.",
  };
  t.recognition.crimea = { value: "de_jure", ...stated("Recognised as Russian in international agreements.") };
  t.recognition.otherOccupied = {
    value: "de_jure",
    ...stated("The four regions recognised as Russian in international agreements."),
  };
  return doc;
}
