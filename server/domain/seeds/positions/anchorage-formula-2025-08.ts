import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { each, positionDocument, termsFrom } from "./position.ts";

// Putin's terms at the Anchorage summit of 15 August 2025, as leaked at the time and later called
// the "Anchorage formula" by the Kremlin: all of Donbas to Russia, the line frozen elsewhere.

const DATE = "2025-08-15";
const S = SOURCES.anchorage;

export function anchorageFormula(): ScenarioDocument {
  const doc = positionDocument({
    title: 'The "Anchorage formula", August 2025',
    summary:
      'What Putin asked of Trump at Anchorage on 15 August 2025, as reported from leaks and later called the "Anchorage formula" by the Kremlin: Ukraine leaves the rest of Donetsk and the sliver of Luhansk it holds; ' +
      "in return Russia freezes the line in Zaporizhzhia and Kherson and starts no new offensives, and might hand back its small pockets in Sumy and Kharkiv (not confirmed). " +
      "No ceasefire: Trump then backed going straight to a peace agreement. Neutrality, no NATO and limits on Ukraine's army were raised but not specified. Medium confidence: leaks, with the Donbas part later confirmed by the Kremlin.",
    date: DATE,
    proposedBy: ["russia"],
    confidence: "medium",
    sources: [
      "prshb.com/world-news/putin-demands-full-control-of-donetsk-and-luhansk-...",
      "thejournalnigeria.com/putin-demands-ukraine-withdraw-from-donetsk-...",
      "indiainfodaily.com/news/putin-demands-full-control-of-donetsk-luhansk-...",
      "irishtimes (FT)",
      "news.mail.ru/politics/67576700/",
      "en.protothema.gr/2026/01/26/the-kremlin-insists-give-us-the-whole-donbas-...",
      "www.pravda.com.ua/eng/news/2026/01/23/8017532",
      "preproduction.printyourfood.com/... (Witkoff on guarantees; low-grade re-publisher)",
    ],
    regions: {
      ...each(["UA-14", "UA-09"], {
        basis: "whole_russia",
        status: "proposed",
        statement: `${S}: Ukraine withdraws from the part of the region it still holds; the Kremlin later called this withdrawal a very important condition.`,
      }),
      ...each(["UA-23", "UA-65"], {
        basis: "line",
        status: "proposed",
        statement: `${S}: the line is frozen here and Russia starts no new offensives.`,
      }),
      ...each(["UA-43", "UA-40"], {
        basis: "whole_russia",
        status: "reported",
        statement: `${S}: leaks before the summit (WSJ, Bloomberg) spoke of recognising Russia's control of Crimea.`,
      }),
      ...each(["UA-63", "UA-59"], {
        basis: "whole_ukraine",
        status: "reported",
        statement: `${S}: Russia reportedly could hand back its small pockets here. Medium-to-low confidence: reported, never confirmed.`,
      }),
      "UA-12": {
        basis: "line",
        status: "assumption",
        statement: `${S}: some reports add Dnipropetrovsk to the areas handed back; too thin to apply, so the line of the day is kept.`,
      },
    },
  });
  const say = termsFrom(S, "proposed");
  const leak = termsFrom(`${S}; leak`, "reported");
  const t = doc.terms;
  t.ceasefire.type = termsFrom(S, "reported")(
    "none",
    "No ceasefire came out of the summit; on 16 Aug Trump backed going directly to a peace agreement instead.",
  );
  t.security.natoPath = say(
    "renounced",
    'Among the "root causes" Russia raised: Ukraine neutral and outside NATO (details not published).',
  );
  t.forces.limits = say("capped", "Limits on Ukraine's army were raised, without figures.");
  t.security.guarantees = termsFrom(`${S}; Witkoff, 17 Aug 2025`, "reported")(
    "multilateral_article5",
    "Witkoff said Russia accepted U.S. and European guarantees like NATO's Article 5 and would commit in law to take no more land. Low confidence: one low-grade re-publisher.",
  );
  t.recognition.crimea = leak(
    "de_facto",
    "Leak before the summit: Russia's control of Crimea recognised; the form of recognition was not stated.",
  );
  t.recognition.otherOccupied = leak(
    "de_facto",
    "Leak before the summit: Russia's control of Donetsk and Luhansk recognised; the form was not stated.",
  );
  return doc;
}
