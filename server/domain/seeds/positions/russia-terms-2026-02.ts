import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, leftOpen, positionDocument, termsFrom } from "./position.ts";

// Russia's terms as reported in late February 2026: the Anchorage demand for all of Donbas, with
// concessions elsewhere that rest on one aggregator (Low confidence) and the Kremlin's National Guard
// in the strip Ukraine would leave. "Late February" is dated by the Bloomberg item of 28 Feb.

const DATE = "2026-02-28";
const S = SOURCES.russiaTerms2026;
const LOW = "Low confidence: one aggregator.";

export function russiaTerms2026(): ScenarioDocument {
  const doc = positionDocument({
    title: "Russia's reported terms, February 2026",
    summary:
      "Russia's terms as reported in late February 2026 (no text; the concessions rest on one aggregator, Low confidence): Russia would sign if Ukraine leaves all of Donetsk, then hold a Putin–Trump–Zelensky summit; " +
      "it would leave its pockets in Sumy, Kharkiv and Dnipropetrovsk and drop its claims to the Ukrainian-held parts of Kherson and Zaporizhzhia, but wants its National Guard in the strip Ukraine vacates, " +
      'against the U.S. idea of a free economic zone under Ukraine. Moscow\'s list also names no NATO, "demilitarisation" and recognition of its borders with Crimea. ' +
      "Bloomberg (28 Feb): Moscow sees little point in more talks without a land concession. Answers the free-economic-zone alternative of the 20 points.",
    date: DATE,
    proposedBy: ["russia"],
    confidence: "low",
    sources: [
      "cccv.info/breaking-news/russia-sets-conditions-for-peace-talks-with-ukraine-amid-diplomatic-tensions",
      "www.straitstimes.com/world/europe/kremlin-says-continuing-talks-with-ukraine-is-in-russias-own-interests",
      "www.starherald.us/geneva-trilateral-talks-... (Moscow's list)",
    ],
    regions: {
      "UA-14": {
        basis: "whole_russia",
        zone: "demilitarised",
        status: "proposed",
        statement: `${S}: Ukraine leaves all of Donetsk (the core demand since Anchorage); Russia's National Guard, not its army, in the strip vacated.`,
      },
      "UA-09": { basis: "whole_russia", status: "proposed", statement: `${S}: all of Donbas to Russia (the Anchorage demand).` },
      ...each(["UA-23", "UA-65"], {
        basis: "line",
        status: "proposed",
        statement: `${S}: Russia drops its claim to the Ukrainian-held part of the region. ${LOW}`,
      }),
      ...each(["UA-59", "UA-63", "UA-12"], {
        basis: "whole_ukraine",
        status: "proposed",
        statement: `${S}: Russia withdraws from its pocket in the region. ${LOW}`,
      }),
      ...each(["UA-43", "UA-40"], {
        basis: "whole_russia",
        status: "proposed",
        statement: `${S}: Moscow's list asks recognition of its borders, Crimea included.`,
      }),
    },
  });
  const say = termsFrom(S, "proposed");
  const t = doc.terms;
  t.specialZone.kind = say("demilitarised_zone", `The Donbas strip Ukraine would vacate, free of armies. ${LOW}`);
  t.specialZone.where = say(
    "The part of Donetsk region Ukraine still holds and would leave; its extent follows the line.",
    "The strip Ukraine would vacate.",
  );
  t.specialZone.jurisdiction = say("russia", "All of Donetsk to Russia.");
  t.specialZone.entry = say<typeof t.specialZone.entry.value>(
    ["russian_national_guard"],
    `Russia insists on its National Guard (Rosgvardia) in the strip. ${LOW}`,
  );
  t.security.natoPath = say("renounced", "Moscow's list: no NATO membership.");
  t.forces.limits = say("capped", 'Moscow\'s list: "demilitarisation" of Ukraine.');
  t.forces.peacetimeTroops = leftOpen(`${S}: "demilitarisation" is demanded without a figure.`);
  t.recognition.crimea = say("de_jure", "Moscow's list: recognition of its borders, Crimea included.");
  t.recognition.otherOccupied = leftOpen(
    `${S}: Moscow's list asks recognition of its borders; beyond Crimea, which regions and in what form is not stated.`,
  );
  t.nuclearPlant.control = leftOpen(`${S}: the plant's output to be divided; the details are cut off in the source.`);
  return doc;
}
