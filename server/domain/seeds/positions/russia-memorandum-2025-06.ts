import type { RegionId } from "../../reference/regions.ts";
import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { leftOpen, positionDocument, termsFrom, type RegionRule } from "./position.ts";

// Russia's memorandum handed over in Istanbul on 2 June 2025: a final settlement (section I), two
// alternative ways to a ceasefire (section II) and a sequence (section III). Each ceasefire option
// is its own scenario; what the memorandum says about the settlement is shared by both.

export const RUSSIA_MEMORANDUM_DATE = "2025-06-02";
export const RUSSIA_MEMORANDUM_SOURCES = [
  "tass.com/politics/1967401",
  "tass.com/politics/1967405",
  "tass.com/politics/1967467",
  "en.topcor.ru/60578-...",
  "news-pravda.com/world/2025/06/03/1393269.html",
  "dnes.bg/a/581-voynata-v-ukrayna/681504-... (30-day detail)",
  "hkbusinesswire.com/russia-sets-out-strict-terms-at-peace-talks",
];

const WHOLE_REGIONS: RegionId[] = ["UA-09", "UA-14", "UA-23", "UA-65"];

const withdrawal: RegionRule = {
  basis: "whole_russia",
  status: "proposed",
  statement: `${SOURCES.russiaMemorandum}: Ukraine's forces leave the whole region within its administrative borders, cities included; Russia's rule recognised in international law.`,
};

const settlementRegions: Partial<Record<RegionId, RegionRule>> = {
  ...Object.fromEntries(WHOLE_REGIONS.map((id) => [id, withdrawal])),
  "UA-43": {
    basis: "whole_russia",
    status: "proposed",
    statement: `${SOURCES.russiaMemorandum}: recognised as Russian in international law.`,
  },
  "UA-40": {
    basis: "whole_russia",
    status: "proposed",
    statement: `${SOURCES.russiaMemorandum}: recognised as Russian in international law, with Crimea.`,
  },
};

const SETTLEMENT_SUMMARY =
  "In the settlement Ukraine leaves all of Donetsk, Luhansk, Zaporizhzhia and Kherson regions, which with Crimea are recognised as Russian in international law; " +
  "Ukraine is neutral and non-nuclear with capped forces (no number given), makes Russian an official language and lifts the limits on the Moscow-linked church; " +
  "sanctions end and neither side claims damages. Elections precede a treaty endorsed by the UN Security Council and then ratified.";

/** The memorandum's settlement terms, common to both ceasefire options. */
export function russiaMemorandumSettlement(title: string, summary: string): ScenarioDocument {
  const doc = positionDocument({
    title,
    summary: `${summary} ${SETTLEMENT_SUMMARY}`,
    date: RUSSIA_MEMORANDUM_DATE,
    proposedBy: ["russia"],
    confidence: "high",
    sources: RUSSIA_MEMORANDUM_SOURCES,
    regions: settlementRegions,
  });
  const say = termsFrom(SOURCES.russiaMemorandum, "proposed");
  const t = doc.terms;
  t.recognition.crimea = say("de_jure", "Recognised as Russian in international law.");
  t.recognition.otherOccupied = say(
    "de_jure",
    "Luhansk, Donetsk, Zaporizhzhia and Kherson regions recognised as Russian in international law.",
  );
  t.security.natoPath = say(
    "renounced",
    "Ukraine neutral: no military alliances or coalitions; treaties that conflict are cancelled.",
  );
  t.security.foreignTroops = say("none", "No military activity, bases or military infrastructure of third states in Ukraine.");
  t.security.nonNuclear = say(
    "non_nuclear",
    "Ukraine neither acquires, receives nor hosts nuclear or other mass-destruction weapons, nor lets them transit.",
  );
  t.forces.limits = say(
    "capped",
    "Caps on the personnel of the armed forces and other formations and on the numbers and types of weapons; nationalist units dissolved.",
  );
  t.forces.peacetimeTroops = leftOpen(`${SOURCES.russiaMemorandum}: caps are demanded but no number is given.`);
  t.society.language = say("russian_official", "Russian becomes an official language; the rights of Russian speakers protected.");
  t.society.church = say(
    "uoc_restrictions_lifted",
    "Restrictions on the Ukrainian Orthodox Church of the Moscow Patriarchate lifted.",
  );
  t.sanctions.relief = say(
    "full",
    "All existing sanctions between Russia and Ukraine lifted and no new ones; ties restored step by step.",
  );
  t.assets.reparations = say("claims_waived", "Both sides waive claims for damage caused by the war.");
  t.oversight.body = say("unsc_resolution", "The peace treaty is endorsed by a legally binding UN Security Council resolution.");
  t.ratification.by = {
    value: "parliament",
    status: "assumption",
    note: `${SOURCES.russiaMemorandum}: the sequence ends with ratification; no referendum is mentioned, so we read it as ratification by parliament.`,
  };
  t.nuclearPlant.control = leftOpen(`${SOURCES.russiaMemorandum}: the nuclear plant is not mentioned.`);
  t.bufferZone.segments = leftOpen(
    `${SOURCES.russiaMemorandum}: no buffer zone as such, only a pull-back of Ukraine's forces to an agreed distance from Russia's border.`,
  );
  return doc;
}

/** Option 1: the ceasefire begins with Ukraine's withdrawal from the four regions. */
export function russiaMemorandumWithdrawal(): ScenarioDocument {
  const doc = russiaMemorandumSettlement(
    "Russia's memorandum, June 2025: withdrawal first",
    "Russia's memorandum of 2 June 2025, ceasefire option 1: a 30-day ceasefire begins as Ukraine starts to pull its forces out of the four regions, and the pull-out must be complete within those 30 days. " +
      "The memorandum's option 2 (a package of ten conditions instead) is a separate scenario.",
  );
  const say = termsFrom(SOURCES.russiaMemorandum, "proposed");
  const t = doc.terms;
  t.ceasefire.type = say("mutual", "A ceasefire of both sides, option 1 of two.");
  t.ceasefire.duration = say(30, "30 days, during which the withdrawal must be completed.");
  t.ceasefire.conditions = say(
    "Starts when Ukraine begins a full withdrawal from Donetsk, Luhansk, Zaporizhzhia and Kherson regions and pulls back to an agreed distance from Russia's border; the withdrawal must end within the 30 days.",
    "Option 1: withdrawal as the start of the ceasefire.",
  );
  t.elections.timing = leftOpen(
    `${SOURCES.russiaMemorandum}: the sequence puts elections and new governing bodies after the 30-day ceasefire and before the treaty; option 1 gives no number of days (option 2's 100 days after martial law are tied to that package).`,
  );
  return doc;
}
