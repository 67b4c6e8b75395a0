import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Geometry, Position } from "geojson";

// The map's projection, on the server only: the build script projects the regions once
// (server/map/projected-map.json) and the buffer band is projected here with the same numbers,
// so no browser downloads d3-geo or the raw outlines.

/** An equal-area conic centred on Ukraine, so the shaded areas compare fairly. */
export function conicProjection(): GeoProjection {
  return geoConicEqualArea().rotate([-31.5, 0]).parallels([45.5, 51.5]);
}

export interface ProjectionFit {
  scale: number;
  translate: [number, number];
}

export function fittedProjection(fit: ProjectionFit): GeoProjection {
  return conicProjection().scale(fit.scale).translate(fit.translate);
}

/** SVG path data at a tenth of a unit (the map is 800 units wide). */
export function svgPathOf(projection: GeoProjection, object: GeoPermissibleObjects): string {
  return geoPath(projection).digits(1)(object) ?? "";
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function projectPoint(projection: GeoProjection, lonLat: readonly [number, number]): [number, number] {
  const [x, y] = projection([lonLat[0], lonLat[1]]) ?? [0, 0];
  return [round1(x), round1(y)];
}

/**
 * d3-geo reads a polygon's exterior ring clockwise (anything else is the rest of the globe); turf
 * answers in RFC 7946's counter-clockwise order. Reverses every ring of turf's polygons for d3.
 */
export function forD3(geometry: Geometry): Geometry {
  const flip = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: flip(geometry.coordinates) };
  if (geometry.type === "MultiPolygon") return { type: "MultiPolygon", coordinates: geometry.coordinates.map(flip) };
  return geometry;
}
