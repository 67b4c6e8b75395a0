import { geoArea, geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import { REGION_IDS, REGIONS, regionById, UKRAINE_AREA_KM2, UKRAINE_REGIONS } from "@/server/domain/reference/regions.ts";
import { regionFeatures } from "../../helpers/regions-geojson.ts";

const features = regionFeatures();
const EARTH_RADIUS_KM = 6371.0088;

describe("REGIONS and regions.geojson", () => {
  it("list the same 30 ids, in the same order", () => {
    expect(features).toHaveLength(30);
    expect(REGIONS.map((r) => r.id)).toEqual(features.map((f) => f.id));
    expect(REGION_IDS).toEqual(features.map((f) => f.properties.id));
    expect(new Set(REGION_IDS).size).toBe(30);
  });

  it.each(features.map((f) => [f.id, f]))("%s: same name, country, kind and official area", (id, feature) => {
    const region = regionById(id)!;
    expect(region).toBeDefined();
    expect({
      name: region.name,
      shortName: region.shortName,
      country: region.country,
      kind: region.kind,
      areaKm2: region.areaKm2,
    }).toEqual({
      name: feature.properties.name,
      shortName: feature.properties.short_name,
      country: feature.properties.country,
      kind: feature.properties.type,
      areaKm2: feature.properties.area_km2,
    });
  });

  it("has 27 Ukrainian units, Crimea and Sevastopol among them, and 3 Russian oblasts", () => {
    expect(UKRAINE_REGIONS).toHaveLength(27);
    expect(regionById("UA-43")?.country).toBe("UA");
    expect(regionById("UA-40")?.country).toBe("UA");
    expect(REGIONS.filter((r) => r.country === "RU").map((r) => r.id)).toEqual(["RU-KRS", "RU-BEL", "RU-BRY"]);
    expect(REGION_IDS.every((id) => /^(UA-\d\d|RU-[A-Z]{3})$/.test(id))).toBe(true);
  });

  it("regionById knows nothing else", () => {
    expect(regionById("UA-99")).toBeUndefined();
    expect(regionById("ua-63")).toBeUndefined();
    expect(regionById("")).toBeUndefined();
  });
});

describe("UKRAINE_AREA_KM2", () => {
  it("is 603,540 km², the sum of the official areas of the Ukrainian features", () => {
    const fromFile = features.filter((f) => f.properties.country === "UA").reduce((s, f) => s + f.properties.area_km2, 0);
    expect(fromFile).toBe(603_540);
    expect(UKRAINE_AREA_KM2).toBe(603_540);
  });

  it("is within 0.02 % of the most-cited national figure, 603,628 km²", () => {
    expect(Math.abs(UKRAINE_AREA_KM2 - 603_628) / 603_628).toBeLessThan(0.0002);
  });
});

describe("geometry", () => {
  it.each(features.map((f) => [f.id, f]))(
    "%s: polygon area matches area_km2_geom (so winding and shape are right)",
    (_id, feature) => {
      const km2 = geoArea(feature as never) * EARTH_RADIUS_KM ** 2;
      expect(Math.abs(km2 / feature.properties.area_km2_geom - 1)).toBeLessThan(0.01);
    },
  );

  // Catches an area typed against the wrong region; small units (Sevastopol) and water (Kherson) differ by up to ~15 %.
  it("official areas are within 20 % of the drawn polygons, except Kyiv city (its polygon is twice its area)", () => {
    const far = features.filter((f) => Math.abs(f.properties.area_km2 / f.properties.area_km2_geom - 1) > 0.2).map((f) => f.id);
    expect(far).toEqual(["UA-30"]);
  });

  it.each(features.map((f) => [f.id, f]))("%s: its label point lies inside its own polygon", (_id, feature) => {
    const label = (feature.properties as unknown as { label: [number, number] }).label;
    expect(geoContains(feature as never, label)).toBe(true);
  });
});
