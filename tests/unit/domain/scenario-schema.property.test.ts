import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { statusQuoDocument, withRegion } from "../../helpers/documents.ts";
import { regionFeatures } from "../../helpers/regions-geojson.ts";

// Areas straight from the reference file, not from the schema under test.
const regions = regionFeatures().map((f) => ({ id: f.id, area: f.properties.area_km2 }));
const base = statusQuoDocument();
const parseRow = (id: string, russiaKm2: number, ukraineKm2: number, contestedKm2: number) =>
  ScenarioDocument.safeParse(withRegion(base, id as never, { russiaKm2, ukraineKm2, contestedKm2 }));

describe("a region row's three figures", () => {
  it("are accepted whenever they are non-negative and add up to at most the area", () => {
    const row = fc.constantFrom(...regions).chain(({ id, area }) =>
      fc
        .tuple(
          fc.double({ min: 0, max: area, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
        )
        .map(([r, uFraction, cFraction]) => {
          const u = (area - r) * uFraction;
          const c = Math.max(0, (area - r - u) * cFraction);
          return { id, area, figures: [r, u, c] as const };
        })
        .filter(({ area, figures: [r, u, c] }) => r + u + c <= area),
    );
    fc.assert(
      fc.property(row, ({ id, figures }) => {
        const result = parseRow(id, ...figures);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("are rejected on the region row when each fits but together they exceed the area", () => {
    const row = fc.constantFrom(...regions).chain(({ id, area }) =>
      fc
        .tuple(fc.integer({ min: 0, max: area }), fc.integer({ min: 0, max: area }), fc.integer({ min: 0, max: area }))
        .filter(([r, u, c]) => r + u + c > area)
        .map((figures) => ({ id, figures })),
    );
    fc.assert(
      fc.property(row, ({ id, figures }) => {
        const result = parseRow(id, ...figures);
        expect(result.success).toBe(false);
        expect(result.error!.issues.map((i) => i.path)).toEqual([["terms", "territory", id]]);
      }),
      { numRuns: 300 },
    );
  });

  it("are rejected on the field when any one is negative or over the area", () => {
    const row = fc.constantFrom(...regions).chain(({ id, area }) =>
      fc.record({
        id: fc.constant(id),
        field: fc.constantFrom("russiaKm2", "ukraineKm2", "contestedKm2"),
        value: fc.oneof(
          fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: area + 1, max: 10 * area }),
        ),
      }),
    );
    fc.assert(
      fc.property(row, ({ id, field, value }) => {
        const result = ScenarioDocument.safeParse(
          withRegion(base, id as never, { russiaKm2: 0, ukraineKm2: 0, contestedKm2: 0, [field]: value }),
        );
        expect(result.success).toBe(false);
        expect(result.error!.issues.map((i) => i.path)).toContainEqual(["terms", "territory", id, field]);
      }),
      { numRuns: 200 },
    );
  });
});
