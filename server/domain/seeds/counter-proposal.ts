import { newScenarioDocument } from "../defaults.ts";
import { REGIONS } from "../reference/regions.ts";
import type { ScenarioDocument } from "../scenario.ts";
import { cite, SOURCES } from "./sources.ts";
import { statusQuoTerritory, territoryWith } from "./status-quo.ts";

export function counterProposal(): ScenarioDocument {
  const line = statusQuoTerritory();
  const fromLineOfContact = Object.fromEntries(
    REGIONS.filter((r) => line[r.id].russiaKm2 > 0 && r.country === "UA").map((r) => [
      r.id,
      {
        status: "proposed",
        note: `Territory is discussed only after a ceasefire, starting from the line of contact (${line[r.id].note})`,
      },
    ]),
  );
  const territory = territoryWith(line, {
    ...fromLineOfContact,
    "UA-48": {
      russiaKm2: 0,
      contestedKm2: 0,
      status: "proposed",
      note: `${SOURCES.counterProposal}: Ukraine regains the Kinburn spit.`,
    },
  });
  const doc = newScenarioDocument("Ukraine and Europe's counter-proposal (April 2025)", territory);
  doc.parties.push({ id: "european-partners", name: "European partners", role: "party" });
  doc.summary =
    "The reply Ukraine and its European partners handed over in London in April 2025: a full, unconditional ceasefire on land, " +
    "in the air and at sea under U.S.-led monitoring; territory negotiated afterwards from the line of contact, with no recognition " +
    "of occupied land; Article-5-like guarantees including from the U.S.; sanctions eased only step by step after a lasting peace.";
  doc.context = {
    date: "2025-04-23",
    dateKind: "put_forward",
    proposedBy: ["ukraine", "europe"],
    answers: null,
    confidence: "high",
    sources: SOURCES.counterProposal,
  };
  const t = doc.terms;
  const proposed = (statement: string) => ({ status: "proposed" as const, note: cite(SOURCES.counterProposal, statement) });
  t.ceasefire.type = { value: "comprehensive", ...proposed("A full and unconditional ceasefire.") };
  t.ceasefire.scope = { value: ["whole_front", "air", "sea"], ...proposed("In the air, on land and at sea.") };
  t.ceasefire.monitoring = { value: "third_party", ...proposed("Monitored under U.S. leadership with third countries.") };
  t.ceasefire.conditions = { value: "None: the ceasefire is unconditional.", ...proposed("The ceasefire is unconditional.") };
  t.security.foreignTroops = {
    value: "unrestricted",
    ...proposed("No limits on foreign troops in Ukraine or on Ukraine's forces."),
  };
  t.security.guarantees = {
    value: "multilateral_article5",
    ...proposed("Robust guarantees, including from the U.S., on the lines of NATO's Article 5."),
  };
  t.sanctions.relief = {
    value: "staged",
    ...proposed("Eased gradually only after a sustainable peace, with snap-back; compensation from frozen Russian assets."),
  };
  t.prisoners.exchange = {
    value: "all_for_all",
    ...proposed("All for all, plus the return of deported children and civilian hostages."),
  };
  t.nuclearPlant.control = {
    value: "ukraine",
    ...proposed("Ukraine regains the plant and the Kakhovka dam, with U.S. participation."),
  };
  t.recognition.crimea = { value: "none", ...proposed("No recognition of occupied land.") };
  t.recognition.otherOccupied = { value: "none", ...proposed("No recognition of occupied land.") };
  return doc;
}
