import area from "@turf/area";
import buffer from "@turf/buffer";
import { feature, featureCollection, lineString, multiLineString } from "@turf/helpers";
import intersect from "@turf/intersect";
import length from "@turf/length";
import union from "@turf/union";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { BufferZoneInput } from "./buffer-zone-input.ts";
import { BORDER_SEGMENT_SOURCES, type BorderGeometry, type BorderSegment } from "./geo/border-geometry.ts";
import { optionLabel } from "./options.ts";
import geometryJson from "./reference/border-geometry.json" with { type: "json" };

// A buffer zone as geometry: a band of the stated depth along each chosen border segment, on the
// side the scenario puts it, clipped to the land, with its area. Server only (turf is not shipped
// to browsers); buffer-zone-input.ts reads the terms it needs.

const geometry = geometryJson as unknown as BorderGeometry;

export type BandSide = "ukraine" | "russia" | "both";
type Shape = Polygon | MultiPolygon;

export interface SegmentBand {
  segment: BorderSegment;
  label: string;
  side: BandSide;
  /** True when no region on the segment is marked as in a zone: Ukraine's side is assumed. */
  sideAssumed: boolean;
  lengthKm: number;
  /** Area of this segment's band alone; bands of neighbouring segments may overlap at their ends. */
  ukraineKm2: number;
  russiaKm2: number;
}

export interface BufferZoneBand {
  /** null: segments are chosen but no depth is stated, so nothing is drawn or measured (see notDrawn). */
  depthKm: number | null;
  segments: SegmentBand[];
  /** Chosen segments that can't be drawn, with why (e.g. the line of contact, which has no geometry here). */
  notDrawn: { segment: BorderSegment; label: string; reason: string }[];
  /** Area of the whole band (overlaps counted once), in Ukraine and in Russia. */
  ukraineKm2: number;
  russiaKm2: number;
  /** The band clipped to each side's land, in longitude/latitude (RFC 7946 winding). */
  shapes: { ukraine: Shape | null; russia: Shape | null };
  /** The chosen segments' border lines. */
  lines: [number, number][][];
}

const km2 = (shape: Shape | null) => (shape ? area(feature(shape)) / 1e6 : 0);

type Box = BorderGeometry["regions"][number]["bbox"];

function boxOf(shape: Shape): Box {
  const points = (shape.type === "Polygon" ? shape.coordinates : shape.coordinates.flat()).flat();
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The band's part on one country's land: clipped region by region (only those it may reach), then merged. */
function clip(band: Feature<Shape>, country: "UA" | "RU"): Shape | null {
  const box = boxOf(band.geometry);
  const pieces = geometry.regions
    .filter((r) => r.country === country && overlaps(r.bbox, box))
    .map((r) => intersect(featureCollection([band, feature(r.geometry)]))?.geometry ?? null);
  return merge(pieces);
}

function merge(shapes: (Shape | null)[]): Shape | null {
  const present = shapes.filter((s): s is Shape => s !== null);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0]!;
  return union(featureCollection(present.map((s) => feature(s))))?.geometry ?? null;
}

// Bands are recomputed as a user types a depth: keep the latest few per segment, depth and side.
const bandCache = new Map<string, Shape | null>();
const CACHE_SIZE = 128;

function remembered(key: string, compute: () => Shape | null): Shape | null {
  if (bandCache.has(key)) return bandCache.get(key)!;
  const result = compute();
  if (bandCache.size >= CACHE_SIZE) bandCache.delete(bandCache.keys().next().value!);
  bandCache.set(key, result);
  return result;
}

/** The land within `depthKm` of the segment, on one side (only the sides asked for are computed). */
function segmentBand(segment: BorderSegment, depthKm: number, side: BandSide) {
  const around = () =>
    remembered(`${segment}:${depthKm}`, () => {
      const lines = geometry.segments[segment]!.lines;
      return (buffer(multiLineString(lines), depthKm, { units: "kilometers", steps: 8 }) as Feature<Shape> | undefined)?.geometry ?? null;
    });
  const part = (country: "UA" | "RU") =>
    remembered(`${segment}:${depthKm}:${country}`, () => {
      const shape = around();
      return shape ? clip(feature(shape), country) : null;
    });
  return { ukraine: side === "russia" ? null : part("UA"), russia: side === "ukraine" ? null : part("RU") };
}

/** Length of a segment of the border, in km (geodesic). */
export function segmentLengthKm(segment: BorderSegment): number {
  const lines = geometry.segments[segment]?.lines ?? [];
  return lines.reduce((sum, line) => sum + length(lineString(line), { units: "kilometers" }), 0);
}

/**
 * Which side of a segment the band lies on. The territory terms say which regions lie (partly) in a
 * zone: the Russian region marked → Russia's side; both → both; otherwise Ukraine's side, which is
 * what the buffer zones put forward so far meant (assumed when neither region is marked).
 */
function sideOf(segment: BorderSegment, zoned: ReadonlySet<string>): { side: BandSide; assumed: boolean } {
  const source = BORDER_SEGMENT_SOURCES[segment]!;
  const ukraine = zoned.has(source.ukraine);
  const russia = source.russia !== null && zoned.has(source.russia);
  if (russia) return { side: ukraine ? "both" : "russia", assumed: false };
  return { side: "ukraine", assumed: !ukraine };
}

const NO_DEPTH = "no depth is stated, so no band is drawn or measured";

/** The band a buffer zone covers, or null when there is none (no segment, or a depth of 0 km). */
export function bufferZoneBand(input: BufferZoneInput): BufferZoneBand | null {
  const depthKm = input.depthKm;
  if (input.segments.length === 0 || (depthKm !== null && !(depthKm > 0))) return null;
  if (depthKm === null) {
    const notDrawn = input.segments.map((segment) => ({ segment, label: optionLabel(segment), reason: NO_DEPTH }));
    return { depthKm, segments: [], notDrawn, ukraineKm2: 0, russiaKm2: 0, shapes: { ukraine: null, russia: null }, lines: [] };
  }
  const zoned = new Set<string>(input.zonedRegions);
  const segments: SegmentBand[] = [];
  const notDrawn: BufferZoneBand["notDrawn"] = [];
  const parts: { ukraine: Shape | null; russia: Shape | null }[] = [];
  for (const segment of input.segments) {
    const label = optionLabel(segment);
    if (!BORDER_SEGMENT_SOURCES[segment]) {
      notDrawn.push({ segment, label, reason: "Parley has no geometry of the line of contact, so this part is neither drawn nor measured" });
      continue;
    }
    const { side, assumed } = sideOf(segment, zoned);
    const part = segmentBand(segment, depthKm, side);
    parts.push(part);
    segments.push({ segment, label, side, sideAssumed: assumed, lengthKm: segmentLengthKm(segment), ukraineKm2: km2(part.ukraine), russiaKm2: km2(part.russia) });
  }
  if (segments.length === 0 && notDrawn.length === 0) return null;
  const shapes = { ukraine: merge(parts.map((p) => p.ukraine)), russia: merge(parts.map((p) => p.russia)) };
  return {
    depthKm,
    segments,
    notDrawn,
    ukraineKm2: km2(shapes.ukraine),
    russiaKm2: km2(shapes.russia),
    shapes,
    lines: segments.flatMap((s) => geometry.segments[s.segment]!.lines) as [number, number][][],
  };
}
