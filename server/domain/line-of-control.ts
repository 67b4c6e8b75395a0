import { territoryHeadline } from "./derived.ts";
import { formatIsoDate } from "./format.ts";
import { COMPUTED_CONTROL, type ComputedControlDay } from "./reference/control-by-date.ts";
import { REGIONS, regionById, type RegionId } from "./reference/regions.ts";
import type { RegionTerm, Territory } from "./scenario.ts";

// Who held how much of each region on a given day, from the computed series (reference/
// control-by-date.csv): each region's occupied share of its outline, applied to its official area,
// with the corrections the series' authors state. Every figure is an estimate.

export const LINE_SOURCE =
  "DeepState's daily map (public mirror cyterat/deepstate-map-data) intersected with OpenStreetMap oblast outlines; computed for Parley, share of the outline applied to the official area";

/** The lines seeded as scenarios: the days the positions since May 2025 were put forward, and the newest. */
export const SEEDED_LINE_DATES = [
  "2025-05-08",
  "2025-06-02",
  "2025-08-15",
  "2025-11-20",
  "2025-12-24",
  "2026-01-23",
  "2026-06-04",
  "2026-08-22",
] as const;

/** Every day of the series, oldest first. */
export const LINE_DATES: readonly string[] = COMPUTED_CONTROL.map((d) => d.date);

export const NEWEST_LINE_DATE = LINE_DATES.at(-1)!;

// Stated biases of the computed series (see SOURCES.md): Donetsk reads about 0.6 points low against
// DeepState's own figures; Luhansk's outline mismatches (DeepState: 99.3% in 2025, 99.6% from 2026);
// Crimea reads 99% because of the outline, though all of it has been held since 2014.
const DONETSK_CORRECTION = 0.006;
const luhanskShare = (date: string) => (date < "2026-01-01" ? 0.993 : 0.996);
const WHOLLY_HELD: readonly RegionId[] = ["UA-43", "UA-40"];

export interface RegionOnLine {
  russiaKm2: number;
  ukraineKm2: number;
  /** How the figure was reached, in words, for the source note. */
  how: string;
}

function day(date: string): ComputedControlDay {
  const found = COMPUTED_CONTROL.find((d) => d.date === date);
  if (!found) throw new Error(`No line of control computed for ${date}`);
  return found;
}

const round = (km2: number) => Math.round(km2);
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** Russia's and Ukraine's km² of one region on a day of the series (official areas). */
export function regionOnLine(date: string, id: RegionId): RegionOnLine {
  const region = regionById(id)!;
  if (region.country === "RU")
    return { russiaKm2: region.areaKm2, ukraineKm2: 0, how: "Russian territory; the series covers Ukraine only" };
  if (WHOLLY_HELD.includes(id))
    return {
      russiaKm2: region.areaKm2,
      ukraineKm2: 0,
      how: "held by Russia since 2014 (the series reads 99 % only because of the outline)",
    };
  const row = day(date).regions.find(([r]) => r === id);
  let share = row ? row[1] / (row[1] + row[2]) : 0;
  let how = row ? `${pct(share)} of the region` : "nothing occupied";
  if (id === "UA-14") {
    share += DONETSK_CORRECTION;
    how = `${pct(share)} of the region (computed ${pct(share - DONETSK_CORRECTION)}, plus the series' stated 0.6-point shortfall against DeepState)`;
  }
  if (id === "UA-09") {
    share = luhanskShare(date);
    how = `${pct(share)} of the region (DeepState's figure; the computed outline mismatches)`;
  }
  const russiaKm2 = round(share * region.areaKm2);
  return { russiaKm2, ukraineKm2: region.areaKm2 - russiaKm2, how };
}

/** The line of a day as a territory table: every region's figures, marked estimates with their source, basis "line". */
export function lineTerritory(date: string): Territory {
  return Object.fromEntries(
    REGIONS.map((r): [string, RegionTerm] => {
      const line = regionOnLine(date, r.id);
      return [
        r.id,
        {
          russiaKm2: line.russiaKm2,
          ukraineKm2: line.ukraineKm2,
          contestedKm2: 0,
          zone: "none",
          basis: "line",
          status: r.country === "RU" ? "assumption" : "estimate",
          note: `Line of ${formatIsoDate(date)}: ${line.how} (${LINE_SOURCE}).`,
        },
      ];
    }),
  ) as Territory;
}

/** The newest day of the series on or before `date` (the line a position of that day was made against), or null before the series starts. */
export function lineDateOn(date: string): string | null {
  let found: string | null = null;
  for (const d of LINE_DATES) if (d <= date) found = d;
  return found;
}

export interface LinePoint {
  date: string;
  russiaKm2: number;
  russiaShare: number;
  /** The series' own total for the day (outline areas), for reference. */
  computedTotalKm2: number;
}

/** Russia's km² and share of Ukraine on every day of the series: the line under the timeline. */
export function lineSeries(): LinePoint[] {
  return COMPUTED_CONTROL.map((d) => {
    const h = territoryHeadline(lineTerritory(d.date));
    return { date: d.date, russiaKm2: h.russiaKm2, russiaShare: h.russiaShare, computedTotalKm2: d.totalOccupiedKm2 };
  });
}
