import { OPEN_ENDED, type TermStatus } from "./options.ts";
import { REGIONS, type RegionId, UKRAINE_AREA_KM2, UKRAINE_REGIONS, regionById } from "./reference/regions.ts";
import type { RegionTerm, Terms, Territory } from "./scenario.ts";

// Figures derived from a scenario's terms. Pure functions: the editor's live headline, the API
// and the tests all call these.

export type Holder = "russia" | "ukraine" | "contested";

const FIELD: Record<Holder, "russiaKm2" | "ukraineKm2" | "contestedKm2"> = {
  russia: "russiaKm2",
  ukraine: "ukraineKm2",
  contested: "contestedKm2",
};

/** km² of Ukraine's internationally recognised territory (Crimea and Sevastopol included) held by `holder`. */
export function ukraineKm2HeldBy(territory: Territory, holder: Holder): number {
  return UKRAINE_REGIONS.reduce((sum, r) => sum + territory[r.id as RegionId][FIELD[holder]], 0);
}

/** Share (0–1) of Ukraine's internationally recognised area held by `holder`. */
export function territoryShareHeldBy(territory: Territory, holder: Holder): number {
  return ukraineKm2HeldBy(territory, holder) / UKRAINE_AREA_KM2;
}

/** km² of a region that the scenario assigns to no one (area minus the three figures). */
export function unassignedKm2(regionId: RegionId, term: RegionTerm): number {
  const area = regionById(regionId)?.areaKm2 ?? 0;
  return Math.max(0, area - term.russiaKm2 - term.ukraineKm2 - term.contestedKm2);
}

export interface TerritoryHeadline {
  russiaKm2: number;
  russiaShare: number;
  ukraineKm2: number;
  ukraineShare: number;
  contestedKm2: number;
  contestedShare: number;
  unassignedKm2: number;
  /** km² of Russia's own border regions held by Ukraine. */
  ukraineHeldInRussiaKm2: number;
}

export function territoryHeadline(territory: Territory): TerritoryHeadline {
  const russiaKm2 = ukraineKm2HeldBy(territory, "russia");
  const ukraineKm2 = ukraineKm2HeldBy(territory, "ukraine");
  const contestedKm2 = ukraineKm2HeldBy(territory, "contested");
  return {
    russiaKm2,
    russiaShare: russiaKm2 / UKRAINE_AREA_KM2,
    ukraineKm2,
    ukraineShare: ukraineKm2 / UKRAINE_AREA_KM2,
    contestedKm2,
    contestedShare: contestedKm2 / UKRAINE_AREA_KM2,
    unassignedKm2: UKRAINE_AREA_KM2 - russiaKm2 - ukraineKm2 - contestedKm2,
    ukraineHeldInRussiaKm2: REGIONS.filter((r) => r.country === "RU").reduce((s, r) => s + territory[r.id].ukraineKm2, 0),
  };
}

/**
 * How the Russian-held km² of Ukraine break down by the status of their region's figures
 * (e.g. 84,000 km² proposed, 27,000 km² reported), largest first: how firm the headline is.
 */
export function russianHeldKm2ByStatus(territory: Territory): { status: TermStatus | null; km2: number }[] {
  const byStatus = new Map<TermStatus | null, number>();
  for (const r of UKRAINE_REGIONS) {
    const term = territory[r.id as RegionId];
    if (term.russiaKm2 > 0) byStatus.set(term.status, (byStatus.get(term.status) ?? 0) + term.russiaKm2);
  }
  return [...byStatus].map(([status, km2]) => ({ status, km2 })).sort((a, b) => b.km2 - a.km2);
}

export interface RegionChange {
  regionId: RegionId;
  /** after − before, per holder, in km². */
  delta: Record<Holder, number>;
  before: Pick<RegionTerm, "russiaKm2" | "ukraineKm2" | "contestedKm2" | "zone">;
  after: Pick<RegionTerm, "russiaKm2" | "ukraineKm2" | "contestedKm2" | "zone">;
}

/** The regions whose figures or zone differ between two scenarios, in catalogue order. */
export function regionChanges(before: Territory, after: Territory): RegionChange[] {
  const changes: RegionChange[] = [];
  for (const { id } of REGIONS) {
    const a = before[id];
    const b = after[id];
    const delta = {
      russia: b.russiaKm2 - a.russiaKm2,
      ukraine: b.ukraineKm2 - a.ukraineKm2,
      contested: b.contestedKm2 - a.contestedKm2,
    };
    if (delta.russia !== 0 || delta.ukraine !== 0 || delta.contested !== 0 || a.zone !== b.zone) {
      const pick = (t: RegionTerm) => ({
        russiaKm2: t.russiaKm2,
        ukraineKm2: t.ukraineKm2,
        contestedKm2: t.contestedKm2,
        zone: t.zone,
      });
      changes.push({ regionId: id, delta, before: pick(a), after: pick(b) });
    }
  }
  return changes;
}

export type CeasefireEnd =
  { kind: "date"; lastDay: string; endsAt: string } | { kind: "open_ended" } | { kind: "unknown"; reason: string };

/**
 * When a ceasefire ends. A duration of N days from start date S runs through day S + N − 1 and
 * ends at midnight starting day S + N (the May 2025 truce: 8 May, 3 days → through 10 May,
 * ending 00:00 on 11 May).
 */
export function ceasefireEnd(ceasefire: Terms["ceasefire"]): CeasefireEnd {
  if (ceasefire.type.value === null || ceasefire.type.value === "none") return { kind: "unknown", reason: "no ceasefire" };
  const duration = ceasefire.duration.value;
  if (duration === OPEN_ENDED) return { kind: "open_ended" };
  if (duration === null) return { kind: "unknown", reason: "duration not specified" };
  const start = ceasefire.startDate.value;
  if (start === null) return { kind: "unknown", reason: "start date not specified" };
  return { kind: "date", lastDay: addDays(start, duration - 1), endsAt: addDays(start, duration) };
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
