import { readFileSync } from "node:fs";
import path from "node:path";

export interface RegionFeature {
  type: "Feature";
  id: string;
  properties: {
    id: string;
    name: string;
    short_name: string;
    country: "UA" | "RU";
    type: string;
    area_km2: number;
    area_km2_geom: number;
  };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
}

/** The reference file itself, read independently of regions.ts. */
export function regionFeatures(): RegionFeature[] {
  const file = path.resolve(process.cwd(), "server/domain/reference/regions.geojson");
  return (JSON.parse(readFileSync(file, "utf8")) as { features: RegionFeature[] }).features;
}

export function officialArea(id: string): number {
  const feature = regionFeatures().find((f) => f.id === id);
  if (!feature) throw new Error(`No feature ${id}`);
  return feature.properties.area_km2;
}

export const ukraineAreaFromGeojson = () =>
  regionFeatures()
    .filter((f) => f.properties.country === "UA")
    .reduce((sum, f) => sum + f.properties.area_km2, 0);
