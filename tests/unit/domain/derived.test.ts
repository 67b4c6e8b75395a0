import { describe, expect, it } from "vitest";
import { recognisedBorders } from "@/server/domain/defaults.ts";
import {
  regionChanges,
  territoryHeadline,
  territoryShareHeldBy,
  ukraineKm2HeldBy,
  unassignedKm2,
} from "@/server/domain/derived.ts";
import { UKRAINE_AREA_KM2 } from "@/server/domain/reference/regions.ts";
import { officialArea, ukraineAreaFromGeojson } from "../../helpers/regions-geojson.ts";
import { seedDocument, statusQuoDocument, usProposalDocument, withRegion } from "../../helpers/documents.ts";

// Per-region Russian-held km² of the status-quo seed, from the research notes (SOURCES.md).
const STATUS_QUO_RUSSIA = {
  "UA-43": 26081,
  "UA-40": 864,
  "UA-09": 26484,
  "UA-14": 18562,
  "UA-23": 19787,
  "UA-65": 20492,
  "UA-63": 1150,
  "UA-48": 110,
};
const STATUS_QUO_RUSSIA_KM2 = 26081 + 864 + 26484 + 18562 + 19787 + 20492 + 1150 + 110;

describe("recognised borders", () => {
  const territory = recognisedBorders();

  it("gives Russia nothing of Ukraine and Ukraine all 603,540 km²", () => {
    expect(UKRAINE_AREA_KM2).toBe(603_540);
    expect(ukraineKm2HeldBy(territory, "russia")).toBe(0);
    expect(ukraineKm2HeldBy(territory, "ukraine")).toBe(603_540);
    expect(ukraineKm2HeldBy(territory, "contested")).toBe(0);
    expect(territoryShareHeldBy(territory, "ukraine")).toBe(1);
    expect(territoryShareHeldBy(territory, "russia")).toBe(0);
  });

  it("headline: nothing unassigned, nothing of Russia held by Ukraine", () => {
    expect(territoryHeadline(territory)).toMatchObject({
      russiaKm2: 0,
      russiaShare: 0,
      ukraineKm2: ukraineAreaFromGeojson(),
      ukraineShare: 1,
      contestedKm2: 0,
      unassignedKm2: 0,
      ukraineHeldInRussiaKm2: 0,
    });
  });
});

describe("status quo seed", () => {
  const territory = statusQuoDocument().terms.territory;

  it("Russia holds 113,530 km², the sum of the per-region figures", () => {
    expect(STATUS_QUO_RUSSIA_KM2).toBe(113_530);
    for (const [id, km2] of Object.entries(STATUS_QUO_RUSSIA))
      expect(territory[id as keyof typeof territory].russiaKm2, id).toBe(km2);
    expect(ukraineKm2HeldBy(territory, "russia")).toBe(113_530);
  });

  it("Russia's share is 18.8 %, Ukraine holds the rest", () => {
    const headline = territoryHeadline(territory);
    expect(headline.russiaShare).toBeCloseTo(113_530 / 603_540, 12);
    expect(Math.round(headline.russiaShare * 1000) / 10).toBe(18.8);
    expect(headline.ukraineKm2).toBe(603_540 - 113_530);
    expect(headline.russiaShare + headline.ukraineShare).toBeCloseTo(1, 12);
    expect(headline.unassignedKm2).toBe(0);
  });

  it("Russian regions are not counted as km² of Ukraine", () => {
    // RU-KRS and RU-BEL are mostly held by Russia in this seed; counting them would add ~57,000 km².
    expect(territory["RU-KRS"].russiaKm2).toBeGreaterThan(0);
    expect(ukraineKm2HeldBy(territory, "russia")).toBe(113_530);
    expect(ukraineKm2HeldBy(territory, "contested")).toBe(0);
  });
});

describe("U.S. proposal seed", () => {
  const territory = usProposalDocument().terms.territory;

  it("returns all of Kharkiv (UA-63) to Ukraine", () => {
    expect(territory["UA-63"]).toMatchObject({ russiaKm2: 0, contestedKm2: 0, ukraineKm2: officialArea("UA-63") });
    expect(officialArea("UA-63")).toBe(31_415);
  });

  it("leaves Russia just under a fifth of Ukraine", () => {
    const share = territoryShareHeldBy(territory, "russia");
    expect(share).toBeLessThan(0.2);
    expect(share).toBeGreaterThan(0.18);
    // Status quo minus Kharkiv's 1,150 and Kinburn's 110 km².
    expect(ukraineKm2HeldBy(territory, "russia")).toBe(113_530 - 1_150 - 110);
  });
});

describe("Ukraine holding Russian land", () => {
  it("counts toward ukraineHeldInRussiaKm2, never toward km² of Ukraine", () => {
    const doc = withRegion(
      withRegion(statusQuoDocument(), "RU-KRS", { russiaKm2: 0, contestedKm2: 0, ukraineKm2: 1_000 }),
      "RU-BEL",
      {
        russiaKm2: 27_000,
        contestedKm2: 0,
        ukraineKm2: 134,
      },
    );
    const headline = territoryHeadline(doc.terms.territory);
    expect(headline.ukraineHeldInRussiaKm2).toBe(1_134);
    expect(headline.ukraineKm2).toBe(603_540 - 113_530);
    expect(headline.russiaKm2).toBe(113_530);
  });
});

describe("contested land", () => {
  it("counts as neither Russian nor Ukrainian", () => {
    const doc = withRegion(statusQuoDocument(), "UA-14", { russiaKm2: 17_000, contestedKm2: 2_000, ukraineKm2: 7_517 });
    const headline = territoryHeadline(doc.terms.territory);
    expect(headline.contestedKm2).toBe(2_000);
    expect(headline.russiaKm2).toBe(113_530 - 18_562 + 17_000);
    expect(headline.ukraineKm2).toBe(603_540 - 113_530 - (26_517 - 18_562) + 7_517);
    expect(headline.russiaKm2 + headline.ukraineKm2 + headline.contestedKm2).toBe(603_540);
    expect(territoryShareHeldBy(doc.terms.territory, "contested")).toBeCloseTo(2_000 / 603_540, 12);
  });
});

describe("unassignedKm2", () => {
  it("is the area minus the three figures, never negative", () => {
    const row = statusQuoDocument().terms.territory["UA-63"];
    expect(unassignedKm2("UA-63", row)).toBe(0);
    expect(unassignedKm2("UA-63", { ...row, russiaKm2: 1_000, ukraineKm2: 20_000, contestedKm2: 415 })).toBe(31_415 - 21_415);
    expect(unassignedKm2("UA-30", { ...row, russiaKm2: 0, ukraineKm2: 0, contestedKm2: 0 })).toBe(839);
    expect(unassignedKm2("UA-30", { ...row, russiaKm2: 900, ukraineKm2: 0, contestedKm2: 0 })).toBe(0);
  });

  it("shows up in the headline when a region is left partly unassigned", () => {
    const doc = withRegion(statusQuoDocument(), "UA-14", { ukraineKm2: 0 });
    const headline = territoryHeadline(doc.terms.territory);
    expect(headline.unassignedKm2).toBe(26_517 - 18_562);
    expect(headline.russiaKm2 + headline.ukraineKm2 + headline.contestedKm2 + headline.unassignedKm2).toBe(603_540);
  });
});

describe("regionChanges", () => {
  it("is empty for identical territories", () => {
    const doc = statusQuoDocument();
    expect(regionChanges(doc.terms.territory, structuredClone(doc.terms.territory))).toEqual([]);
  });

  it("reports exactly the changed region with after − before deltas", () => {
    const before = statusQuoDocument();
    const after = withRegion(before, "UA-14", { russiaKm2: 20_000, ukraineKm2: 6_000, contestedKm2: 517 });
    expect(regionChanges(before.terms.territory, after.terms.territory)).toEqual([
      {
        regionId: "UA-14",
        delta: { russia: 20_000 - 18_562, ukraine: 6_000 - (26_517 - 18_562), contested: 517 },
        before: { russiaKm2: 18_562, ukraineKm2: 26_517 - 18_562, contestedKm2: 0, zone: "none" },
        after: { russiaKm2: 20_000, ukraineKm2: 6_000, contestedKm2: 517, zone: "none" },
      },
    ]);
  });

  it("reports a zone change with zero deltas, and ignores notes and statuses", () => {
    const before = statusQuoDocument();
    const noteOnly = withRegion(before, "UA-59", { note: "changed", status: "claimed" });
    expect(regionChanges(before.terms.territory, noteOnly.terms.territory)).toEqual([]);
    const zoned = withRegion(before, "UA-59", { zone: "buffer" });
    const changes = regionChanges(before.terms.territory, zoned.terms.territory);
    expect(changes.map((c) => [c.regionId, c.delta, c.before.zone, c.after.zone])).toEqual([
      ["UA-59", { russia: 0, ukraine: 0, contested: 0 }, "none", "buffer"],
    ]);
  });

  it("status quo → U.S. proposal: Kharkiv and Mykolaiv go back to Ukraine, in catalogue order", () => {
    const changes = regionChanges(statusQuoDocument().terms.territory, seedDocument("us-proposal-2025-04").terms.territory);
    expect(changes.map((c) => [c.regionId, c.delta])).toEqual([
      ["UA-48", { russia: -110, ukraine: 110, contested: 0 }],
      ["UA-63", { russia: -1_150, ukraine: 1_150, contested: 0 }],
    ]);
  });
});
