import { analysisCoverage } from "@/server/domain/analysis/coverage.ts";

/** Says plainly what the scores leave out, so nobody reads them as covering every term of a scenario. */
export function CoverageNote() {
  const { issuesLeftOut, termsLeftOut, regionsLeftOut } = analysisCoverage();
  return (
    <p className="small muted analysis-coverage" data-testid="analysis-coverage">
      <strong>Not scored:</strong> the scores cover the territory of the regions in the picker and the ceasefire type, NATO path,
      guarantees and sanctions relief. They leave out {issuesLeftOut.join(", ")}; within the scored issues, {termsLeftOut.length}{" "}
      other terms; and control of {regionsLeftOut.length} regions ({regionsLeftOut.slice(0, 4).join(", ")}, …). A package keeps
      the baseline&apos;s terms on everything left out.
    </p>
  );
}
