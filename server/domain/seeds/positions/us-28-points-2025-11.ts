import { formatIsoDate, formatKm2 } from "../../format.ts";
import { regionOnLine } from "../../line-of-control.ts";
import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, leftOpen, lineDateFor, positionDocument, termsFrom } from "./position.ts";

// The U.S. 28-point plan (the Witkoff–Dmitriev draft) known only from leaked copies of 19–20 Nov 2025.
// Every term below comes from the leaked text; there is no official version.

const DATE = "2025-11-20";
const S = SOURCES.us28Points;

export function us28Points(): ScenarioDocument {
  const donetskLeft = regionOnLine(lineDateFor(DATE), "UA-14").ukraineKm2;
  const doc = positionDocument({
    title: "U.S. 28-point plan, November 2025 (leaked)",
    summary:
      "The U.S. draft of 28 points, known only from leaked copies (no official text): Crimea, Luhansk and Donetsk treated as Russian de facto, by the U.S. too; " +
      "Ukraine leaves the part of Donetsk it holds, which becomes a demilitarised buffer zone recognised as Russian that Russia's army does not enter; Kherson and Zaporizhzhia frozen on the line; " +
      "Russia gives back its pockets in Kharkiv, Sumy, Dnipropetrovsk and Mykolaiv. Ukraine's army capped at 600,000, NATO renounced in its constitution, no NATO troops, non-nuclear; " +
      "the nuclear plant under the IAEA with its power shared; $100bn of frozen Russian assets into U.S.-led rebuilding; elections in 100 days; full amnesty; a Peace Council chaired by Trump; sanctions lifted in stages.",
    date: DATE,
    proposedBy: ["united_states"],
    confidence: "medium",
    sources: [
      "la.lv/nopludinati-visi-28-miera-plana-punkti-kapec-polijai-taja-ir-unikala-loma?p=4 (points 21–28)",
      "italy.news-pravda.com/russia/2025/11/21/326920.html (points 17–28)",
      "kudupinter.com/2025/11/top-news/the-28-points-that-ukraine-must-accept",
      "atlantisthemes.com/?p=27910 (AFP/FT points 1–12)",
      "croatia.news-pravda.com/en/world/2025/11/20/3062.html (CNN summary)",
      "id.abna24.com/news/1752713/...",
      "thebadely/thebadely.github.io _posts/2025-11-21-update-what-we-know-about-leaked-us-draft-plan...md (BBC copy)",
    ],
    regions: {
      ...each(["UA-43", "UA-40", "UA-09"], {
        basis: "whole_russia",
        status: "proposed",
        statement: `${S}: point 21, recognised as Russian de facto, by the U.S. too.`,
      }),
      "UA-14": {
        basis: "whole_russia",
        zone: "demilitarised",
        status: "proposed",
        statement: `${S}: point 21, Russian de facto; Ukraine leaves the part it holds, which becomes a neutral demilitarised zone recognised as Russian.`,
      },
      ...each(["UA-23", "UA-65"], {
        basis: "line",
        status: "proposed",
        statement: `${S}: point 21, frozen on the line of contact, recognised de facto along it.`,
      }),
      ...each(["UA-63", "UA-59", "UA-12", "UA-48"], {
        basis: "whole_ukraine",
        status: "proposed",
        statement: `${S}: point 21, Russia gives up the agreed areas it holds outside the five regions.`,
      }),
    },
  });
  const say = termsFrom(S, "proposed");
  const t = doc.terms;
  t.recognition.crimea = say("de_facto", "Point 21: recognised as Russian de facto, including by the U.S.");
  t.recognition.otherOccupied = say(
    "de_facto",
    "Point 21: Luhansk and Donetsk de facto Russian; Kherson and Zaporizhzhia recognised de facto along the line.",
  );
  t.specialZone.kind = say("demilitarised_zone", "Point 21: a neutral demilitarised buffer zone.");
  t.specialZone.where = say(
    "The part of Donetsk region Ukraine holds, which it leaves.",
    `Point 21. About ${formatKm2(donetskLeft)} on the line of ${formatIsoDate(lineDateFor(DATE))} (our estimate from the line, not a figure of the plan).`,
  );
  t.specialZone.jurisdiction = say("russia", "Point 21: recognised internationally as Russian territory.");
  t.specialZone.entry = say<typeof t.specialZone.entry.value>(["no_forces"], "Point 21: Russian forces will not enter it.");
  t.forces.limits = say("capped", "Point 6: Ukraine's armed forces capped.");
  t.forces.peacetimeTroops = say(600_000, "Point 6: 600,000 troops (at all times, not only in peacetime).");
  t.security.natoPath = say(
    "renounced",
    "Point 7: Ukraine writes non-membership into its constitution and NATO into its statutes.",
  );
  t.security.foreignTroops = say("none", "Point 8: no NATO troops in Ukraine; European jets based in Poland (point 9).");
  t.security.guarantees = say(
    "bilateral",
    "Points 5 and 10: a U.S. guarantee, paid for, lost if Ukraine invades Russia; if Russia invades, a joint military response, sanctions back, recognition revoked.",
  );
  t.security.nonNuclear = say("non_nuclear", "Point 18: Ukraine stays non-nuclear.");
  t.nuclearPlant.control = say(
    "international",
    "Point 19: restarted under IAEA supervision, its electricity split 50/50 between Ukraine and Russia.",
  );
  t.assets.frozenAssets = say(
    "split",
    "Point 14: $100bn into U.S.-led rebuilding with half the profit to the U.S., Europe adds $100bn, the rest to a U.S.–Russian fund.",
  );
  t.assets.amountUsdBn = say(100, "Point 14: $100bn of the frozen Russian assets.");
  t.assets.reparations = say("claims_waived", "Point 26: no claims by any party.");
  t.elections.timing = say("within_days", "Point 25: elections in 100 days.");
  t.elections.withinDays = say(100, "Point 25: 100 days.");
  t.elections.after = {
    value: "signing",
    status: "assumption",
    note: `${S}: point 25 gives 100 days without saying from when; counting from the signing is our reading.`,
  };
  t.amnesty.scope = say("full_amnesty", "Point 26: full amnesty for all parties for acts during the war.");
  t.oversight.body = say(
    "peace_council",
    "Point 27: legally binding, overseen by a Peace Council, with sanctions for violations.",
  );
  t.oversight.chair = say("Donald Trump", "Point 27: chaired by President Trump.");
  t.ceasefire.type = say("mutual", "Point 28: a ceasefire as soon as all parties agree.");
  t.ceasefire.conditions = say(
    "Takes effect at once when all parties agree and the forces have withdrawn to the agreed points.",
    "Point 28.",
  );
  t.sanctions.relief = say("staged", "Point 13: Russia reintegrated, sanctions lifted in stages, invited back to the G8.");
  t.sanctions.snapback = say("snapback", "Point 10: all sanctions reinstated if Russia invades again.");
  t.prisoners.exchange = say(
    "all_for_all",
    "Point 24: all for all, remains included; civilians, hostages and children returned.",
  );
  t.eu.membership = say("eu_open", "Point 11: eligible for EU membership, with short-term preferential access to its market.");
  t.society.language = say("minority_rights", "Point 20: minority rights protected, tolerance taught.");
  t.society.church = say("religious_tolerance", "Point 20: religious rights protected; Nazi ideology banned.");
  t.ratification.by = leftOpen(`${S}: the leaked text names no ratification procedure.`);
  return doc;
}
