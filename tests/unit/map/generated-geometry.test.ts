import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBorderGeometry, buildProjectedMap, readRegions, SHAPES_PATH, shapesSvg } from "@/server/map/build-geometry.ts";

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

  it("projected-map.json and the shapes file are up to date, with every region, the border and the places", () => {
    const { map, shapes } = buildProjectedMap(regions);
    expect(committed("server/map/projected-map.json")).toEqual(JSON.parse(JSON.stringify(map)));
    const svg = readFileSync(`public${SHAPES_PATH}`, "utf8");
    expect(svg).toBe(shapesSvg(shapes));
    // The address changes with the file, so a browser never draws with shapes it cached for other ones.
    expect(map.shapes).toBe(`${SHAPES_PATH}?v=${createHash("sha256").update(svg).digest("hex").slice(0, 12)}`);
    expect(Object.keys(map.regions)).toHaveLength(30);
    expect(Object.keys(shapes.regions).sort()).toEqual(Object.keys(map.regions).sort());
    for (const [id, region] of Object.entries(map.regions)) {
      expect(shapes.regions[id], id).toMatch(/^M[\d.]+,[\d.]+l/);
      expect(svg, id).toContain(`<path id="${id}" d="${shapes.regions[id]}"/>`);
      const [x, y] = region.label;
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(map.width);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(map.height);
    }
    expect(shapes.ukraineBorder.length).toBeGreaterThan(1000);
  });
});
