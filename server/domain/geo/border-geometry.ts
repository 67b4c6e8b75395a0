import type { MultiPolygon, Polygon, Position } from "geojson";
import type { BORDER_SEGMENTS } from "../options.ts";
import type { RegionId } from "../reference/regions.ts";

// Where each border segment of the buffer-zone term runs, read from the reference outlines.
// The generated geometry is server/domain/reference/border-geometry.json (npm run build:geometry).

export type BorderSegment = (typeof BORDER_SEGMENTS)[number];

export interface SegmentSource {
  /** The Ukrainian region on the segment. */
  ukraine: RegionId;
  /** The Russian region across it, when the reference data has it (Rostov and Voronezh are not in it). */
  russia: RegionId | null;
  /** Where the segment stops, when the region's outer edge goes on along a coast. */
  endsAt?: Position;
}

/**
 * The segments that follow the state border. "Line of contact" has no geometry in Parley (the
 * reference data has no front line), so a band along it can't be drawn or measured.
 */
export const BORDER_SEGMENT_SOURCES: Partial<Record<BorderSegment, SegmentSource>> = {
  chernihiv_bryansk: { ukraine: "UA-74", russia: "RU-BRY" },
  sumy_bryansk: { ukraine: "UA-59", russia: "RU-BRY" },
  sumy_kursk: { ukraine: "UA-59", russia: "RU-KRS" },
  kharkiv_belgorod: { ukraine: "UA-63", russia: "RU-BEL" },
  luhansk_russia: { ukraine: "UA-09", russia: null },
  // The land border reaches the Sea of Azov at the Mius estuary; the outline's vertex there.
  donetsk_russia: { ukraine: "UA-14", russia: null, endsAt: [38.2166, 47.1033] },
};

export interface BorderGeometry {
  source: string;
  /** Each segment as lines of [longitude, latitude]. */
  segments: Partial<Record<BorderSegment, { lines: Position[][] }>>;
  /** The land a band is clipped to: Ukraine, and the three Russian border regions in the reference data. */
  land: { ukraine: Polygon | MultiPolygon; russia: Polygon | MultiPolygon };
  /**
   * The same land region by region, with each one's bounding box: a band is clipped to the few
   * regions it reaches, far cheaper than clipping it to a whole country's outline.
   */
  regions: {
    id: RegionId;
    country: "UA" | "RU";
    bbox: [west: number, south: number, east: number, north: number];
    geometry: Polygon | MultiPolygon;
  }[];
}
