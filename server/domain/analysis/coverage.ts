import { ISSUES } from "../catalog.ts";
import { REGIONS } from "../reference/regions.ts";
import { DIMENSIONS } from "./model.ts";

// What the analysis leaves out: the catalogue's terms and regions no dimension scores. The page
// says so plainly, so nobody reads a score as covering, say, elections or frozen assets.

export interface AnalysisCoverage {
  /** Issues none of whose terms is scored, by label ("Elections in Ukraine"). */
  issuesLeftOut: string[];
  /** Terms left out of issues that are partly scored ("Security: Guarantees last"). */
  termsLeftOut: string[];
  /** Regions whose control is not scored (short names). */
  regionsLeftOut: string[];
}

export function analysisCoverage(): AnalysisCoverage {
  const scoredTerms = new Set(DIMENSIONS.flatMap((d) => (d.kind === "term" ? [d.termId] : [])));
  const scoredRegions = new Set(DIMENSIONS.flatMap((d) => (d.kind === "territory" ? d.regionIds : [])));
  const issues = ISSUES.filter((issue) => issue.id !== "territory");
  return {
    issuesLeftOut: issues.filter((issue) => issue.terms.every((t) => !scoredTerms.has(t.id))).map((issue) => issue.label),
    termsLeftOut: issues
      .filter((issue) => issue.terms.some((t) => scoredTerms.has(t.id)))
      .flatMap((issue) => issue.terms.filter((t) => !scoredTerms.has(t.id)).map((t) => `${issue.label}: ${t.label}`)),
    regionsLeftOut: REGIONS.filter((r) => !scoredRegions.has(r.id)).map((r) => r.shortName),
  };
}
