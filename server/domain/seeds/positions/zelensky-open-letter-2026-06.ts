import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, occupiedOn, positionDocument, termsFrom } from "./position.ts";

// Zelensky's open letter to Putin of 4 Jun 2026: a leaders' meeting, a full ceasefire while talks
// last, and the front line as where diplomacy starts. Putin turned it down the next day.

const DATE = "2026-06-04";
const S = SOURCES.openLetter;

export function zelenskyOpenLetter(): ScenarioDocument {
  const doc = positionDocument({
    title: "Zelensky's open letter, June 2026",
    summary:
      "Zelensky's open letter to Putin of 4 June 2026: a meeting of the two on a fixed date in a neutral country (Switzerland, Türkiye or a Gulf state), Ukraine and Russia first, then the U.S., Europe and others as guarantors; " +
      "a full ceasefire for as long as talks last, which the U.S. can monitor along the line where the fighting stops; the front line as the line diplomacy starts from; all prisoners for all. " +
      "Putin answered on 5 June that there was no point in meeting for now and that a ceasefire could only follow an agreement.",
    date: DATE,
    proposedBy: ["ukraine"],
    confidence: "high",
    sources: [
      "viewsbangladesh.com/zelenskiy-sends-open-letter-inviting-putin-to-peace-talks-to-end-war/ (Reuters)",
      "aspirehk.ltd/zh-hans/real-time-quotes-and-news/1159753",
      "news.nikk.co.il/?p=277486",
      "gyalchisarshog.com (BBC)",
      "www.ummahkantho.com/politics/1174",
    ],
    regions: each(occupiedOn(DATE), {
      basis: "line",
      status: "proposed",
      statement: `${S}: the front line is the line from which diplomacy must begin; Ukraine still refuses to give up the four regions (reports).`,
    }),
  });
  const say = termsFrom(S, "proposed");
  const t = doc.terms;
  t.ceasefire.type = say("comprehensive", "A full ceasefire.");
  t.ceasefire.duration = say("open_ended" as const, "For the whole duration of the talks.");
  t.ceasefire.monitoring = say("third_party", "The U.S. able to monitor the line where the fighting stops.");
  t.ceasefire.conditions = say(
    "Lasts as long as the talks; no other condition stated.",
    "A ceasefire for the duration of talks.",
  );
  t.prisoners.exchange = say("all_for_all", "All prisoners exchanged for all.");
  return doc;
}
