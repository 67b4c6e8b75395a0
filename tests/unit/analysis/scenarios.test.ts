import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "@/server/domain/analysis/analyse.ts";
import { DIMENSIONS, type OutcomeSpace } from "@/server/domain/analysis/model.ts";
import { scenarioPosition, scenarioPositions } from "@/server/domain/analysis/position.ts";
import { scoreScenario, scoreScenarios } from "@/server/domain/analysis/scenario-score.ts";
import { seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { decodePackage } from "@/server/domain/analysis/space.ts";
import { packageToScenario } from "@/server/domain/analysis/to-scenario.ts";
import { getTerm } from "@/server/domain/edit.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { statusQuoDocument, usProposalDocument } from "../../helpers/documents.ts";
import { profile } from "./support.ts";

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 200);
const profiles = seedProfileSet().parties;
const seeds = SEED_SCENARIOS.map((s) => s.document());
const FULL: OutcomeSpace = DIMENSIONS.map((d) => ({ dimensionId: d.id, optionIds: d.options.map((o) => o.id) }));

describe("scoring saved scenarios", () => {
  it("the seed scenarios score within 0–100 for every seed profile, with margins and acceptance consistent", () => {
    const { scenarios, zopa, agreeable } = scoreScenarios(
      seeds.map((d) => scenarioPositions(d)),
      profiles,
    );
    expect(scenarios).toHaveLength(seeds.length);
    scenarios.forEach((s) => {
      expect(s.parties.map((p) => p.partyId)).toEqual(["russia", "ukraine", "united-states"]);
      for (const p of s.parties) {
        expect(p.utility).toBeGreaterThanOrEqual(0);
        expect(p.utility).toBeLessThanOrEqual(100);
        expect(p.margin).toBeCloseTo(p.utility - p.reservation, 12);
        expect(p.accepts).toBe(p.utility >= p.reservation);
      }
      expect(s.allAccept).toBe(s.parties.every((p) => p.accepts));
      const lowest = Math.min(...s.parties.map((p) => p.margin));
      expect(s.leastSatisfied).toBe(s.parties.find((p) => p.margin === lowest));
    });
    expect(agreeable).toEqual(scenarios.flatMap((s, i) => (s.allAccept ? [i] : [])));
    expect(zopa).toBe(agreeable.length > 0);
  });

  it("least satisfied: lowest utility − reservation, ties to the first party; no zone of agreement when someone always refuses", () => {
    const values = { nato: { open: 0, deferred: 50, renounced: 100 } };
    const doc = statusQuoDocument(); // NATO path open (not specified) → 50 for everyone below
    const a = profile("aa", { nato: 1 }, values, 40); // margin 10
    const b = profile("bb", { nato: 1 }, values, 60); // margin −10
    const c = profile("cc", { nato: 1 }, values, 60); // margin −10, after bb
    const score = scoreScenario(doc, [a, b, c]);
    expect(score.utilities).toEqual([50, 50, 50]);
    expect(score.accepts).toEqual([true, false, false]);
    expect(score.leastSatisfied?.partyId).toBe("bb");
    const set = scoreScenarios([scenarioPositions(doc), scenarioPositions(doc)], [a, b]);
    expect(set.zopa).toBe(false);
    expect(set.agreeable).toEqual([]);
    const some = scoreScenarios([scenarioPositions(doc), scenarioPositions(doc)], [a, { ...b, reservation: 50 }]);
    expect(some).toMatchObject({ zopa: true, agreeable: [0, 1] });
    expect(scoreScenario(doc, []).leastSatisfied).toBeNull();
  });
});

describe("packageToScenario", () => {
  const runs = [statusQuoDocument(), usProposalDocument(), ...seeds.slice(2)].map((baseline) => ({
    baseline,
    result: analyse({ profiles, space: FULL, baseline }),
  }));

  it("gives a valid scenario whose positions are the package's options, scored as the package", () => {
    fc.assert(
      fc.property(fc.nat(runs.length - 1), fc.nat(runs[0]!.result.size - 1), (b, index) => {
        const { baseline, result } = runs[b]!;
        const original = structuredClone(baseline);
        const doc = packageToScenario(baseline, FULL, index, "A package");
        const parsed = ScenarioDocument.safeParse(doc);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(baseline, "the baseline is not modified").toEqual(original);
        expect(doc.title).toBe("A package");
        const options = decodePackage(result, index);
        for (const d of DIMENSIONS) {
          if (d.kind === "territory") {
            const option = d.options.find((o) => o.id === options[d.id])!;
            expect(scenarioPosition(doc, d)).toBeCloseTo(option.russiaShare, 12);
            for (const id of d.regionIds)
              expect(doc.terms.territory[id]).toMatchObject({ contestedKm2: 0, status: "assumption" });
          } else {
            expect(scenarioPosition(doc, d)).toBe(options[d.id]);
            expect(getTerm(doc, d.termId)).toMatchObject({ status: "assumption" });
          }
        }
        const score = scoreScenario(doc, profiles);
        profiles.forEach((_, p) => expect(score.utilities[p]).toBeCloseTo(result.utilities[p]![index]!, 6));
      }),
      { numRuns: NUM_RUNS },
    );
  }, 60_000);

  it("keeps every other term of the baseline and notes where the package comes from", () => {
    const baseline = statusQuoDocument();
    const space: OutcomeSpace = [
      { dimensionId: "donetsk", optionIds: ["ukraine", "line", "russia"] },
      { dimensionId: "guarantees", optionIds: ["bilateral", "multilateral"] },
    ];
    // Package 5 = Donetsk "russia" (2 · 2) + guarantees "multilateral" (1).
    const doc = packageToScenario(baseline, space, 5, "  Donetsk to Russia, multilateral guarantees  ");
    expect(doc.title).toBe("Donetsk to Russia, multilateral guarantees");
    expect(doc.terms.territory["UA-14"]).toMatchObject({
      russiaKm2: 26517,
      ukraineKm2: 0,
      contestedKm2: 0,
      status: "assumption",
      zone: "none",
    });
    expect(doc.terms.territory["UA-14"].note).toMatch(/Parley's outcome-space analysis/);
    expect(doc.terms.security.guarantees).toMatchObject({ value: "multilateral", status: "assumption" });
    expect(doc.terms.security.guarantees.note).toMatch(/Parley's outcome-space analysis/);
    expect(doc.summary).toMatch(/Donetsk region: Russia holds all; Security guarantees: Multilateral/);
    expect(doc.summary).toMatch(/Status quo, early May 2025/);
    // Everything else as in the baseline.
    const { ["UA-14"]: _d, ...otherRegions } = doc.terms.territory;
    const { ["UA-14"]: _b, ...baselineRegions } = baseline.terms.territory;
    expect(otherRegions).toEqual(baselineRegions);
    expect({ ...doc.terms, territory: null, security: { ...doc.terms.security, guarantees: null } }).toEqual({
      ...baseline.terms,
      territory: null,
      security: { ...baseline.terms.security, guarantees: null },
    });
    // Donetsk at the line: Russia 18,562 of 26,517 km² again, Ukraine the rest.
    const line = packageToScenario(baseline, space, 2, "Line");
    expect(line.terms.territory["UA-14"].russiaKm2).toBeCloseTo(18562, 9);
    expect(line.terms.territory["UA-14"].russiaKm2 + line.terms.territory["UA-14"].ukraineKm2).toBeCloseTo(26517, 9);
    expect(scenarioPositions(line).donetsk).toBeCloseTo(18562 / 26517, 12);
  });

  it("a unilateral ceasefire names a declaring party when the baseline names none", () => {
    const baseline = usProposalDocument();
    expect(baseline.terms.ceasefire.declaredBy.value).toBeNull();
    const doc = packageToScenario(baseline, [{ dimensionId: "ceasefire", optionIds: ["unilateral"] }], 0, "Truce");
    expect(doc.terms.ceasefire.type.value).toBe("unilateral");
    expect(doc.terms.ceasefire.declaredBy).toMatchObject({ value: "russia", status: "assumption" });
    expect(ScenarioDocument.safeParse(doc).success).toBe(true);
    // The status quo already names Russia: kept as it is.
    const kept = packageToScenario(statusQuoDocument(), [{ dimensionId: "ceasefire", optionIds: ["unilateral"] }], 0, "Truce");
    expect(kept.terms.ceasefire.declaredBy).toEqual(statusQuoDocument().terms.ceasefire.declaredBy);
  });

  it("an empty title falls back to the package number; a long one is cut to 200 characters", () => {
    const space: OutcomeSpace = [{ dimensionId: "nato", optionIds: ["open", "renounced"] }];
    expect(packageToScenario(statusQuoDocument(), space, 1, "   ").title).toBe("Package 1");
    const long = packageToScenario(statusQuoDocument(), space, 1, "x".repeat(300));
    expect(long.title.length).toBe(200);
    expect(ScenarioDocument.safeParse(long).success).toBe(true);
  });
});
