import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBorderGeometry, buildProjectedMap, readRegions } from "@/server/map/build-geometry.ts";

// The generated files are committed (the app reads them at run time); they must be what
// `npm run build:geometry` makes from the reference outlines today.

const committed = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const regions = readRegions();

describe("generated map geometry", () => {
  it("border-geometry.json is up to date with regions.geojson", () => {
    expect(committed("server/domain/reference/border-geometry.json")).toEqual(
      JSON.parse(JSON.stringify(buildBorderGeometry(regions))),
    );
  });

  it("projected-map.json is up to date, with every region, the border and the places", () => {
    const map = buildProjectedMap(regions);
    expect(committed("server/map/projected-map.json")).toEqual(JSON.parse(JSON.stringify(map)));
    expect(Object.keys(map.regions)).toHaveLength(30);
    for (const [id, region] of Object.entries(map.regions)) {
      expect(region.d, id).toMatch(/^M[\d.]+,[\d.]+l/);
      const [x, y] = region.label;
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(map.width);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(map.height);
    }
    expect(map.ukraineBorder.length).toBeGreaterThan(1000);
  });
});
