"use client";

import type { PackageTerm } from "@/server/domain/analysis/index.ts";

/** A package as issue: option pairs; the options that differ from the status quo are highlighted and marked ≠. */
export function PackageTerms({ terms, compact = false }: { terms: PackageTerm[]; compact?: boolean }) {
  return (
    <ul className={compact ? "package-terms package-terms--compact" : "package-terms"}>
      {terms.map((t) => (
        <li key={t.dimensionId} className={t.differs ? "package-terms__changed" : undefined}>
          {t.differs && (
            <span className="package-terms__mark" aria-label="differs from the status quo" title="Differs from the status quo">
              ≠{" "}
            </span>
          )}
          <span className="package-terms__issue">{t.issue}:</span> {t.option}
        </li>
      ))}
    </ul>
  );
}
