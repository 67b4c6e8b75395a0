import { describe, expect, it } from "vitest";
import {
  DIMENSIONS,
  dimensionById,
  type Dimension,
  type PartyProfile,
  type TerritoryDimension,
} from "@/server/domain/analysis/model.ts";
import { scenarioPosition, scenarioPositions, territoryShare } from "@/server/domain/analysis/position.ts";
import { seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { dimensionValue, neutralValue, utility } from "@/server/domain/analysis/value.ts";
import { newScenarioDocument } from "@/server/domain/defaults.ts";
import { withRegion, withTerm } from "@/server/domain/edit.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";
import { profile } from "./support.ts";

const [russia, ukraine, unitedStates] = seedProfileSet().parties.map((p) => p) as [PartyProfile, PartyProfile, PartyProfile];
const dim = (id: string) => dimensionById(id)!;
const territoryDim = (id: string) => dim(id) as TerritoryDimension;

describe("positions", () => {
  it("territory: Russia's share of the group's official area; contested and unassigned land are not Russian", () => {
    const doc = statusQuoDocument();
    expect(territoryShare(doc, territoryDim("donetsk"))).toBe(18562 / 26517);
    expect(territoryShare(doc, territoryDim("crimea"))).toBe(1);
    // Kursk: 29,989 Russian, 8 contested, of 29,997 km².
    expect(territoryShare(doc, territoryDim("kursk"))).toBe(29989 / 29997);
    // Crimea and Sevastopol are one group: 864 Russian km² (Sevastopol) of 26,081 + 864, the rest contested.
    const contested = withRegion(doc, "UA-43", { russiaKm2: 0, ukraineKm2: 0, contestedKm2: 26081 });
    expect(territoryShare(contested, territoryDim("crimea"))).toBe(864 / (26081 + 864));
    // Unassigned: Donetsk with only 1,000 km² given to anyone, all of it Russian.
    const unassigned = withRegion(doc, "UA-14", { russiaKm2: 1000, ukraineKm2: 0, contestedKm2: 0 });
    expect(territoryShare(unassigned, territoryDim("donetsk"))).toBe(1000 / 26517);
  });

  it("term: the option, or null when not specified or not among the dimension's options", () => {
    const doc = statusQuoDocument();
    expect(scenarioPosition(doc, dim("sanctions"))).toBe("none");
    expect(scenarioPosition(doc, dim("nato"))).toBeNull();
    const narrow: Dimension = {
      kind: "term",
      id: "sanctions",
      label: "Sanctions",
      termId: "sanctions.relief",
      options: [
        { id: "none", label: "None" },
        { id: "full", label: "Full" },
      ],
    };
    expect(scenarioPosition(withTerm(doc, "sanctions.relief", { value: "full" }), narrow)).toBe("full");
    expect(scenarioPosition(withTerm(doc, "sanctions.relief", { value: "partial" }), narrow)).toBeNull();
    expect(Object.keys(scenarioPositions(doc))).toEqual(DIMENSIONS.map((d) => d.id));
  });
});

describe("values on one dimension", () => {
  it("term options give the profile's values; null gives the mean of the dimension's options", () => {
    expect(dimensionValue(unitedStates, dim("guarantees"), "multilateral")).toBe(90);
    // United States on guarantees: (40 + 50 + 90 + 40) / 4 = 55.
    expect(dimensionValue(unitedStates, dim("guarantees"), null)).toBe(55);
    expect(neutralValue(unitedStates, dim("guarantees"))).toBe(55);
    // Ukraine on the ceasefire: (10 + 20 + 70 + 100) / 4 = 50.
    expect(dimensionValue(ukraine, dim("ceasefire"), null)).toBe(50);
  });

  it("territory interpolates between the options' shares: Kharkiv at 50 % for Russia", () => {
    const line = 1150 / 31415;
    // Russia: 50 at the line, 100 at all of Kharkiv → 50 + 50 · (0.5 − line) / (1 − line).
    expect(dimensionValue(russia, dim("kharkiv"), 0.5)).toBeCloseTo(50 + (50 * (15707.5 - 1150)) / (31415 - 1150), 10);
    // Ukraine: 85 at the line, 0 at all → 85 − 85 · (0.5 − line) / (1 − line) ≈ 44.11.
    expect(dimensionValue(ukraine, dim("kharkiv"), 0.5)).toBeCloseTo(85 - (85 * (15707.5 - 1150)) / (31415 - 1150), 10);
    // Between "Ukraine holds all" (30) and the line (50) for Russia: halfway is 40.
    expect(dimensionValue(russia, dim("kharkiv"), line / 2)).toBeCloseTo(40, 10);
    // At the options themselves: their values.
    expect(dimensionValue(russia, dim("kharkiv"), 0)).toBe(30);
    expect(dimensionValue(russia, dim("kharkiv"), line)).toBe(50);
    expect(dimensionValue(russia, dim("kharkiv"), 1)).toBe(100);
  });

  it("territory is clamped beyond the outermost options, and a single option is worth its value everywhere", () => {
    // Kursk's options are at shares 28,697 / 29,997 (strip) and 1 (all): below the strip, the strip's value.
    expect(dimensionValue(russia, dim("kursk"), 0.2)).toBe(0);
    expect(dimensionValue(ukraine, dim("kursk"), 0)).toBe(100);
    // Halfway between the strip (0) and all of Kursk (100) for Russia.
    expect(dimensionValue(russia, dim("kursk"), (28697 / 29997 + 1) / 2)).toBeCloseTo(50, 10);
    const single: TerritoryDimension = {
      kind: "territory",
      id: "solo",
      label: "Solo",
      regionIds: ["UA-14"],
      options: [{ id: "half", label: "Half", russiaShare: 0.5 }],
    };
    const p = profile("solo", { solo: 1 }, { solo: { half: 37 } });
    for (const share of [0, 0.25, 0.5, 1]) expect(dimensionValue(p, single, share)).toBe(37);
  });

  it("a weighted dimension without values is an error that names it", () => {
    const p = profile("broken", { nato: 1 }, {});
    expect(() => utility(p, scenarioPositions(statusQuoDocument()))).toThrow(/NATO/);
  });
});

describe("utility", () => {
  it("Russia's utility for the status quo, term by term", () => {
    // weight × value: Kharkiv 4 × 50, Zaporizhzhia 12 × 60, Kherson 10 × 60, Donetsk 15 × 55, Luhansk 10 × 95 (each at the line),
    // Crimea 15 × 100, Kursk 5 × (100 · (29,989 − 28,697) / 1,300) (between the strip and all of it), ceasefire 4 × 70 (unilateral),
    // NATO 14 × 50 (open: mean of 0, 50, 100), guarantees 6 × 50 (open: mean of 100, 60, 40, 0), sanctions 10 × 0; Σw = 105.
    const kursk = (100 * (29989 - 28697)) / 1300;
    const expected = (200 + 720 + 600 + 825 + 950 + 1500 + 5 * kursk + 280 + 700 + 300 + 0) / 105;
    expect(utility(russia, scenarioPositions(statusQuoDocument()))).toBeCloseTo(expected, 6);
  });

  it("weights are normalised, missing weights count as 0, and all-zero weights give 0", () => {
    const values = {
      nato: { open: 0, deferred: 50, renounced: 100 },
      sanctions: { none: 20, partial: 40, staged: 60, full: 80 },
    };
    const positions = scenarioPositions(withTerm(newScenarioDocument(), "security.natoPath", { value: "renounced" }));
    // NATO renounced (100) weighted 3, sanctions open (mean 50) weighted 1: (300 + 50) / 4.
    expect(utility(profile("a", { nato: 3, sanctions: 1 }, values), positions)).toBeCloseTo(87.5, 9);
    expect(utility(profile("b", { nato: 30, sanctions: 10 }, values), positions)).toBeCloseTo(87.5, 9);
    expect(utility(profile("c", { nato: 1 }, values), positions)).toBe(100);
    expect(utility(profile("d", { nato: 0, sanctions: 0 }, values), positions)).toBe(0);
    expect(utility(profile("e", {}, {}), positions)).toBe(0);
  });
});
