import { formatKm2 } from "./format.ts";
import type { BORDER_SEGMENTS } from "./options.ts";
import { REGIONS, type RegionId } from "./reference/regions.ts";
import type { Terms } from "./scenario.ts";

// What the buffer band is computed from, read from a scenario's terms. Kept apart from the geometry
// (buffer-zone.ts, server only) so the browser can ask for a band without shipping turf.

export interface BufferZoneInput {
  segments: (typeof BORDER_SEGMENTS)[number][];
  /** null or 0: no band. */
  depthKm: number | null;
  /** Regions the territory terms mark as (partly) in a buffer or demilitarised zone: which side a band lies on. */
  zonedRegions: RegionId[];
}

export function bufferZoneInput(terms: Pick<Terms, "bufferZone" | "territory">): BufferZoneInput {
  const depth = terms.bufferZone.depthKm.value;
  return {
    segments: terms.bufferZone.segments.value ?? [],
    depthKm: typeof depth === "number" && Number.isFinite(depth) ? depth : null,
    zonedRegions: REGIONS.filter((r) => terms.territory[r.id]?.zone !== "none").map((r) => r.id),
  };
}

/** "6,564 km² of Ukraine", "6,564 km² of Ukraine and 6,706 km² of Russia", or "no land". */
export function bandAreaText({ ukraineKm2, russiaKm2 }: { ukraineKm2: number; russiaKm2: number }): string {
  const parts = [
    ukraineKm2 > 0 ? `${formatKm2(ukraineKm2)} of Ukraine` : null,
    russiaKm2 > 0 ? `${formatKm2(russiaKm2)} of Russia` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" and ") : "no land";
}

/** A buffer band's measured figures (buffer-zone.ts, on the server); null: no band. */
export type BandFigures = { depthKm: number | null; ukraineKm2: number; russiaKm2: number } | null;

/** "6,564 km² of Ukraine, 30 km deep", "Not measured (no depth stated)" or "No band (no segment or no depth)". */
export function bandSummaryText(band: BandFigures): string {
  if (!band) return "No band (no segment or no depth)";
  if (band.depthKm === null) return "Not measured (no depth stated)";
  return `${bandAreaText(band)}, ${band.depthKm} km deep`;
}
