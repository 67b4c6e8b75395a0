import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, EUROPEAN_PARTNERS, leftOpen, occupiedOn, positionDocument, termsFrom } from "./position.ts";

// The reply of the U.K., France and Germany to the U.S. 28 points, 23 Nov 2025: the same outline,
// reworked point by point (the text Reuters published).

const DATE = "2025-11-23";
const S = SOURCES.e3CounterProposal;

export function e3CounterProposal(): ScenarioDocument {
  const doc = positionDocument({
    title: "UK–France–Germany counter-proposal, November 2025",
    summary:
      "The three European powers' rework of the U.S. 28 points (23 Nov 2025): an army of 800,000 in peacetime; NATO membership left to a consensus that does not exist rather than banned; " +
      "no NATO troops stationed permanently, leaving room for a coalition force; a U.S. guarantee like NATO's Article 5 with sanctions snapping back; territorial talks, swaps included, " +
      "starting from the line of contact after a ceasefire, with no land labelled Russian in advance and no Ukrainian pull-out from the Donbas cities; Russian assets frozen until Russia compensates Ukraine; " +
      "the nuclear plant and the Kakhovka dam back to Ukraine; the Kinburn spit to Ukraine. Answers the 28-point plan.",
    date: DATE,
    proposedBy: ["europe"],
    confidence: "medium",
    sources: [
      "uanews.net/en/post/143124-full-text-of-europes-counter-proposal-...",
      "open.kg/en/news/in-the-world/47197-...",
      "en.protothema.gr/2025/11/23/...",
      "www.indiatoday.in/world/story/europe-propose-28-point-counter-peace-plan-...",
      "www.g4media.ro/washington-post-...",
    ],
    extraParties: [EUROPEAN_PARTNERS],
    regions: {
      ...each(occupiedOn(DATE), {
        basis: "line",
        status: "proposed",
        statement: `${S}: talks on territory, swaps included, start from the line of contact after a ceasefire; nothing labelled Russian in advance; Ukraine does not retake land by force.`,
      }),
      "UA-48": { basis: "whole_ukraine", status: "proposed", statement: `${S}: the Kinburn spit goes back to Ukraine.` },
    },
  });
  const say = termsFrom(S, "proposed");
  const t = doc.terms;
  t.forces.limits = say("capped", "Ukraine's armed forces capped in peacetime only.");
  t.forces.peacetimeTroops = say(800_000, "800,000 in peacetime (the U.S. draft: 600,000 at all times).");
  t.security.natoPath = say(
    "deferred",
    "Membership depends on a consensus of the allies, which does not exist; no ban in Ukraine's constitution; the point on NATO not expanding is deleted.",
  );
  t.security.foreignTroops = say(
    "reassurance_force",
    "NATO does not station troops under its command in Ukraine permanently in peacetime, leaving room for a coalition force; jets in Poland.",
  );
  t.security.guarantees = say("bilateral", "A U.S. guarantee similar to NATO's Article 5.");
  t.sanctions.relief = say("staged", "Sanctions relief in phases.");
  t.sanctions.snapback = say(
    "snapback",
    "Sanctions snap back worldwide, and no new gains are recognised, if Russia attacks again.",
  );
  t.assets.frozenAssets = say("stay_frozen", "Russia's sovereign assets stay frozen until Russia compensates Ukraine.");
  t.assets.reparations = say("russia_compensates", "Ukraine fully rebuilt and compensated.");
  t.recognition.crimea = say("none", "No land labelled Russian in advance; territory settled in talks from the line of contact.");
  t.recognition.otherOccupied = say("none", "No land labelled Russian de facto in advance.");
  t.nuclearPlant.control = say(
    "ukraine",
    "The plant returns to Ukraine with the Kakhovka dam (Washington Post copy), with a role for the IAEA.",
  );
  t.eu.membership = say("eu_open", "The U.S. draft's EU clause is kept.");
  t.ceasefire.monitoring = say("third_party", "Monitoring under U.S. supervision.");
  t.ceasefire.conditions = say(
    "Territorial talks start only after a ceasefire, from the line of contact.",
    "Sequence of ceasefire and territorial talks.",
  );
  t.specialZone.kind = leftOpen(`${S}: no demilitarised zone in Donetsk; Ukraine does not pull out of the Donbas cities.`);
  return doc;
}
