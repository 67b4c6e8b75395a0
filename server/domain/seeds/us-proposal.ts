import { newScenarioDocument } from "../defaults.ts";
import type { RegionId } from "../reference/regions.ts";
import type { ScenarioDocument } from "../scenario.ts";
import { cite, SOURCES } from "./sources.ts";
import { statusQuoTerritory, territoryWith } from "./status-quo.ts";

const OCCUPIED_KEPT: RegionId[] = ["UA-09", "UA-14", "UA-23", "UA-65"];

export function usProposal(): ScenarioDocument {
  const line = statusQuoTerritory();
  const territory = territoryWith(line, {
    "UA-43": { status: "proposed", note: `${SOURCES.usProposal}: the U.S. would recognise Russia's control of Crimea de jure.` },
    "UA-40": { status: "proposed", note: "As Crimea." },
    ...Object.fromEntries(
      OCCUPIED_KEPT.map((id) => [
        id,
        {
          status: "proposed",
          note: `Russia keeps the occupied part, recognised de facto; line as on 1 May 2025 (${line[id].note})`,
        },
      ]),
    ),
    "UA-63": {
      russiaKm2: 0,
      contestedKm2: 0,
      status: "proposed",
      note: `${SOURCES.usProposal}: Ukraine regains all of Kharkiv region.`,
    },
    "UA-48": { russiaKm2: 0, contestedKm2: 0, status: "proposed", note: "Ukraine regains the Kinburn spit." },
    "RU-KRS": { status: "assumption", note: "Not addressed by the proposal; the line of early May 2025 is assumed." },
    "RU-BEL": { status: "assumption", note: "Not addressed by the proposal; the line of early May 2025 is assumed." },
  });
  const doc = newScenarioDocument("U.S. proposal (April 2025)", territory);
  doc.summary =
    "The U.S.-brokered framework presented in Paris in April 2025: a general ceasefire at once, Russia keeping the land it holds " +
    "except Kharkiv region (which Ukraine regains in full) and the Kinburn spit, U.S. recognition of Crimea as Russian, " +
    "no NATO membership for Ukraine, and sanctions lifted. Russia would still hold just under a fifth of Ukraine.";
  doc.context = {
    date: "2025-04-17",
    dateKind: "put_forward",
    proposedBy: ["united_states"],
    answers: null,
    confidence: "high",
    sources: SOURCES.usProposal,
  };
  const t = doc.terms;
  const proposed = (statement: string) => ({ status: "proposed" as const, note: cite(SOURCES.usProposal, statement) });
  t.ceasefire.type = { value: "comprehensive", ...proposed("An immediate general ceasefire.") };
  t.ceasefire.duration = { value: "open_ended", ...proposed("Followed by talks on implementing it; no end date.") };
  t.ceasefire.scope = { value: ["whole_front", "air", "sea", "energy_infrastructure"], ...proposed("A general ceasefire.") };
  t.ceasefire.conditions = {
    value: "Talks on carrying it out start at once.",
    ...proposed("Talks follow on implementing the ceasefire."),
  };
  t.security.natoPath = { value: "renounced", ...proposed("Ukraine gives up NATO membership; it may seek to join the EU.") };
  t.security.guarantees = {
    value: "multilateral",
    ...proposed("Guarantees from an ad hoc group of European and other willing states."),
  };
  t.sanctions.relief = { value: "full", ...proposed("Sanctions imposed since 2014 lifted; U.S.–Russian economic cooperation.") };
  t.nuclearPlant.control = {
    value: "us_operated",
    ...proposed("Returned to Ukraine, run by the U.S., power shared by both sides."),
  };
  t.recognition.crimea = { value: "de_jure", ...proposed("Recognition by the United States.") };
  t.recognition.otherOccupied = {
    value: "de_facto",
    ...proposed("Luhansk and the occupied parts of Donetsk, Zaporizhzhia and Kherson."),
  };
  return doc;
}
