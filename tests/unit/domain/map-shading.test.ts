import { describe, expect, it } from "vitest";
import { contestedOpacity, formatMapShare, regionShading, russiaMixPercent } from "@/server/domain/map-shading.ts";

const figures = (russiaKm2: number, ukraineKm2: number, contestedKm2: number) => ({ russiaKm2, ukraineKm2, contestedKm2 });

describe("regionShading", () => {
  it("Kharkiv in the status quo: 1,150 of 31,415 km² held by Russia is 3.66 %", () => {
    const s = regionShading(figures(1150, 30265, 0), 31415);
    expect(s.russia).toBeCloseTo(0.036607, 6);
    expect(s.ukraine).toBeCloseTo(0.963393, 6);
    expect(s.contested).toBe(0);
    expect(s.unassigned).toBe(0);
    expect(russiaMixPercent(s)).toBe(4);
  });

  it("Crimea wholly held by Russia", () => {
    const s = regionShading(figures(26081, 0, 0), 26081);
    expect(s).toEqual({ russia: 1, ukraine: 0, contested: 0, unassigned: 0 });
    expect(russiaMixPercent(s)).toBe(100);
  });

  it("Kursk with 8 km² contested: Russia 99.97 %, contested 0.03 %", () => {
    const s = regionShading(figures(29989, 0, 8), 29997);
    expect(s.russia).toBeCloseTo(29989 / 29997, 9);
    expect(s.contested).toBeCloseTo(0.000267, 6);
    expect(s.unassigned).toBeCloseTo(0, 12);
  });

  it("leaves what is assigned to no one as unassigned", () => {
    expect(regionShading(figures(200, 500, 100), 1000)).toEqual({ russia: 0.2, ukraine: 0.5, contested: 0.1, unassigned: 0.2 });
    expect(regionShading(figures(0, 0, 0), 1000)).toEqual({ russia: 0, ukraine: 0, contested: 0, unassigned: 1 });
  });

  it("draws an over-assigned draft in proportion to its figures", () => {
    expect(regionShading(figures(600, 600, 0), 1000)).toEqual({ russia: 0.5, ukraine: 0.5, contested: 0, unassigned: 0 });
  });

  it("draws empty or negative figures as nothing", () => {
    expect(regionShading(figures(Number.NaN, 750, -5), 1000)).toEqual({
      russia: 0,
      ukraine: 0.75,
      contested: 0,
      unassigned: 0.25,
    });
    expect(regionShading(figures(0, 0, 0), 0)).toEqual({ russia: 0, ukraine: 0, contested: 0, unassigned: 1 });
  });
});

describe("formatMapShare", () => {
  it.each([
    [1, "100%"],
    [26484 / 26684, "99%"],
    [0.9996, ">99%"],
    [19787 / 27180, "73%"],
    [0.5, "50%"],
    [0.1, "10%"],
    [1150 / 31415, "3.7%"],
    [110 / 24598, "0.4%"],
    [0.0004, "<0.1%"],
    [0, "0%"],
    [Number.NaN, "0%"],
  ])("%f → %s", (share, text) => expect(formatMapShare(share)).toBe(text));
});

describe("contestedOpacity", () => {
  it("is 0 without contested land, visible for a sliver, 1 for all of it, and grows with the share", () => {
    expect(contestedOpacity(0)).toBe(0);
    expect(contestedOpacity(0.0003)).toBeGreaterThanOrEqual(0.12);
    expect(contestedOpacity(0.0003)).toBeLessThan(0.15);
    expect(contestedOpacity(1)).toBe(1);
    const shares = [0.001, 0.01, 0.1, 0.25, 0.5, 0.9];
    const opacities = shares.map(contestedOpacity);
    expect([...opacities].sort((a, b) => a - b)).toEqual(opacities);
    expect(new Set(opacities).size).toBe(shares.length);
  });
});
