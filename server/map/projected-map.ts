import json from "./projected-map.json" with { type: "json" };
import type { ProjectedMap } from "./projected-map-types.ts";

/** The map projected once, at build (npm run build:geometry): what the browser draws, with no projection code. */
export const projectedMap = json as unknown as ProjectedMap;

/** A <use> reference to one shape of the shapes file: a region id, or UKRAINE_BORDER_SHAPE. */
export const shapeHref = (shapeId: string) => `${projectedMap.shapes}#${shapeId}`;
