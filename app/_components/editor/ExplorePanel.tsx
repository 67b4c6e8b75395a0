"use client";

import Link from "next/link";
import { useGuardedRouter } from "../../_lib/navigation-guard.ts";
import { compareUrl, diffUrl } from "../../_lib/urls.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { ScenarioSelect } from "../ScenarioSelect.tsx";
import { ApplyLineButton } from "./ApplyLineButton.tsx";

interface Props {
  scenarioId: string;
  baseline: { id: string; title: string } | null;
  /** The saved document: what "apply to today's line" recomputes. */
  saved: ScenarioDocument;
}

/** Ways out of the editor into comparison: before/after against the baseline, side by side with others. */
export function ExplorePanel({ scenarioId, baseline, saved }: Props) {
  const router = useGuardedRouter();
  return (
    <nav className="explore" aria-label="Compare this scenario">
      {baseline && (
        <Link className="button" href={diffUrl({ id: baseline.id }, { id: scenarioId })}>
          Before/after vs {baseline.title}
        </Link>
      )}
      <ScenarioSelect
        label="Compare with"
        visuallyHiddenLabel
        placeholder="Compare with…"
        exclude={[scenarioId]}
        onSelect={(id) => router.push(compareUrl({ ids: [scenarioId, id], referenceId: scenarioId }))}
      />
      <ApplyLineButton scenarioId={scenarioId} document={saved} />
    </nav>
  );
}
