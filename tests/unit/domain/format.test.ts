import { describe, expect, it } from "vitest";
import { formatIsoDate, formatKm2, formatShare, formatSignedKm2 } from "@/server/domain/format.ts";

describe("formatKm2", () => {
  it.each([
    [113_530, "113,530 km²"],
    [603_540, "603,540 km²"],
    [0, "0 km²"],
    [999.4, "999 km²"],
    [999.5, "1,000 km²"],
    [1_000_000, "1,000,000 km²"],
  ])("%d → %s", (km2, text) => expect(formatKm2(km2)).toBe(text));
});

describe("formatShare", () => {
  it.each([
    [0.1881, 1, "18.8%"],
    [113_530 / 603_540, 1, "18.8%"],
    [0.18601915, 1, "18.6%"],
    [0, 1, "0.0%"],
    [1, 1, "100.0%"],
    [0.18810683, 2, "18.81%"],
    [0.5, 0, "50%"],
  ])("%d with %i digits → %s", (share, digits, text) => expect(formatShare(share, digits)).toBe(text));

  it("defaults to one decimal", () => expect(formatShare(0.22707)).toBe("22.7%"));
});

describe("formatSignedKm2", () => {
  it.each([
    [1_260, "+1,260 km²"],
    [-1_260, "\u22121,260 km²"], // a true minus sign, not a hyphen
    [0, "±0 km²"],
    [0.4, "±0 km²"],
    [-0.4, "±0 km²"],
    [0.5, "+1 km²"],
    [-26_517, "\u221226,517 km²"],
  ])("%d → %s", (km2, text) => expect(formatSignedKm2(km2)).toBe(text));
});

describe("formatIsoDate", () => {
  it.each([
    ["2025-05-08", "8 May 2025"],
    ["2024-02-29", "29 Feb 2024"],
    ["2025-12-31", "31 Dec 2025"],
    ["2025-01-01", "1 Jan 2025"],
  ])("%s → %s (whatever the machine's time zone)", (iso, text) => expect(formatIsoDate(iso)).toBe(text));
});
