import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import union from "@turf/union";
import { geoPath } from "d3-geo";
import { featureCollection } from "@turf/helpers";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { edgeKey, edgeRuns, edgeUses, ringsOf } from "../domain/geo/edge-runs.ts";
import {
  BORDER_SEGMENT_SOURCES,
  type BorderGeometry,
  type BorderSegment,
  type SegmentSource,
} from "../domain/geo/border-geometry.ts";
import type { RegionId } from "../domain/reference/regions.ts";
import { compactPath } from "./compact-path.ts";
import { conicProjection, projectPoint, svgPathOf, type ProjectionFit } from "./projection.ts";
import { MAP_PLACES, MAP_WIDTH, UKRAINE_BORDER_SHAPE, type MapShapes, type ProjectedMap } from "./projected-map-types.ts";

// Derives, from the reference outlines (regions.geojson), the generated files the app reads: the
// border segments and land outlines the buffer zone is computed on, and the map already projected
// to SVG (its layout, and its shapes as a file the browser fetches once). Run `npm run
// build:geometry` after changing the outlines; a unit test checks the committed files are what
// this produces.

type RegionFeature = Feature<
  Polygon | MultiPolygon,
  { id: string; short_name: string; country: "UA" | "RU"; label: [number, number] }
>;

export function readRegions(root = process.cwd()): FeatureCollection<RegionFeature["geometry"], RegionFeature["properties"]> {
  return JSON.parse(readFileSync(path.join(root, "server/domain/reference/regions.geojson"), "utf8"));
}

const ukrainianRings = (regions: RegionFeature[]) =>
  regions.filter((f) => f.properties.country === "UA").flatMap((f) => ringsOf(f.geometry));
const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

export function buildBorderGeometry(collection = readRegions()): BorderGeometry {
  const regions = collection.features as RegionFeature[];
  const byId = new Map(regions.map((f) => [String(f.id), f]));
  const usesInUkraine = edgeUses(ukrainianRings(regions));
  const segments: BorderGeometry["segments"] = {};
  for (const [segment, spec] of Object.entries(BORDER_SEGMENT_SOURCES) as [BorderSegment, SegmentSource][]) {
    const ukrainian = byId.get(spec.ukraine)!;
    const neighbourEdges = spec.russia ? edgeUses(ringsOf(byId.get(spec.russia)!.geometry)) : null;
    // With a Russian region in the reference data: the edges both share. Without (Rostov, Voronezh
    // are not in it): the region's edges no other Ukrainian region shares, up to the coast.
    const keep = (a: Position, b: Position) =>
      neighbourEdges ? neighbourEdges.has(edgeKey(a, b)) : usesInUkraine.get(edgeKey(a, b)) === 1;
    let lines = edgeRuns(ringsOf(ukrainian.geometry), keep);
    const until = spec.endsAt;
    if (until) {
      lines = lines.map((line) => {
        const end = line.findIndex((p) => same(p, until));
        return end >= 0 ? line.slice(0, end + 1) : line;
      });
    }
    segments[segment] = { lines };
  }
  const land = (country: "UA" | "RU") => {
    const merged = union(featureCollection(regions.filter((f) => f.properties.country === country)));
    if (!merged) throw new Error(`No land for ${country}`);
    return merged.geometry as Polygon | MultiPolygon;
  };
  const boxed = regions.map((f) => {
    const points = ringsOf(f.geometry).flat();
    const xs = points.map((p) => p[0]!);
    const ys = points.map((p) => p[1]!);
    const bbox: [number, number, number, number] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    return { id: String(f.id) as RegionId, country: f.properties.country, bbox, geometry: f.geometry };
  });
  return {
    source: "Derived from regions.geojson (Natural Earth, public domain) by server/map/build-geometry.ts",
    segments,
    land: { ukraine: land("UA"), russia: land("RU") },
    regions: boxed,
  };
}

const MARGIN = 12;

/** Where pages fetch the shapes file from (public/map/regions.svg). */
export const SHAPES_PATH = "/map/regions.svg";

/** The shapes as an SVG file of paths without fill or stroke, so that each <use> styles its copy. */
export function shapesSvg(shapes: MapShapes): string {
  const path = (id: string, d: string) => `<path id="${id}" d="${d}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"><defs>`,
    ...Object.entries(shapes.regions).map(([id, d]) => path(id, d)),
    path(UKRAINE_BORDER_SHAPE, shapes.ukraineBorder),
    `</defs></svg>`,
    "",
  ].join("\n");
}

/** The map's layout and its shapes, projected once; the layout names the shapes file by its content. */
export function buildProjectedMap(collection = readRegions()): { map: ProjectedMap; shapes: MapShapes } {
  const regions = collection.features as RegionFeature[];
  const projection = conicProjection().fitWidth(MAP_WIDTH - 2 * MARGIN, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN);
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, height - MARGIN],
    ],
    collection,
  );
  const fit: ProjectionFit = { scale: projection.scale(), translate: projection.translate() as [number, number] };
  const rings = ukrainianRings(regions);
  const uses = edgeUses(rings);
  // Ukraine's internationally recognised border: the edges of its regions no other Ukrainian region shares.
  const outline = edgeRuns(rings, (a, b) => uses.get(edgeKey(a, b)) === 1);
  const shapes: MapShapes = {
    regions: Object.fromEntries(regions.map((f) => [String(f.id), compactPath(svgPathOf(projection, f))])),
    ukraineBorder: compactPath(svgPathOf(projection, { type: "MultiLineString", coordinates: outline })),
  };
  const version = createHash("sha256").update(shapesSvg(shapes)).digest("hex").slice(0, 12);
  const map: ProjectedMap = {
    width: MAP_WIDTH,
    height,
    fit,
    regions: Object.fromEntries(regions.map((f) => [String(f.id), { label: projectPoint(projection, f.properties.label) }])),
    places: MAP_PLACES.map((p) => ({ text: p.text, kind: p.kind, at: projectPoint(projection, p.lonLat) })),
    shapes: `${SHAPES_PATH}?v=${version}`,
  };
  return { map, shapes };
}
