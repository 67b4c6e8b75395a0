import { Territory } from "./scenario.ts";

// Figures shown while someone types: invalid input (a figure over the region's area, an empty
// field) never enters them; the last valid territory stands in, marked as such.

export interface LiveTerritory {
  territory: Territory;
  /** True when `territory` is the last valid one, not what is being typed. */
  stale: boolean;
}

export function liveTerritory(typed: unknown, lastValid: Territory): LiveTerritory {
  const parsed = Territory.safeParse(typed);
  return parsed.success ? { territory: typed as Territory, stale: false } : { territory: lastValid, stale: true };
}
