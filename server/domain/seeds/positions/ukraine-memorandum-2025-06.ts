import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, leftOpen, occupiedOn, positionDocument, termsFrom, type RegionRule } from "./position.ts";

// Ukraine's memorandum (its "roadmap") for the Istanbul round of 2 June 2025: a full ceasefire first,
// the line of contact as the starting point of territorial talks, no limits on Ukraine's forces.

const DATE = "2025-06-02";

const startingPoint: RegionRule = {
  basis: "line",
  status: "proposed",
  statement: `${SOURCES.ukraineMemorandum}: the current line of contact is the starting point; territory is discussed only after a full ceasefire, and no gains since 2014 are recognised.`,
};

export function ukraineMemorandum(): ScenarioDocument {
  const doc = positionDocument({
    title: "Ukraine's memorandum, June 2025",
    summary:
      "Ukraine's roadmap for the Istanbul round of 2 June 2025: a full, unconditional ceasefire on land, at sea and in the air for at least 30 days, monitored under U.S. leadership, " +
      "before any negotiation; all prisoners exchanged and deported children returned; territory talked about only from the current line of contact, with nothing recognised; " +
      "no limits on Ukraine's forces or on friendly foreign troops, no neutrality, an open road to the EU; sanctions eased step by step with snapback, and reparations. " +
      "Answers Russia's memorandum of the same day.",
    date: DATE,
    proposedBy: ["ukraine"],
    confidence: "high",
    sources: [
      "news.liga.net/en/amp/politics/news/the-full-text-of-the-memorandum-... (Suspilne text)",
      "nato.news-pravda.com/nato/2025/06/02/44596.html",
      "web.lifelines.name/read/c3d305ca-... (Reuters text, RU)",
      "babel.ua/en/news/118449-...",
    ],
    regions: each(occupiedOn(DATE), startingPoint),
  });
  const say = termsFrom(SOURCES.ukraineMemorandum, "proposed");
  const t = doc.terms;
  t.ceasefire.type = say("comprehensive", "A full and unconditional ceasefire.");
  t.ceasefire.scope = say<typeof t.ceasefire.scope.value>(["whole_front", "air", "sea"], "On land, at sea and in the air.");
  t.ceasefire.duration = say(
    30,
    "At least 30 days, extendable. (ISW wrote of 90 days; the texts say 30 or more, so 90 is treated as unconfirmed.)",
  );
  t.ceasefire.monitoring = say("third_party", "Monitored under U.S. leadership with the help of third countries.");
  t.ceasefire.conditions = say(
    "None: the ceasefire is unconditional and comes before any negotiation; it can be extended.",
    "The ceasefire is a precondition for talks.",
  );
  t.prisoners.exchange = say(
    "all_for_all",
    "All prisoners of war for all, deported children returned and civilian hostages released.",
  );
  t.security.natoPath = say("open", "No obligation of neutrality; NATO membership depends on consensus among the allies.");
  t.security.guarantees = say("multilateral", "Reliable security guarantees with international participation.");
  t.security.foreignTroops = say("unrestricted", "No limits on friendly foreign troops in Ukraine.");
  t.forces.limits = say("no_limits", "No limits on the size or deployment of Ukraine's armed forces.");
  t.eu.membership = say("eu_open", "Nothing may block Ukraine's path to the EU.");
  t.sanctions.relief = say("staged", "Sanctions eased gradually.");
  t.sanctions.snapback = say("snapback", "Sanctions can be restored if Russia breaks the deal.");
  t.assets.reparations = say("russia_compensates", "Ukraine demands reparations (Reuters summary).");
  t.assets.frozenAssets = say("reconstruction", "Frozen Russian assets go to Ukraine's recovery.");
  t.recognition.crimea = say("none", "No recognition of any land taken since February 2014.");
  t.recognition.otherOccupied = say("none", "No recognition of any land taken since February 2014.");
  t.elections.timing = leftOpen(`${SOURCES.ukraineMemorandum}: no clause on elections was found.`);
  t.nuclearPlant.control = leftOpen(`${SOURCES.ukraineMemorandum}: no clause on the nuclear plant was found.`);
  return doc;
}
