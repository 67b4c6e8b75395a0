import { describe, expect, it } from "vitest";
import { analyse } from "@/server/domain/analysis/analyse.ts";
import { DIMENSIONS, type OutcomeSpace } from "@/server/domain/analysis/model.ts";
import { seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { compileSpace, decodePackage, encodePackage, packageDigits } from "@/server/domain/analysis/space.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

const space: OutcomeSpace = [
  { dimensionId: "ceasefire", optionIds: ["none", "unilateral", "mutual", "comprehensive"] },
  { dimensionId: "nato", optionIds: ["renounced", "open", "deferred"] },
  { dimensionId: "crimea", optionIds: ["ukraine", "russia"] },
];

describe("outcome space", () => {
  it("numbers packages in mixed radix, first dimension most significant", () => {
    const compiled = compileSpace(space);
    expect(compiled.size).toBe(4 * 3 * 2);
    expect(decodePackage(compiled, 0)).toEqual({ ceasefire: "none", nato: "renounced", crimea: "ukraine" });
    expect(decodePackage(compiled, 1)).toEqual({ ceasefire: "none", nato: "renounced", crimea: "russia" });
    // 7 = 1 · (3 · 2) + 0 · 2 + 1
    expect(packageDigits(compiled, 7)).toEqual([1, 0, 1]);
    expect(decodePackage(compiled, 7)).toEqual({ ceasefire: "unilateral", nato: "renounced", crimea: "russia" });
    // 16 = 2 · 6 + 2 · 2 + 0
    expect(decodePackage(compiled, 16)).toEqual({ ceasefire: "mutual", nato: "deferred", crimea: "ukraine" });
    expect(decodePackage(compiled, 23)).toEqual({ ceasefire: "comprehensive", nato: "deferred", crimea: "russia" });
    expect(encodePackage(compiled, { ceasefire: "mutual", nato: "deferred", crimea: "ukraine" })).toBe(16);
    for (let i = 0; i < compiled.size; i++) expect(encodePackage(compiled, decodePackage(compiled, i))).toBe(i);
  });

  it("keeps the options' labels and, for territory, their shares", () => {
    const compiled = compileSpace([{ dimensionId: "kharkiv", optionIds: ["line", "russia"] }]);
    expect(compiled.dimensions).toEqual([
      {
        id: "kharkiv",
        label: "Kharkiv region",
        kind: "territory",
        options: [
          { id: "line", label: "Line of May 2025", russiaShare: 1150 / 31415 },
          { id: "russia", label: "Russia holds all", russiaShare: 1 },
        ],
      },
    ]);
  });

  it("refuses unknown issues and options, repeats, empty choices and indices outside the space", () => {
    expect(() => compileSpace([])).toThrow(/at least one issue/);
    expect(() => compileSpace([{ dimensionId: "weather", optionIds: ["sunny"] }])).toThrow(/Unknown issue "weather"/);
    expect(() => compileSpace([{ dimensionId: "nato", optionIds: ["maybe"] }])).toThrow(/Unknown option "maybe"/);
    expect(() => compileSpace([{ dimensionId: "nato", optionIds: ["open", "open"] }])).toThrow(/at most once/);
    expect(() => compileSpace([{ dimensionId: "nato", optionIds: [] }])).toThrow(/at least one option/);
    expect(() =>
      compileSpace([
        { dimensionId: "nato", optionIds: ["open"] },
        { dimensionId: "nato", optionIds: ["deferred"] },
      ]),
    ).toThrow(/twice/);
    const compiled = compileSpace(space);
    expect(() => decodePackage(compiled, 24)).toThrow(RangeError);
    expect(() => decodePackage(compiled, -1)).toThrow(RangeError);
    expect(() => decodePackage(compiled, 1.5)).toThrow(RangeError);
  });
});

describe("analyse input checks", () => {
  const profiles = seedProfileSet().parties;

  it("refuses spaces larger than maxPackages with a clear message", () => {
    expect(() => analyse({ profiles, space, baseline: statusQuoDocument(), maxPackages: 20 })).toThrow(
      /24 packages; Parley analyses at most 20/,
    );
    expect(analyse({ profiles, space, baseline: statusQuoDocument(), maxPackages: 24 }).size).toBe(24);
  });

  it("refuses invalid or repeated profiles and an empty party list", () => {
    expect(() => analyse({ profiles: [], space, baseline: statusQuoDocument() })).toThrow(/at least one party/);
    expect(() => analyse({ profiles: [{ ...profiles[0]!, reservation: 120 }], space, baseline: statusQuoDocument() })).toThrow(
      /Russia.*reservation/,
    );
    expect(() => analyse({ profiles: [profiles[0]!, profiles[0]!], space, baseline: statusQuoDocument() })).toThrow(
      /appears twice/,
    );
  });

  it("scores the whole catalogue (every option of every issue) for the seed profiles, all within 0–100", () => {
    const full: OutcomeSpace = DIMENSIONS.map((d) => ({ dimensionId: d.id, optionIds: d.options.map((o) => o.id) }));
    const result = analyse({ profiles, space: full, baseline: statusQuoDocument() });
    // Five territories with three options, Crimea and Kursk with two, ceasefire 4, NATO 3, guarantees 4, sanctions 4.
    expect(result.size).toBe(3 ** 5 * 2 * 2 * 4 * 3 * 4 * 4);
    const max = (u: ArrayLike<number>) => Array.from(u).reduce((m, x) => Math.max(m, x), -Infinity);
    const min = (u: ArrayLike<number>) => Array.from(u).reduce((m, x) => Math.min(m, x), Infinity);
    for (const u of result.utilities) {
      expect(u.length).toBe(result.size);
      expect(min(u)).toBeGreaterThanOrEqual(0);
      expect(max(u)).toBeLessThanOrEqual(100);
    }
    expect(result.frontier.length).toBeGreaterThan(0);
    expect(max(result.frontier)).toBeLessThan(result.size);
    // The frontier holds each party's best package: nobody's maximum is off it.
    result.utilities.forEach((u) => expect(max(Array.from(result.frontier, (i) => u[i]!))).toBe(max(u)));
  });
});
