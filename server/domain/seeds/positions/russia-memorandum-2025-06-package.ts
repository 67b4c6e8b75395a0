import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { russiaMemorandumSettlement } from "./russia-memorandum-2025-06.ts";
import { termsFrom } from "./position.ts";

// Option 2 of Russia's memorandum of 2 June 2025: a ceasefire on a package of ten conditions, the
// alternative to option 1 (withdrawal first). The settlement terms, territory included, are the same:
// the memorandum still demands all four regions in the final treaty.

export function russiaMemorandumPackage(): ScenarioDocument {
  const doc = russiaMemorandumSettlement(
    "Russia's memorandum, June 2025: the ten-point package",
    "Russia's memorandum of 2 June 2025, ceasefire option 2, the alternative to option 1 (withdrawal first): a ceasefire in return for ten conditions, among them no Ukrainian redeployments, " +
      "demobilisation, an end to Western arms, satellite links and intelligence, a joint monitoring centre, a mutual amnesty, the end of martial law and elections within 100 days of it. " +
      "The territory shown is the settlement's: the memorandum still demands the four whole regions.",
  );
  const say = termsFrom(SOURCES.russiaMemorandum, "proposed");
  const t = doc.terms;
  t.ceasefire.type = say("mutual", "A ceasefire of both sides, option 2 of two (the alternative to withdrawal first).");
  t.ceasefire.duration = say(30, "The sequence sets a 30-day ceasefire once a ceasefire memorandum with dates is signed.");
  t.ceasefire.monitoring = say("parties", "A bilateral centre to monitor the ceasefire.");
  t.ceasefire.conditions = say(
    "Ukraine moves no forces except to withdraw; stops mobilising and starts demobilising; foreign arms deliveries, satellite communications and intelligence end; " +
      "no third-country military presence or foreign specialists; guarantees against sabotage; a bilateral monitoring centre; mutual amnesty and release of civilians; " +
      "martial law lifted and elections called; an implementation agreement signed.",
    "Option 2: the ten-point package.",
  );
  t.amnesty.scope = say(
    "mutual_amnesty",
    "Mutual amnesty for those each side calls political prisoners, and release of detained civilians.",
  );
  t.elections.timing = say(
    "within_days",
    "Presidential and parliamentary elections announced for no later than 100 days after martial law ends.",
  );
  t.elections.withinDays = say(100, "No later than 100 days.");
  t.elections.after = say("end_of_martial_law", "Counted from the end of martial law, which the package lifts.");
  return doc;
}
