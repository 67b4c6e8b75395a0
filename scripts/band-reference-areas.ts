// Reference areas for tests/unit/domain/buffer-zone-reference.test.ts: the band computed the slow,
// definitional way with turf on the unsimplified border geometry (turf buffer, 8 steps a quadrant,
// of each segment; intersected with the whole land of each side; merged with turf union; turf area).
// Run once, `npx tsx scripts/band-reference-areas.ts > tests/unit/domain/buffer-zone-reference.json`,
// and again only when the reference outlines change (npm run build:geometry).
import area from "@turf/area";
import buffer from "@turf/buffer";
import { feature, featureCollection, multiLineString } from "@turf/helpers";
import intersect from "@turf/intersect";
import union from "@turf/union";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { BorderGeometry, BorderSegment } from "../server/domain/geo/border-geometry.ts";
import geometryJson from "../server/domain/reference/border-geometry.json" with { type: "json" };

const geometry = geometryJson as unknown as BorderGeometry;
type Shape = Feature<Polygon | MultiPolygon>;

export const REFERENCE_CASES: { segments: BorderSegment[]; depthKm: number; side: "ukraine" | "russia" }[] = [
  { segments: ["sumy_kursk"], depthKm: 30, side: "ukraine" },
  { segments: ["sumy_kursk"], depthKm: 30, side: "russia" },
  { segments: ["kharkiv_belgorod"], depthKm: 42.7, side: "russia" },
  { segments: ["chernihiv_bryansk", "sumy_bryansk", "sumy_kursk", "kharkiv_belgorod"], depthKm: 5.3, side: "ukraine" },
  { segments: ["chernihiv_bryansk", "sumy_bryansk", "sumy_kursk", "kharkiv_belgorod"], depthKm: 75, side: "ukraine" },
  { segments: ["chernihiv_bryansk", "sumy_bryansk", "sumy_kursk", "kharkiv_belgorod"], depthKm: 200, side: "ukraine" },
  { segments: ["luhansk_russia", "donetsk_russia"], depthKm: 120, side: "ukraine" },
];

function referenceKm2({ segments, depthKm, side }: (typeof REFERENCE_CASES)[number]): number {
  const land = feature(side === "ukraine" ? geometry.land.ukraine : geometry.land.russia);
  const pieces = segments
    .map((s) => buffer(multiLineString(geometry.segments[s]!.lines), depthKm, { units: "kilometers", steps: 8 }) as Shape)
    .map((band) => intersect(featureCollection([band, land])))
    .filter((p): p is Shape => p !== null);
  const merged = pieces.length > 1 ? union(featureCollection(pieces)) : pieces[0];
  return merged ? Math.round(area(merged) / 1e4) / 100 : 0;
}

console.log(
  JSON.stringify(
    REFERENCE_CASES.map((c) => ({ ...c, km2: referenceKm2(c) })),
    null,
    2,
  ),
);
