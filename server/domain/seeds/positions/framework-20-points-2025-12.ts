import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, leftOpen, positionDocument, termsFrom, type PositionSpec } from "./position.ts";

// The 20-point framework agreed between the U.S. and Ukraine, as Zelensky described it on
// 23–24 Dec 2025 (there is no published text). Its demilitarised-zone alternative for Donetsk is a
// separate scenario built on this one (framework-20-points-dmz-2025-12.ts).

export const FRAMEWORK_DATE = "2025-12-24";
const S = SOURCES.framework20;

export const FRAMEWORK_SOURCES = [
  "newsukraine.rbc.ua/news/president-of-ukraine-reveals-20-point-peace-1766566920.html",
  "glavnoe.in.ua/en/news-en/zelenskyy-publishes-20-point-plan-to-end-the-war",
  "112.ua/en/taemni-nuansi-14-go-punktu-...-125121",
  "web-analytics.online/amp/en/384298",
  "en.parapolitika.gr/?p=120976",
  "lnginnorthernbc.ca/2025/12/25/...",
  "govcondigest.com/demilitarized-free-economic-zone",
  "analyze.news/s/12e2ab3f...",
];

export const FRAMEWORK_REGIONS: PositionSpec["regions"] = {
  ...each(["UA-14", "UA-09", "UA-23", "UA-65"], {
    basis: "line",
    status: "proposed",
    statement: `${S}: point 14, "stand where we stand": the troops' line on the day of signing is the de facto line of contact.`,
  }),
  ...each(["UA-12", "UA-48", "UA-59", "UA-63"], {
    basis: "whole_ukraine",
    status: "proposed",
    statement: `${S}: point 14, Russia withdraws from the region.`,
  }),
  ...each(["UA-43", "UA-40"], {
    basis: "line",
    status: "assumption",
    statement: `${S}: Crimea is not addressed in detail; the line of the day is assumed.`,
  }),
};

const FRAMEWORK_SUMMARY =
  "There is no published text; this is Zelensky's account. An army of 800,000 in peacetime; guarantees from the U.S., NATO and European signatories mirroring NATO's Article 5, with sanctions back if Russia invades; " +
  "EU membership on a fixed date; Ukraine non-nuclear, with no ban on NATO; all prisoners for all; elections as soon as possible after signing; a Peace Council chaired by Trump; " +
  "a ceasefire on signature, then ratification by parliament and a referendum. The nuclear plant is unresolved.";

/** The framework's terms other than territory, shared by its two versions. */
export function frameworkDocument(title: string, summary: string, regions: PositionSpec["regions"]): ScenarioDocument {
  const doc = positionDocument({
    title,
    summary: `${summary} ${FRAMEWORK_SUMMARY}`,
    date: FRAMEWORK_DATE,
    proposedBy: ["ukraine", "united_states"],
    confidence: "high",
    sources: FRAMEWORK_SOURCES,
    regions,
  });
  const say = termsFrom(S, "proposed");
  const t = doc.terms;
  t.forces.limits = say("capped", "Point 4: a peacetime ceiling on the armed forces.");
  t.forces.peacetimeTroops = say(800_000, "Point 4: 800,000 in peacetime.");
  t.security.guarantees = say(
    "multilateral_article5",
    "Point 5: the U.S., NATO and European signatories mirror Article 5: a military response and all sanctions back if Russia invades; void if Ukraine attacks unprovoked.",
  );
  t.security.guaranteeYears = termsFrom(SOURCES.marALago, "reported")(
    15,
    "The U.S. offers 15 years (reported by Zelensky after the framework was disclosed); Zelensky asks for 30 to 50.",
  );
  t.security.nonNuclear = say("non_nuclear", "Point 11: Ukraine stays non-nuclear.");
  t.security.natoPath = say("open", "The framework as described contains no ban on NATO membership.");
  t.eu.membership = say("eu_target_date", "Point 7: EU membership on a fixed date, with access to the single market meanwhile.");
  t.eu.targetDate = leftOpen(`${S}: point 7 fixes a date, but the date was not disclosed.`);
  t.nuclearPlant.control = leftOpen(
    `${S}: point 12, no consensus: the U.S. proposes a U.S.–Ukraine–Russia operation, Ukraine a U.S.–Ukraine joint venture; Enerhodar possibly a demilitarised free economic zone.`,
  );
  t.prisoners.exchange = say("all_for_all", "Point 17: all for all; civilians, children and political prisoners returned.");
  t.elections.timing = say("as_soon_as_possible", "Point 18: elections as soon as possible after signing.");
  t.elections.after = say("signing", "Point 18: after the agreement is signed.");
  t.oversight.body = say("peace_council", "Point 19: legally binding, overseen by a Peace Council.");
  t.oversight.chair = say("Donald Trump", "Point 19: chaired by President Trump.");
  t.ceasefire.type = say("mutual", "Point 20: a ceasefire as soon as the agreement is signed.");
  t.ceasefire.conditions = say(
    "Takes effect at once on signature; a 60-day ceasefire was floated for ratification and the referendum.",
    "Point 20.",
  );
  t.ratification.by = say("parliament_and_referendum", "Point 20: ratification and a referendum, within about 60 days.");
  t.sanctions.snapback = say("snapback", "Point 5: all sanctions return if Russia invades.");
  t.specialZone.kind = leftOpen(
    `${S}: point 14, a working group sets force relocations and the parameters of possible special or free economic zones; the alternative for Donetsk is a separate scenario.`,
  );
  return doc;
}

export function framework20Points(): ScenarioDocument {
  return frameworkDocument(
    "20-point framework, December 2025",
    "The U.S.–Ukrainian framework Zelensky set out on 23–24 Dec 2025, answering the 28-point plan: in Donetsk, Luhansk, Zaporizhzhia and Kherson the armies stand where they stand on signature; " +
      "Russia leaves Dnipropetrovsk, Mykolaiv, Sumy and Kharkiv regions.",
    FRAMEWORK_REGIONS,
  );
}
