import area from "@turf/area";
import { feature, lineString } from "@turf/helpers";
import length from "@turf/length";
import type { Position } from "geojson";
import type { BufferZoneInput } from "./buffer-zone-input.ts";
import { BORDER_SEGMENT_SOURCES, type BorderGeometry, type BorderSegment } from "./geo/border-geometry.ts";
import { bandAround, intersection, landOf, planeCentredOn, unionOf, type PlanarShape, type Shape } from "./geo/planar-band.ts";
import { optionLabel } from "./options.ts";
import geometryJson from "./reference/border-geometry.json" with { type: "json" };

// A buffer zone as geometry: a band of the stated depth along each chosen border segment, on the
// side the scenario puts it, clipped to the land, with its area. Computed on a plane with Clipper
// (geo/planar-band.ts); lengths and areas geodesic with turf. Server only (neither is shipped to
// browsers); buffer-zone-input.ts reads the terms it needs.

const geometry = geometryJson as unknown as BorderGeometry;

export type BandSide = "ukraine" | "russia" | "both";

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

const centre = ((points: Position[]) => [0, 1].map((i) => points.reduce((sum, p) => sum + p[i]!, 0) / points.length))(
  Object.values(geometry.segments).flatMap((s) => s!.lines.flat()),
);
const plane = planeCentredOn(centre);
const landOfCountry = (country: "UA" | "RU") =>
  landOf(
    plane,
    geometry.regions.filter((r) => r.country === country).map((r) => r.geometry),
  );
// Put on the plane once, when first needed.
const landOn = { UA: once(() => landOfCountry("UA")), RU: once(() => landOfCountry("RU")) };
const segmentOnPlane = new Map(Object.entries(geometry.segments).map(([segment, s]) => [segment, plane.toPlane(s!.lines)]));

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

interface Part {
  planar: PlanarShape;
  shape: Shape | null;
  km2: number;
}

// Bands are recomputed as a user types a depth; each distinct depth (any tenth of a km up to the
// limit) is a new entry, so the cache keeps the most recently used few hundred, not all of them.
const CACHE_SIZE = 512;
const partCache = new Map<string, Part>();
const partKey = (segment: BorderSegment, depthKm: number, country: "UA" | "RU") => `${segment}:${depthKm}:${country}`;

function remembered(key: string, compute: () => Part): Part {
  const known = partCache.get(key);
  if (known) {
    partCache.delete(key);
    partCache.set(key, known);
    return known;
  }
  const part = compute();
  if (partCache.size >= CACHE_SIZE) partCache.delete(partCache.keys().next().value!);
  partCache.set(key, part);
  return part;
}

/** The segment's band on one country's land. */
function part(segment: BorderSegment, depthKm: number, country: "UA" | "RU"): Part {
  return remembered(partKey(segment, depthKm, country), () => {
    const planar = intersection(bandAround(segmentOnPlane.get(segment)!, depthKm * 1000), landOn[country]());
    const shape = plane.toShape(planar);
    return { planar, shape, km2: km2(shape) };
  });
}

const countriesOf = (side: BandSide): ("UA" | "RU")[] => (side === "both" ? ["UA", "RU"] : side === "russia" ? ["RU"] : ["UA"]);

/** The land within `depthKm` of the segment, on one side (only the sides asked for are computed). */
function segmentBand(segment: BorderSegment, depthKm: number, side: BandSide) {
  const countries = countriesOf(side);
  const on = (country: "UA" | "RU") => (countries.includes(country) ? part(segment, depthKm, country) : null);
  return { ukraine: on("UA"), russia: on("RU") };
}

/** Merged band of several segments' parts (overlaps counted once). */
function merged(parts: (Part | null)[]): { shape: Shape | null; km2: number } {
  const present = parts.filter((p): p is Part => p !== null);
  if (present.length <= 1) return { shape: present[0]?.shape ?? null, km2: present[0]?.km2 ?? 0 };
  const shape = plane.toShape(unionOf(present.map((p) => p.planar)));
  return { shape, km2: km2(shape) };
}

/**
 * Whether the band of `input` is already computed (then it costs a union at most): the API charges
 * a band that is not more (server/trpc/routers/map.ts).
 */
export function bandIsRemembered(input: BufferZoneInput): boolean {
  const depthKm = input.depthKm;
  if (input.segments.length === 0 || depthKm === null || !(depthKm > 0)) return true;
  const zoned = new Set<string>(input.zonedRegions);
  return input.segments.every(
    (segment) =>
      !BORDER_SEGMENT_SOURCES[segment] ||
      countriesOf(sideOf(segment, zoned).side).every((c) => partCache.has(partKey(segment, depthKm, c))),
  );
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
  const parts: ReturnType<typeof segmentBand>[] = [];
  for (const segment of input.segments) {
    const label = optionLabel(segment);
    if (!BORDER_SEGMENT_SOURCES[segment]) {
      notDrawn.push({
        segment,
        label,
        reason: "Parley has no geometry of the line of contact, so this part is neither drawn nor measured",
      });
      continue;
    }
    const { side, assumed } = sideOf(segment, zoned);
    const part = segmentBand(segment, depthKm, side);
    parts.push(part);
    segments.push({
      segment,
      label,
      side,
      sideAssumed: assumed,
      lengthKm: segmentLengthKm(segment),
      ukraineKm2: part.ukraine?.km2 ?? 0,
      russiaKm2: part.russia?.km2 ?? 0,
    });
  }
  if (segments.length === 0 && notDrawn.length === 0) return null;
  const ukraine = merged(parts.map((p) => p.ukraine));
  const russia = merged(parts.map((p) => p.russia));
  return {
    depthKm,
    segments,
    notDrawn,
    ukraineKm2: ukraine.km2,
    russiaKm2: russia.km2,
    shapes: { ukraine: ukraine.shape, russia: russia.shape },
    lines: segments.flatMap((s) => geometry.segments[s.segment]!.lines) as [number, number][][],
  };
}
