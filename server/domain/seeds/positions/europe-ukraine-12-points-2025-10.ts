import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, EUROPEAN_PARTNERS, occupiedOn, positionDocument, termsFrom } from "./position.ts";

// The 12-point plan European states and Ukraine prepared after Trump urged a freeze "where they
// are" (reported by Bloomberg on 21 Oct 2025; no text published, so Medium confidence).

const DATE = "2025-10-21";
const S = SOURCES.europeUkraine12;

export function europeUkraine12Points(): ScenarioDocument {
  const doc = positionDocument({
    title: "Europe and Ukraine's 12-point plan, October 2025",
    summary:
      "The plan European states and Ukraine prepared in October 2025, as Bloomberg reported it (no published text, Medium confidence): a ceasefire on the current front line with both sides ceasing to advance, " +
      "overseen by a peace board chaired by Trump; deported children returned and all prisoners exchanged; guarantees from Europe and the U.S., a reconstruction fund and fast EU entry; " +
      "sanctions lifted in phases with snapback, Russia's ~$300bn of frozen reserves returned only if it pays towards rebuilding Ukraine; talks on how the occupied land is run, with no legal recognition.",
    date: DATE,
    proposedBy: ["europe", "ukraine"],
    confidence: "medium",
    sources: [
      "www.spokesman.com/stories/2025/oct/21/europe-and-ukraine-prepare-12-point-proposal-to-en/ (Bloomberg)",
      "gulftoday.ae/news/2025/10/22/...",
      "caliber.az/en/post/bloomberg-europe-to-coordinate-12-point-...",
      "english.almayadeen.net/news/politics/europe-proposes-12-point-ukraine-peace-plan-led-by-trump",
    ],
    extraParties: [EUROPEAN_PARTNERS],
    regions: each(occupiedOn(DATE), {
      basis: "line",
      status: "proposed",
      statement: `${S}: both sides stop on the current front line; the running of occupied land is negotiated, with no legal recognition.`,
    }),
  });
  const say = termsFrom(S, "proposed");
  const t = doc.terms;
  t.ceasefire.type = say("mutual", "A ceasefire on the current front line.");
  t.ceasefire.conditions = say("Both sides stop advancing where the front line runs.", "Both sides stop advancing.");
  t.oversight.body = say("peace_council", "A peace board oversees the deal.");
  t.oversight.chair = say("Donald Trump", "The board is chaired by President Trump.");
  t.prisoners.exchange = say("all_for_all", "All prisoners for all, and deported children returned.");
  t.security.guarantees = say("multilateral", "Security guarantees from European states and the U.S.");
  t.eu.membership = say("eu_open", "A fast track to EU membership.");
  t.sanctions.relief = say("staged", "Sanctions lifted in phases.");
  t.sanctions.snapback = say("snapback", "Sanctions return if Russia breaks the deal.");
  t.assets.frozenAssets = say(
    "returned",
    "Russia's frozen reserves returned only once Russia contributes to Ukraine's reconstruction.",
  );
  t.assets.amountUsdBn = say(300, "About $300bn of reserves.");
  t.recognition.crimea = say("none", "No legal recognition of occupied land.");
  t.recognition.otherOccupied = say("none", "No legal recognition of occupied land; its governance is negotiated.");
  return doc;
}
