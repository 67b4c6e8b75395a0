import data from "./control-by-date.json" with { type: "json" };

// The days of control-by-date.csv (same folder; a unit test keeps the two in step), as data the
// browser and the server read. See SOURCES.md. Per date: [region, km² occupied on the OSM outline,
// km² Ukrainian-held on the outline], and the total occupied that day (all of Ukraine, Crimea
// included), as computed from DeepState's daily map.

export interface ComputedControlDay {
  date: string;
  totalOccupiedKm2: number;
  regions: readonly (readonly [region: string, occupiedKm2: number, ukraineHeldKm2: number])[];
}

export const COMPUTED_CONTROL = data as unknown as readonly ComputedControlDay[];
