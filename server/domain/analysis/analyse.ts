import type { ScenarioDocument } from "../scenario.ts";
import { acceptedMask, countAccepted, kalaiSmorodinsky, maximinSolution, nashSolution } from "./bargaining.ts";
import { paretoFrontier } from "./frontier.ts";
import { DIMENSIONS, PartyProfile, type OutcomeSpace } from "./model.ts";
import type { Catalogue } from "./position.ts";
import { scorePackages } from "./score.ts";
import { compileSpace, decodePackage, type CompiledDimension } from "./space.ts";

// The analysis the browser runs in a Web Worker (and the tests call directly): score every package
// of an outcome space for every party, find the Pareto frontier and the bargaining solutions.

export const DEFAULT_MAX_PACKAGES = 2_000_000;

export interface AnalysisInput {
  profiles: PartyProfile[];
  space: OutcomeSpace;
  /** Dimensions not in play keep this scenario's positions (the status quo, by default, in the UI). */
  baseline: ScenarioDocument;
  /** Larger spaces are refused with an error (default 2,000,000). */
  maxPackages?: number;
  /** The dimensions scored; DIMENSIONS unless given (the benchmark passes finer territory options). */
  catalogue?: Catalogue;
}

export interface AnalysisProgress {
  phase: "scoring" | "frontier" | "solutions" | "sensitivity";
  done: number;
  total: number;
}

export interface SolutionPackage {
  index: number;
  /** Per party, in the profiles' order. */
  utilities: number[];
  /** { dimensionId: optionId } for the dimensions in play. */
  options: Record<string, string>;
}

export interface AnalysisResult {
  parties: { partyId: string; name: string; reservation: number }[];
  dimensions: CompiledDimension[];
  size: number;
  /** utilities[p][i]: party p's utility (0–100) for package i. */
  utilities: Float64Array[];
  /** Pareto-optimal package indices, by the first party's utility descending. */
  frontier: Uint32Array;
  nash: SolutionPackage | null;
  kalaiSmorodinsky: SolutionPackage | null;
  maximin: SolutionPackage | null;
  /** Packages every party accepts (utility ≥ reservation), and their share of all packages. */
  acceptedCount: number;
  acceptedShare: number;
}

export function checkProfiles(profiles: readonly PartyProfile[]): void {
  if (profiles.length === 0) throw new Error("The analysis needs at least one party profile");
  const seen = new Set<string>();
  for (const profile of profiles) {
    const parsed = PartyProfile.safeParse(profile);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`Profile "${profile?.name ?? "?"}": ${issue.path.join(".")}: ${issue.message}`);
    }
    if (seen.has(profile.partyId)) throw new Error(`Party "${profile.partyId}" appears twice`);
    seen.add(profile.partyId);
  }
}

export function analyse(input: AnalysisInput, onProgress?: (progress: AnalysisProgress) => void): AnalysisResult {
  const { profiles, baseline } = input;
  checkProfiles(profiles);
  const space = compileSpace(input.space, input.catalogue ?? DIMENSIONS);
  const maxPackages = input.maxPackages ?? DEFAULT_MAX_PACKAGES;
  if (space.size > maxPackages) {
    throw new Error(
      `This outcome space has ${space.size.toLocaleString("en-US")} packages; Parley analyses at most ${maxPackages.toLocaleString("en-US")} at once. Take out an issue or some options.`,
    );
  }

  // At most P + 1 scoring, P + 2 frontier (≤ 9 with six parties) and 5 solution reports: well under 50.
  onProgress?.({ phase: "scoring", done: 0, total: profiles.length });
  const utilities = scorePackages(space, profiles, baseline, (done, total) => onProgress?.({ phase: "scoring", done, total }));
  const frontier = paretoFrontier(utilities, (done, total) => onProgress?.({ phase: "frontier", done, total }));

  const solutionSteps = 4;
  const step = (done: number) => onProgress?.({ phase: "solutions", done, total: solutionSteps });
  step(0);
  const reservations = profiles.map((p) => p.reservation);
  const mask = acceptedMask(utilities, reservations);
  const acceptedCount = countAccepted(mask);
  step(1);
  const nash = nashSolution(utilities, reservations, mask);
  step(2);
  const ks = kalaiSmorodinsky(utilities, reservations, mask);
  step(3);
  const maximin = maximinSolution(utilities);
  step(4);

  const solution = (index: number | null): SolutionPackage | null =>
    index === null ? null : { index, utilities: utilities.map((u) => u[index]!), options: decodePackage(space, index) };
  return {
    parties: profiles.map((p) => ({ partyId: p.partyId, name: p.name, reservation: p.reservation })),
    dimensions: space.dimensions,
    size: space.size,
    utilities,
    frontier,
    nash: solution(nash),
    kalaiSmorodinsky: solution(ks),
    maximin: solution(maximin),
    acceptedCount,
    acceptedShare: space.size ? acceptedCount / space.size : 0,
  };
}
