import json from "./projected-map.json" with { type: "json" };
import { UKRAINE_BORDER_SHAPE, type ProjectedMap } from "./projected-map-types.ts";

/** The map projected once, at build (npm run build:geometry): what the browser draws, with no projection code. */
export const projectedMap = json as unknown as ProjectedMap;

/** Every shape of the shapes file: the regions, then Ukraine's border. */
export const SHAPE_IDS: readonly string[] = [...Object.keys(projectedMap.regions), UKRAINE_BORDER_SHAPE];

/** A <use> reference to one shape of the shapes file: a region id, or UKRAINE_BORDER_SHAPE. */
export const shapeHref = (shapeId: string) => `${projectedMap.shapes}#${shapeId}`;

/**
 * The same shape by way of the page: the id of a <use> of it that only a page read without
 * JavaScript has (ShapesWithoutScript). The server writes these, so that a browser running scripts
 * does not fetch and parse the shapes file before its first frame.
 */
export const pageShapeId = (shapeId: string) => `shape-${shapeId}`;
export const pageShapeHref = (shapeId: string) => `#${pageShapeId(shapeId)}`;
