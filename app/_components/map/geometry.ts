import { geoConicEqualArea, geoPath, type GeoProjection } from "d3-geo";
import type { MultiLineString, Position } from "geojson";
// Turbopack reads a ".geojson" file as JSON only when asked to; TypeScript gets its type from regions-geojson.d.ts.
import regionsGeoJson from "@/server/domain/reference/regions.geojson" with { type: "json" };
import type { RegionId } from "@/server/domain/reference/regions.ts";

// The map's drawing, computed once per page load: the same numbers on the server and in the browser.

/** Width of the SVG's coordinate system; the SVG scales to its container through its viewBox. */
export const MAP_WIDTH = 800;
const MARGIN = 12;

export interface RegionShape {
  id: RegionId;
  /** SVG path data. */
  d: string;
  /** Where the region's label goes (the reference file's label point), in SVG coordinates. */
  label: Point;
}

export type Point = readonly [x: number, y: number];

export interface MapGeometry {
  width: number;
  height: number;
  regions: ReadonlyMap<RegionId, RegionShape>;
  /** Ukraine's internationally recognised border (land borders and coast), as one path. */
  ukraineBorder: string;
  /** A longitude/latitude in SVG coordinates. */
  project: (lonLat: readonly [number, number]) => Point;
}

let cached: MapGeometry | undefined;

export function mapGeometry(): MapGeometry {
  cached ??= build();
  return cached;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function build(): MapGeometry {
  const collection = regionsGeoJson;
  // An equal-area conic centred on Ukraine, so the shaded areas compare fairly.
  const projection: GeoProjection = geoConicEqualArea()
    .rotate([-31.5, 0])
    .parallels([45.5, 51.5])
    .fitWidth(MAP_WIDTH - 2 * MARGIN, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN);
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, height - MARGIN],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  const project = (lonLat: readonly [number, number]): Point => {
    const [x, y] = projection([lonLat[0], lonLat[1]]) ?? [0, 0];
    return [round1(x), round1(y)];
  };

  const regions = new Map<RegionId, RegionShape>();
  for (const feature of collection.features) {
    const id = String(feature.id) as RegionId;
    regions.set(id, { id, d: path(feature) ?? "", label: project(feature.properties.label) });
  }
  return { width: MAP_WIDTH, height, regions, ukraineBorder: path(ukraineOutline()) ?? "", project };
}

/**
 * The edges of Ukraine's regions that no other Ukrainian region shares: the country's border. The
 * reference file keeps topology (neighbours share identical vertices), so shared edges match exactly.
 */
function ukraineOutline(): MultiLineString {
  const rings: Position[][] = [];
  for (const feature of regionsGeoJson.features) {
    if (feature.properties.country !== "UA") continue;
    const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) rings.push(...polygon);
  }
  const point = (p: Position) => `${p[0]},${p[1]}`;
  const edge = (a: Position, b: Position) => {
    const [p, q] = [point(a), point(b)];
    return p < q ? `${p} ${q}` : `${q} ${p}`;
  };
  const uses = new Map<string, number>();
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const key = edge(ring[i]!, ring[i + 1]!);
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }

  const lines: Position[][] = [];
  for (const ring of rings) {
    const n = ring.length - 1;
    const outer = Array.from({ length: n }, (_, i) => uses.get(edge(ring[i]!, ring[i + 1]!)) === 1);
    if (outer.every(Boolean)) {
      lines.push(ring);
      continue;
    }
    // Start the walk where an outer run begins, so no run is split at the ring's closing point.
    const start = outer.findIndex((isOuter, i) => isOuter && !outer[(i - 1 + n) % n]);
    if (start < 0) continue;
    let line: Position[] = [];
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (outer[i]) {
        if (line.length === 0) line.push(ring[i]!);
        line.push(ring[i + 1]!);
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
      }
    }
    if (line.length > 0) lines.push(line);
  }
  return { type: "MultiLineString", coordinates: lines };
}
