import { TERM_SPECS } from "@/server/domain/catalog.ts";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeBeforeAfter, summarizeChange } from "@/server/domain/before-after.ts";
import type { RegionId } from "@/server/domain/reference/regions.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { documentPair } from "../../helpers/document-arbitrary.ts";
import { regionFeatures, ukraineAreaFromGeojson } from "../../helpers/regions-geojson.ts";

// Before/after over random valid documents, checked against sums computed here from the raw
// territory rows and the reference GeoJSON (not from derived.ts).

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 200);
const TIMEOUT = Math.max(30_000, NUM_RUNS * 20);
const FEATURES = regionFeatures();
const AREA = ukraineAreaFromGeojson();
const CLOSE = 1e-6;

interface Deltas {
  id: RegionId;
  russia: number;
  ukraine: number;
  contested: number;
  zoneChanged: boolean;
}

function deltas(a: ScenarioDocument, b: ScenarioDocument): Deltas[] {
  return FEATURES.map((f) => {
    const id = f.id as RegionId;
    const x = a.terms.territory[id];
    const y = b.terms.territory[id];
    return {
      id,
      russia: y.russiaKm2 - x.russiaKm2,
      ukraine: y.ukraineKm2 - x.ukraineKm2,
      contested: y.contestedKm2 - x.contestedKm2,
      zoneChanged: x.zone !== y.zone,
    };
  });
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const russiaInUkraine = (doc: ScenarioDocument) =>
  sum(FEATURES.filter((f) => f.properties.country === "UA").map((f) => doc.terms.territory[f.id as RegionId].russiaKm2));

/** Every term id, from the document's own shape: `<issue>.<term>` outside territory. */
const termIds = (doc: ScenarioDocument) =>
  Object.entries(doc.terms)
    .filter(([issue]) => issue !== "territory")
    .flatMap(([issue, group]) => Object.keys(group).map((key) => `${issue}.${key}`));

const termOf = (doc: ScenarioDocument, id: string) => {
  const [issue, key] = id.split(".");
  return (doc.terms as unknown as Record<string, Record<string, unknown>>)[issue!]![key!];
};

describe("describeBeforeAfter over random valid documents", () => {
  it(
    "totals are the sums of the per-region deltas",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const d = deltas(a, b);
          const { totals } = describeBeforeAfter(a, b);
          expect(totals.russiaGainsKm2).toBeCloseTo(sum(d.map((x) => Math.max(0, x.russia))), 6);
          expect(totals.russiaLosesKm2).toBeCloseTo(sum(d.map((x) => Math.max(0, -x.russia))), 6);
          expect(totals.ukraineGainsKm2).toBeCloseTo(sum(d.map((x) => Math.max(0, x.ukraine))), 6);
          expect(totals.ukraineLosesKm2).toBeCloseTo(sum(d.map((x) => Math.max(0, -x.ukraine))), 6);
          expect(Math.abs(totals.russiaGainsKm2 - totals.russiaLosesKm2 - sum(d.map((x) => x.russia)))).toBeLessThan(CLOSE);
          expect(Math.abs(totals.ukraineGainsKm2 - totals.ukraineLosesKm2 - sum(d.map((x) => x.ukraine)))).toBeLessThan(CLOSE);
          for (const key of ["russiaGainsKm2", "russiaLosesKm2", "ukraineGainsKm2", "ukraineLosesKm2"] as const)
            expect(totals[key]).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "Russia's km² and share of Ukraine before and after are the sums over Ukraine's regions",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const { totals } = describeBeforeAfter(a, b);
          expect(totals.russiaKm2Before).toBeCloseTo(russiaInUkraine(a), 6);
          expect(totals.russiaKm2After).toBeCloseTo(russiaInUkraine(b), 6);
          expect(totals.russiaShareBefore).toBeCloseTo(russiaInUkraine(a) / AREA, 12);
          expect(totals.russiaShareAfter).toBeCloseTo(russiaInUkraine(b) / AREA, 12);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "region lines are exactly the regions whose figures or zone moved; the rest are counted unchanged",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const moved = deltas(a, b).filter((x) => x.russia !== 0 || x.ukraine !== 0 || x.contested !== 0 || x.zoneChanged);
          const ba = describeBeforeAfter(a, b);
          expect(ba.regions.map((r) => r.regionId).sort()).toEqual(moved.map((x) => x.id).sort());
          expect(ba.unchangedRegionCount).toBe(FEATURES.length - moved.length);
          for (const r of ba.regions) {
            const x = moved.find((m) => m.id === r.regionId)!;
            expect(r.delta).toEqual({ russia: x.russia, ukraine: x.ukraine, contested: x.contested });
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "changed terms and unchanged terms split the catalogue's terms exactly",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const ba = describeBeforeAfter(a, b);
          const all = termIds(a);
          expect(all).toHaveLength(TERM_SPECS.length);
          const changed = ba.terms.map((t) => t.termId);
          const unchanged = ba.unchangedTerms.map((t) => t.termId);
          expect([...changed, ...unchanged].sort()).toEqual([...all].sort());
          expect(changed.sort()).toEqual(all.filter((id) => !isDeepStrictEqual(termOf(a, id), termOf(b, id))).sort());
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "summarizeChange says 'No changes' exactly when the documents are equal",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const summary = summarizeChange(a, b);
          expect(summary === "No changes", summary).toBe(isDeepStrictEqual(a, b));
          expect(summary).not.toMatch(/\n/);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});
