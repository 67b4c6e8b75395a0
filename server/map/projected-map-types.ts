import type { ProjectionFit } from "./projection.ts";

// The shape of server/map/projected-map.json: the map drawn once, at build, in SVG coordinates.

/** Width of the SVG's coordinate system; the SVG scales to its container through its viewBox. */
export const MAP_WIDTH = 800;

export type Point = readonly [x: number, y: number];

export interface ProjectedMap {
  width: number;
  height: number;
  /** The fitted projection, so the server projects the buffer band onto the same drawing. */
  fit: ProjectionFit;
  /** Per region id: SVG path data and where its label goes. */
  regions: Record<string, { d: string; label: Point }>;
  /** Ukraine's internationally recognised border (land borders and coast), as one path. */
  ukraineBorder: string;
  /** Orientation only: neighbours and seas in the map's empty space. */
  places: { text: string; kind: "country" | "sea"; at: Point }[];
}

export const MAP_PLACES: { text: string; lonLat: readonly [number, number]; kind: "country" | "sea" }[] = [
  { text: "RUSSIA", lonLat: [37.6, 53.1], kind: "country" },
  { text: "BELARUS", lonLat: [27.6, 52.25], kind: "country" },
  { text: "Black Sea", lonLat: [31.0, 44.95], kind: "sea" },
  { text: "Sea of Azov", lonLat: [36.75, 46.2], kind: "sea" },
];
