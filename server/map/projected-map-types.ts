import type { ProjectionFit } from "./projection.ts";

// The map drawn once, at build, in SVG coordinates: its layout (server/map/projected-map.json) and its
// shapes (public/map/regions.svg, which pages reference with <use> so that the browser fetches and
// caches them once instead of reading them again in every page's HTML and script).

/** Width of the SVG's coordinate system; the SVG scales to its container through its viewBox. */
export const MAP_WIDTH = 800;

export type Point = readonly [x: number, y: number];

export interface ProjectedMap {
  width: number;
  height: number;
  /** The fitted projection, so the server projects the buffer band onto the same drawing. */
  fit: ProjectionFit;
  /** Per region id: where its label goes. */
  regions: Record<string, { label: Point }>;
  /** Orientation only: neighbours and seas in the map's empty space. */
  places: { text: string; kind: "country" | "sea"; at: Point }[];
  /** The shapes file's address, versioned by its content: `${shapes}#${shapeId}` names one shape. */
  shapes: string;
}

/** What public/map/regions.svg holds: SVG path data per shape id. */
export interface MapShapes {
  /** Per region id. */
  regions: Record<string, string>;
  /** Ukraine's internationally recognised border (land borders and coast), as one path. */
  ukraineBorder: string;
}

/** The border's id in the shapes file (regions go by their ids). */
export const UKRAINE_BORDER_SHAPE = "ukraine-border";

export const MAP_PLACES: { text: string; lonLat: readonly [number, number]; kind: "country" | "sea" }[] = [
  { text: "RUSSIA", lonLat: [37.6, 53.1], kind: "country" },
  { text: "BELARUS", lonLat: [27.6, 52.25], kind: "country" },
  { text: "Black Sea", lonLat: [31.0, 44.95], kind: "sea" },
  { text: "Sea of Azov", lonLat: [36.75, 46.2], kind: "sea" },
];
