import { describe, expect, it } from "vitest";
import { territoryHeadline } from "@/server/domain/derived.ts";
import type { RegionId } from "@/server/domain/reference/regions.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { seedDocument } from "../../helpers/documents.ts";
import { officialArea, regionFeatures } from "../../helpers/regions-geojson.ts";

describe("every seed", () => {
  it("has a unique key and a unique title", () => {
    expect(new Set(SEED_SCENARIOS.map((s) => s.key)).size).toBe(SEED_SCENARIOS.length);
    expect(new Set(SEED_SCENARIOS.map((s) => s.document().title)).size).toBe(SEED_SCENARIOS.length);
  });

  it.each(SEED_SCENARIOS.map((s) => [s.key, s]))("%s: valid, summarised, and every region fully assigned", (_key, seed) => {
    const doc = seed.document();
    expect(ScenarioDocument.safeParse(doc).success).toBe(true);
    expect(doc.summary.length).toBeGreaterThan(50);
    for (const f of regionFeatures()) {
      const row = doc.terms.territory[f.id as RegionId];
      expect(row.russiaKm2 + row.ukraineKm2 + row.contestedKm2, f.id).toBe(f.properties.area_km2);
      expect(row.status, f.id).not.toBeNull();
      expect(row.note, f.id).not.toBe("");
    }
  });

  it.each(SEED_SCENARIOS.map((s) => [s.key, s]))("%s: every stated term has a status and a source note", (_key, seed) => {
    const { territory: _territory, ...issues } = seed.document().terms;
    const stated = Object.values(issues).flatMap((group) =>
      Object.values(group as Record<string, { value: unknown; status: unknown; note: string }>),
    );
    for (const term of stated.filter((t) => t.value !== null)) {
      expect(term.status).not.toBeNull();
      expect(term.note.length).toBeGreaterThan(0);
    }
  });

  it.each(SEED_SCENARIOS.map((s) => [s.key, s]))("%s: document() returns a fresh copy each time", (_key, seed) => {
    const first = seed.document();
    first.terms.territory["UA-63"].russiaKm2 = 12_345;
    first.parties.push({ id: "someone", name: "Someone", role: "observer" });
    expect(seed.document().terms.territory["UA-63"].russiaKm2).not.toBe(12_345);
    expect(seed.document().parties.some((p) => p.id === "someone")).toBe(false);
  });
});

describe("Russia's conditions", () => {
  const doc = seedDocument("russia-conditions-2024-06");

  it("claims all of Luhansk, Donetsk, Zaporizhzhia and Kherson", () => {
    for (const id of ["UA-09", "UA-14", "UA-23", "UA-65"] as const) {
      expect(doc.terms.territory[id], id).toMatchObject({ russiaKm2: officialArea(id), ukraineKm2: 0, contestedKm2: 0 });
    }
    const expected = 26_081 + 864 + 26_684 + 26_517 + 27_180 + 28_461 + 1_150 + 110;
    expect(territoryHeadline(doc.terms.territory).russiaKm2).toBe(expected);
  });

  it("puts a buffer zone on the three northern border regions, and all of Kursk back with Russia", () => {
    const zoned = Object.entries(doc.terms.territory)
      .filter(([, r]) => r.zone !== "none")
      .map(([id, r]) => [id, r.zone]);
    expect(zoned.sort()).toEqual([
      ["UA-59", "buffer"],
      ["UA-63", "buffer"],
      ["UA-74", "buffer"],
    ]);
    expect(doc.terms.territory["RU-KRS"]).toMatchObject({ russiaKm2: 29_997, ukraineKm2: 0, contestedKm2: 0 });
  });
});

describe("the Ukrainian-European counter-proposal", () => {
  const doc = seedDocument("ukraine-europe-2025-04");

  it("adds the European partners as a party and returns the Kinburn spit", () => {
    expect(doc.parties.map((p) => p.id)).toContain("european-partners");
    expect(doc.terms.territory["UA-48"]).toMatchObject({ russiaKm2: 0, ukraineKm2: officialArea("UA-48") });
    expect(territoryHeadline(doc.terms.territory).russiaKm2).toBe(113_530 - 110);
  });

  it("recognises nothing", () => {
    expect(doc.terms.recognition.crimea.value).toBe("none");
    expect(doc.terms.recognition.otherOccupied.value).toBe("none");
  });
});

describe("status quo, Kursk and Belgorod", () => {
  it("shows Ukraine's remaining foothold as contested, not held", () => {
    const t = seedDocument("status-quo-2025-05").terms.territory;
    expect([t["RU-KRS"].contestedKm2, t["RU-BEL"].contestedKm2]).toEqual([8, 22]);
    expect(territoryHeadline(t).ukraineHeldInRussiaKm2).toBe(0);
    expect(t["RU-BRY"]).toMatchObject({ russiaKm2: 34_857, ukraineKm2: 0, contestedKm2: 0 });
  });
});
