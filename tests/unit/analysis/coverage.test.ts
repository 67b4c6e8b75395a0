import { describe, expect, it } from "vitest";
import { analysisCoverage } from "@/server/domain/analysis/coverage.ts";
import { TERM_SPECS } from "@/server/domain/catalog.ts";
import { DIMENSIONS } from "@/server/domain/analysis/model.ts";

describe("analysisCoverage", () => {
  const coverage = analysisCoverage();

  it("names the issues of schema 2 that no dimension scores", () => {
    for (const label of [
      "Ukraine's armed forces",
      "Elections in Ukraine",
      "Amnesty",
      "Frozen assets and reparations",
      "EU membership",
      "Oversight of the deal",
      "Ratification",
    ]) {
      expect(coverage.issuesLeftOut).toContain(label);
    }
    expect(coverage.issuesLeftOut).not.toContain("Ceasefire");
    expect(coverage.issuesLeftOut).not.toContain("Security");
  });

  it("lists exactly the terms of partly scored issues that are not scored", () => {
    const scored = new Set(DIMENSIONS.flatMap((d) => (d.kind === "term" ? [d.termId] : [])));
    expect(coverage.termsLeftOut).toContain("Security: Foreign troops in Ukraine");
    expect(coverage.termsLeftOut).toContain("Ceasefire: Monitoring");
    expect(coverage.termsLeftOut).not.toContain("Ceasefire: Type");
    const leftOutCount = coverage.termsLeftOut.length;
    const partlyScoredIssues = new Set([...scored].map((id) => id.split(".")[0]));
    expect(leftOutCount).toBe(TERM_SPECS.filter((t) => partlyScoredIssues.has(t.id.split(".")[0]) && !scored.has(t.id)).length);
  });

  it("names the regions whose control is not scored", () => {
    expect(coverage.regionsLeftOut).toContain("Sumy");
    expect(coverage.regionsLeftOut).not.toContain("Donetsk");
  });
});
