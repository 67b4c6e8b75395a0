import json from "./projected-map.json" with { type: "json" };
import type { ProjectedMap } from "./projected-map-types.ts";

/** The map projected once, at build (npm run build:geometry): what the browser draws, with no projection code. */
export const projectedMap = json as unknown as ProjectedMap;
