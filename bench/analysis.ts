// Outcome-space analysis benchmark: scoring, Pareto frontier and bargaining solutions for spaces of
// about 10^4, 10^5 and 10^6 packages with the three seed profiles (Russia, Ukraine, United States),
// plus the whole real catalogue. Target: 10^6 packages scored and the frontier found in < 1 s.
//
// The real catalogue has at most 186,624 packages, so the larger spaces give the territorial
// dimensions ten options each (Russia holding 0, 1/9, …, 1 of the group); the seed profiles' values
// there are their own values interpolated at those shares. Call benchAnalysis() (bench/run.ts does).
import { analyse, type AnalysisProgress } from "../server/domain/analysis/analyse.ts";
import { DIMENSIONS, type Dimension, type OutcomeSpace, type PartyProfile } from "../server/domain/analysis/model.ts";
import { seedProfileSet } from "../server/domain/analysis/seed-profiles.ts";
import { dimensionValue } from "../server/domain/analysis/value.ts";
import { statusQuo } from "../server/domain/seeds/status-quo.ts";

const STEPS = 10;

/** DIMENSIONS with ten evenly spaced options on every territorial dimension. */
function fineCatalogue(): Dimension[] {
  return DIMENSIONS.map((d) =>
    d.kind === "territory"
      ? {
          ...d,
          options: Array.from({ length: STEPS }, (_, k) => ({
            id: `s${k}`,
            label: `Russia holds ${Math.round((100 * k) / (STEPS - 1))} %`,
            russiaShare: k / (STEPS - 1),
          })),
        }
      : d,
  );
}

/** A seed profile with values at the fine options: its own values, interpolated. */
function fineProfile(profile: PartyProfile, catalogue: Dimension[]): PartyProfile {
  const values = structuredClone(profile.values);
  for (const fine of catalogue) {
    if (fine.kind !== "territory") continue;
    const original = DIMENSIONS.find((d) => d.id === fine.id)!;
    values[fine.id] = Object.fromEntries(fine.options.map((o) => [o.id, dimensionValue(profile, original, o.russiaShare)]));
  }
  return { ...profile, values };
}

const all = (catalogue: readonly Dimension[], id: string) => ({
  dimensionId: id,
  optionIds: catalogue.find((d) => d.id === id)!.options.map((o) => o.id),
});

/** `territories` fine territorial dimensions (10 options each) × ceasefire 4 × guarantees 4 × NATO 3 × sanctions none/full 2 (= 96). */
function fineSpace(catalogue: Dimension[], territories: number): OutcomeSpace {
  const regions = ["donetsk", "zaporizhzhia", "kherson", "kharkiv", "luhansk"].slice(0, territories);
  return [
    ...[...regions, "ceasefire", "guarantees", "nato"].map((id) => all(catalogue, id)),
    { dimensionId: "sanctions", optionIds: ["none", "full"] },
  ];
}

interface Run {
  size: number;
  frontier: number;
  scoringMs: number;
  frontierMs: number;
  solutionsMs: number;
  totalMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  peakArrayBuffersMb: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

function runOnce(profiles: PartyProfile[], space: OutcomeSpace, catalogue: readonly Dimension[]): Run {
  const baseline = statusQuo();
  const peak = { rss: 0, heap: 0, arrayBuffers: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
  };
  const firstAt: Partial<Record<AnalysisProgress["phase"], number>> = {};
  sample();
  const start = performance.now();
  const result = analyse({ profiles, space, baseline, catalogue }, (p) => {
    firstAt[p.phase] ??= performance.now();
    sample();
  });
  const end = performance.now();
  sample();
  return {
    size: result.size,
    frontier: result.frontier.length,
    scoringMs: firstAt.frontier! - start,
    frontierMs: firstAt.solutions! - firstAt.frontier!,
    solutionsMs: end - firstAt.solutions!,
    totalMs: end - start,
    peakRssMb: mb(peak.rss),
    peakHeapMb: mb(peak.heap),
    peakArrayBuffersMb: mb(peak.arrayBuffers),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (n: number, ms: number) => `${(((n / ms) * 1000) / 1e6).toFixed(1)} M packages/s`;

export async function benchAnalysis(): Promise<void> {
  const seed = seedProfileSet().parties;
  const catalogue = fineCatalogue();
  const fine = seed.map((p) => fineProfile(p, catalogue));
  const cases: { label: string; profiles: PartyProfile[]; space: OutcomeSpace; catalogue: readonly Dimension[] }[] = [
    { label: "~10^4 (2 territories × 10 options, 4 terms)", profiles: fine, space: fineSpace(catalogue, 2), catalogue },
    { label: "~10^5 (3 territories × 10 options, 4 terms)", profiles: fine, space: fineSpace(catalogue, 3), catalogue },
    {
      label: "whole real catalogue (every option of all 11 issues)",
      profiles: seed,
      space: DIMENSIONS.map((d) => all(DIMENSIONS, d.id)),
      catalogue: DIMENSIONS,
    },
    { label: "~10^6 (4 territories × 10 options, 4 terms)", profiles: fine, space: fineSpace(catalogue, 4), catalogue },
  ];
  runOnce(cases[0]!.profiles, cases[0]!.space, cases[0]!.catalogue); // warm up
  console.log("outcome-space analysis, 3 seed profiles, median of 3 runs (target: 10^6 scored + frontier < 1,000 ms):");
  for (const c of cases) {
    const runs = [0, 1, 2].map(() => runOnce(c.profiles, c.space, c.catalogue));
    const m = (key: keyof Run) => median(runs.map((r) => r[key]));
    const n = runs[0]!.size;
    console.log(
      `  N = ${n.toLocaleString("en-US")} ${c.label}: scoring ${m("scoringMs").toFixed(1)} ms (${rate(n, m("scoringMs"))}), ` +
        `frontier ${m("frontierMs").toFixed(1)} ms (${rate(n, m("frontierMs"))}), solutions ${m("solutionsMs").toFixed(1)} ms, ` +
        `total ${m("totalMs").toFixed(1)} ms; frontier ${runs[0]!.frontier.toLocaleString("en-US")} packages; ` +
        `peak rss ${Math.max(...runs.map((r) => r.peakRssMb)).toFixed(0)} MB, heapUsed ${Math.max(...runs.map((r) => r.peakHeapMb)).toFixed(0)} MB, ` +
        `typed arrays ${Math.max(...runs.map((r) => r.peakArrayBuffersMb)).toFixed(0)} MB`,
    );
  }
}
