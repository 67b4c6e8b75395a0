import type { RegionTerm } from "./scenario.ts";

// How the map shades a region: the share of its official area each side holds. Pure functions,
// so the map and its tests agree on every figure.

export interface RegionShares {
  russia: number;
  ukraine: number;
  contested: number;
  /** The part of the region the scenario assigns to no one. */
  unassigned: number;
}

type Figures = Pick<RegionTerm, "russiaKm2" | "ukraineKm2" | "contestedKm2">;

/** A figure being typed can be empty (NaN) or negative: draw it as nothing. */
const drawable = (km2: number) => (Number.isFinite(km2) && km2 > 0 ? km2 : 0);

/**
 * Shares (0–1, summing to 1) of a region's official area held by Russia, by Ukraine, contested and
 * unassigned. A draft that assigns more than the region's area (invalid, but shown while typing) is
 * drawn in proportion to the figures entered, leaving nothing unassigned.
 */
export function regionShading(term: Figures, areaKm2: number): RegionShares {
  const russia = drawable(term.russiaKm2);
  const ukraine = drawable(term.ukraineKm2);
  const contested = drawable(term.contestedKm2);
  const whole = Math.max(drawable(areaKm2), russia + ukraine + contested);
  if (whole === 0) return { russia: 0, ukraine: 0, contested: 0, unassigned: 1 };
  return {
    russia: russia / whole,
    ukraine: ukraine / whole,
    contested: contested / whole,
    unassigned: Math.max(0, whole - russia - ukraine - contested) / whole,
  };
}

/**
 * A share as a map label: short, and never rounding a part to "0%" or "100%".
 * 1 → "100%", 0.9925 → "99%", 0.9996 → ">99%", 0.728 → "73%", 0.0366 → "3.7%", 0.0004 → "<0.1%".
 */
export function formatMapShare(share: number): string {
  if (!(share > 0)) return "0%";
  if (share >= 1) return "100%";
  if (share < 0.001) return "<0.1%";
  if (share < 0.0995) return `${(share * 100).toFixed(1)}%`;
  if (share >= 0.995) return ">99%";
  return `${Math.round(share * 100)}%`;
}

/** Fill: per cent of Russia's colour mixed into Ukraine's, in whole per cent (stable markup). */
export function russiaMixPercent(shares: RegionShares): number {
  return Math.round(shares.russia * 100);
}

/**
 * Opacity of the contested hatching: grows with the contested share, but a sliver of contested
 * land still shows, faintly (0 → 0, any share → at least 0.12, all of the region → 1).
 */
export function contestedOpacity(share: number): number {
  if (!(share > 0)) return 0;
  return Math.min(1, Math.round((0.12 + 0.88 * Math.sqrt(share)) * 100) / 100);
}
