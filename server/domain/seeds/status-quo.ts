import { newScenarioDocument, recognisedBorders } from "../defaults.ts";
import { regionById, type RegionId } from "../reference/regions.ts";
import type { RegionTerm, ScenarioDocument, Territory } from "../scenario.ts";
import { SOURCES } from "./sources.ts";

type RegionFigures = Partial<Omit<RegionTerm, "ukraineKm2">> & { ukraineKm2?: number };

/**
 * A territory table from per-region figures. Where only Russia's and the contested km² are given,
 * Ukraine holds the rest of the region.
 */
export function territoryWith(base: Territory, figures: Partial<Record<RegionId, RegionFigures>>): Territory {
  const territory = structuredClone(base);
  for (const [id, f] of Object.entries(figures) as [RegionId, RegionFigures][]) {
    const area = regionById(id)!.areaKm2;
    const merged = { ...territory[id], ...f };
    if (f.ukraineKm2 === undefined && (f.russiaKm2 !== undefined || f.contestedKm2 !== undefined)) {
      merged.ukraineKm2 = area - merged.russiaKm2 - merged.contestedKm2;
    }
    territory[id] = merged;
  }
  return territory;
}

const held = (russiaKm2: number, note: string, status: RegionTerm["status"] = "estimate"): RegionFigures => ({
  russiaKm2,
  contestedKm2: 0,
  status,
  note,
});

/** Who held how much of each region around 1 May 2025 (research notes, table 1 and 2). */
export function statusQuoTerritory(): Territory {
  const base = recognisedBorders();
  for (const id of Object.keys(base) as RegionId[]) {
    base[id] = { ...base[id], status: "estimate", note: `${SOURCES.deepState}: no occupied area.` };
  }
  return territoryWith(base, {
    "UA-43": held(26081, "Occupied since 2014; DeepState counts all of it.", "reported"),
    "UA-40": held(864, "Occupied since 2014, as Crimea.", "reported"),
    "UA-09": held(26484, `${SOURCES.deepState}: 99.25 %. Ukraine held about 200 km² near Bilohorivka.`),
    "UA-14": held(18562, `${SOURCES.deepState}: 70.0 % (range 69.4–70.0 %).`),
    "UA-23": held(19787, `${SOURCES.deepState}: 72.8 %.`),
    "UA-65": held(
      20492,
      `${SOURCES.deepState}: 72 % of the land, applied to the official area (which includes water); land alone ≈18,840 km².`,
    ),
    "UA-63": held(1150, `${SOURCES.deepState}: 3.66 % (range 1,120–1,165 km²), slivers along the Belgorod border.`),
    "UA-48": held(110, "Kinburn peninsula only; computed from DeepState's polygons (range 105–135 km²)."),
    "UA-59": held(
      0,
      `${SOURCES.deepState}: none occupied; Russia claimed the border villages Basivka and Zhuravka in April 2025 and the report cites 90 km² taken (unverified).`,
    ),
    "RU-KRS": {
      russiaKm2: 29989,
      contestedKm2: 8,
      ukraineKm2: 0,
      status: "claimed",
      note: `Disputed. ${SOURCES.iswKursk}: ≈8 km² still held by Ukraine on 28 Apr; ${SOURCES.gerasimov}: all retaken. Shown as contested.`,
    },
    "RU-BEL": {
      russiaKm2: 27112,
      contestedKm2: 22,
      ukraineKm2: 0,
      status: "estimate",
      note: `Ukrainian operation near Demidovka and Popovka; ≈18–26 km² inferred from ${SOURCES.iswKursk} (not a published figure).`,
    },
    "RU-BRY": { status: "estimate", note: "No Ukrainian presence reported." },
  });
}

export function statusQuo(): ScenarioDocument {
  const doc = newScenarioDocument("Status quo, early May 2025", statusQuoTerritory());
  doc.summary =
    "Where things stood around 1 May 2025. Russia held a little under a fifth of Ukraine, including Crimea; " +
    "Ukraine's Kursk incursion had been pushed back to a few square kilometres or, by Russia's account, ended. " +
    "Russia had declared a three-day truce for 8–10 May. Control figures are OSINT estimates (DeepState, ISW).";
  doc.context = {
    date: "2025-05-01",
    dateKind: "as_of",
    proposedBy: [],
    answers: null,
    confidence: "medium",
    sources: `${SOURCES.deepState}; ${SOURCES.iswKursk}; ${SOURCES.kremlinTruce}`,
  };
  const t = doc.terms;
  t.ceasefire.type = {
    value: "unilateral",
    status: "reported",
    note: `${SOURCES.kremlinTruce}: truce for the 80th anniversary of Victory Day.`,
  };
  t.ceasefire.declaredBy = { value: "russia", status: "reported", note: SOURCES.kremlinTruce };
  t.ceasefire.startDate = { value: "2025-05-08", status: "reported", note: "From 00:00 on 8 May." };
  t.ceasefire.duration = { value: 3, status: "reported", note: "72 hours, to 00:00 on 11 May." };
  t.ceasefire.scope = { value: ["whole_front", "air", "sea"], status: "reported", note: "A halt to all hostilities." };
  t.ceasefire.conditions = {
    value: "Russia asked Ukraine to join and said it would answer any violation.",
    status: "reported",
    note: SOURCES.kremlinTruce,
  };
  t.sanctions.relief = { value: "none", status: "reported", note: "Western sanctions on Russia in force." };
  t.nuclearPlant.control = {
    value: "russia",
    status: "reported",
    note: "Held by Russia; the U.S. proposal would hand it back (Reuters, 25 Apr 2025).",
  };
  return doc;
}
