// The regions a scenario assigns, with their official areas. Kept in step with regions.geojson
// (same folder) by a unit test. Sources: see SOURCES.md.

export interface Region {
  /** ISO 3166-2 code: the stable key of a region in scenario data. */
  id: string;
  name: string;
  shortName: string;
  /** The internationally recognised state (Crimea and Sevastopol are UA). */
  country: "UA" | "RU";
  kind: "oblast" | "city" | "autonomous_republic";
  /** Official published area: State Statistics Service of Ukraine; Rosstat for the Russian oblasts. */
  areaKm2: number;
}

export const REGIONS = [
  { id: "UA-05", name: "Vinnytsia Oblast", shortName: "Vinnytsia", country: "UA", kind: "oblast", areaKm2: 26513 },
  { id: "UA-07", name: "Volyn Oblast", shortName: "Volyn", country: "UA", kind: "oblast", areaKm2: 20144 },
  { id: "UA-09", name: "Luhansk Oblast", shortName: "Luhansk", country: "UA", kind: "oblast", areaKm2: 26684 },
  { id: "UA-12", name: "Dnipropetrovsk Oblast", shortName: "Dnipropetrovsk", country: "UA", kind: "oblast", areaKm2: 31914 },
  { id: "UA-14", name: "Donetsk Oblast", shortName: "Donetsk", country: "UA", kind: "oblast", areaKm2: 26517 },
  { id: "UA-18", name: "Zhytomyr Oblast", shortName: "Zhytomyr", country: "UA", kind: "oblast", areaKm2: 29832 },
  { id: "UA-21", name: "Zakarpattia Oblast", shortName: "Zakarpattia", country: "UA", kind: "oblast", areaKm2: 12777 },
  { id: "UA-23", name: "Zaporizhzhia Oblast", shortName: "Zaporizhzhia", country: "UA", kind: "oblast", areaKm2: 27180 },
  { id: "UA-26", name: "Ivano-Frankivsk Oblast", shortName: "Ivano-Frankivsk", country: "UA", kind: "oblast", areaKm2: 13900 },
  { id: "UA-30", name: "Kyiv", shortName: "Kyiv City", country: "UA", kind: "city", areaKm2: 839 },
  { id: "UA-32", name: "Kyiv Oblast", shortName: "Kyiv Oblast", country: "UA", kind: "oblast", areaKm2: 28131 },
  { id: "UA-35", name: "Kirovohrad Oblast", shortName: "Kirovohrad", country: "UA", kind: "oblast", areaKm2: 24588 },
  { id: "UA-40", name: "Sevastopol", shortName: "Sevastopol", country: "UA", kind: "city", areaKm2: 864 },
  {
    id: "UA-43",
    name: "Autonomous Republic of Crimea",
    shortName: "Crimea",
    country: "UA",
    kind: "autonomous_republic",
    areaKm2: 26081,
  },
  { id: "UA-46", name: "Lviv Oblast", shortName: "Lviv", country: "UA", kind: "oblast", areaKm2: 21833 },
  { id: "UA-48", name: "Mykolaiv Oblast", shortName: "Mykolaiv", country: "UA", kind: "oblast", areaKm2: 24598 },
  { id: "UA-51", name: "Odesa Oblast", shortName: "Odesa", country: "UA", kind: "oblast", areaKm2: 33310 },
  { id: "UA-53", name: "Poltava Oblast", shortName: "Poltava", country: "UA", kind: "oblast", areaKm2: 28748 },
  { id: "UA-56", name: "Rivne Oblast", shortName: "Rivne", country: "UA", kind: "oblast", areaKm2: 20047 },
  { id: "UA-59", name: "Sumy Oblast", shortName: "Sumy", country: "UA", kind: "oblast", areaKm2: 23834 },
  { id: "UA-61", name: "Ternopil Oblast", shortName: "Ternopil", country: "UA", kind: "oblast", areaKm2: 13823 },
  { id: "UA-63", name: "Kharkiv Oblast", shortName: "Kharkiv", country: "UA", kind: "oblast", areaKm2: 31415 },
  { id: "UA-65", name: "Kherson Oblast", shortName: "Kherson", country: "UA", kind: "oblast", areaKm2: 28461 },
  { id: "UA-68", name: "Khmelnytskyi Oblast", shortName: "Khmelnytskyi", country: "UA", kind: "oblast", areaKm2: 20645 },
  { id: "UA-71", name: "Cherkasy Oblast", shortName: "Cherkasy", country: "UA", kind: "oblast", areaKm2: 20900 },
  { id: "UA-74", name: "Chernihiv Oblast", shortName: "Chernihiv", country: "UA", kind: "oblast", areaKm2: 31865 },
  { id: "UA-77", name: "Chernivtsi Oblast", shortName: "Chernivtsi", country: "UA", kind: "oblast", areaKm2: 8097 },
  { id: "RU-KRS", name: "Kursk Oblast", shortName: "Kursk", country: "RU", kind: "oblast", areaKm2: 29997 },
  { id: "RU-BEL", name: "Belgorod Oblast", shortName: "Belgorod", country: "RU", kind: "oblast", areaKm2: 27134 },
  { id: "RU-BRY", name: "Bryansk Oblast", shortName: "Bryansk", country: "RU", kind: "oblast", areaKm2: 34857 },
] as const satisfies readonly Region[];

export type RegionId = (typeof REGIONS)[number]["id"];

export const REGION_IDS = REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]];

const byId = new Map<string, Region>(REGIONS.map((r) => [r.id, r]));

export function regionById(id: string): Region | undefined {
  return byId.get(id);
}

export const UKRAINE_REGIONS: readonly Region[] = REGIONS.filter((r) => r.country === "UA");

/**
 * Ukraine's internationally recognised area, including Crimea and Sevastopol: the sum of the
 * official regional areas (603,540 km2). The most-cited national figure, 603,628 km2, differs by
 * 88 km2, which moves any share by less than 0.01 percentage points; summing the regions keeps
 * "Russia + Ukraine + contested = 100 %" exact.
 */
export const UKRAINE_AREA_KM2 = UKRAINE_REGIONS.reduce((sum, r) => sum + r.areaKm2, 0);

/** Regions as a reader looks for them: Ukraine's then Russia's, each alphabetically. */
export const REGIONS_BY_NAME: readonly Region[] = [...REGIONS].sort((a, b) =>
  a.country === b.country ? a.shortName.localeCompare(b.shortName, "en") : a.country === "UA" ? -1 : 1,
);
