import { describe, expect, it } from "vitest";
import { TERM_SPECS } from "@/server/domain/catalog.ts";
import { regionFeatures, ukraineAreaFromGeojson } from "../helpers/regions-geojson.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

const t = testDbPerFile({ seed: false });

describe("catalog.get", () => {
  it("returns the issues, territory first, with every term", async () => {
    const catalog = await t.caller.catalog.get();
    expect(catalog.issues.map((i) => i.id)).toEqual([
      "territory",
      "ceasefire",
      "bufferZone",
      "security",
      "sanctions",
      "prisoners",
      "nuclearPlant",
      "recognition",
      "forces",
      "specialZone",
      "elections",
      "amnesty",
      "assets",
      "eu",
      "society",
      "oversight",
      "ratification",
    ]);
    expect(catalog.issues.flatMap((i) => i.terms.map((term) => term.id))).toEqual(TERM_SPECS.map((s) => s.id));
  });

  it("returns the 30 regions with their official areas, and Ukraine's area", async () => {
    const catalog = await t.caller.catalog.get();
    expect(catalog.regions.map((r) => ({ id: r.id, areaKm2: r.areaKm2, country: r.country }))).toEqual(
      regionFeatures().map((f) => ({ id: f.id, areaKm2: f.properties.area_km2, country: f.properties.country })),
    );
    expect(catalog.ukraineAreaKm2).toBe(ukraineAreaFromGeojson());
  });

  it("labels options for people, e.g. the ceasefire monitoring choices", async () => {
    const catalog = await t.caller.catalog.get();
    const monitoring = catalog.issues.flatMap((i) => i.terms).find((term) => term.id === "ceasefire.monitoring");
    expect(monitoring?.options).toEqual([
      { value: "none", label: "None" },
      { value: "parties", label: "The parties" },
      { value: "third_party", label: "A third party" },
      { value: "un_osce", label: "UN / OSCE" },
    ]);
  });
});
