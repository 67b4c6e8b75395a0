import type { BufferZoneInput } from "../domain/buffer-zone-input.ts";
import { bufferZoneBand, type BufferZoneBand } from "../domain/buffer-zone.ts";
import { projectedMap } from "./projected-map.ts";
import { compactPath } from "./compact-path.ts";
import { fittedProjection, forD3, svgPathOf } from "./projection.ts";

// The buffer band as the map draws it: the domain's band projected onto the prebuilt map, on the
// server, so browsers receive SVG path data and figures only.

const projection = fittedProjection(projectedMap.fit);

export interface BufferBandView extends Omit<BufferZoneBand, "shapes" | "lines"> {
  /** SVG path data, in the map's coordinates. */
  paths: { ukraine: string; russia: string; border: string };
}

export function bufferBandView(input: BufferZoneInput): BufferBandView | null {
  const band = bufferZoneBand(input);
  if (!band) return null;
  const { shapes, lines, ...figures } = band;
  const path = (shape: typeof shapes.ukraine) => (shape ? compactPath(svgPathOf(projection, forD3(shape))) : "");
  return {
    ...figures,
    paths: {
      ukraine: path(shapes.ukraine),
      russia: path(shapes.russia),
      border: compactPath(svgPathOf(projection, { type: "MultiLineString", coordinates: lines })),
    },
  };
}
