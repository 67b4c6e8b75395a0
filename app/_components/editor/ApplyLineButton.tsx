"use client";

import Link from "next/link";
import { formatIsoDate } from "@/server/domain/format.ts";
import { NEWEST_LINE_DATE } from "@/server/domain/line-of-control.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { editPath, rememberEditLink } from "../../_lib/edit-links.ts";
import { trpc } from "../../_lib/trpc.tsx";
import { refreshScenarioLists } from "../../_lib/scenario-lists.ts";
import { diffUrl } from "../../_lib/urls.ts";

/** "Apply to today's line": a copy of this position whose line-following regions use the newest line of control. */
export function ApplyLineButton({ scenarioId, document }: { scenarioId: string; document: ScenarioDocument }) {
  const utils = trpc.useUtils();
  const apply = trpc.scenario.applyLine.useMutation({
    onSuccess: (created) => {
      if (created.editSecret) rememberEditLink(created.id, created.editSecret, created.document.title);
      refreshScenarioLists(utils);
    },
  });
  const followsLine = Object.values(document.terms.territory).some((t) => t.basis === "line");
  if (!followsLine) return null;
  const result = apply.data;
  return (
    <div className="apply-line">
      <button type="button" className="button" disabled={apply.isPending} onClick={() => apply.mutate({ id: scenarioId })}>
        {apply.isPending ? "Recomputing…" : `Apply to today's line (${formatIsoDate(NEWEST_LINE_DATE)})`}
      </button>
      {apply.error && <p className="alert alert--error">{apply.error.message}</p>}
      {result && (
        <div className="apply-line__result" role="status">
          <p>{result.explanation}</p>
          <p>
            <Link href={diffUrl({ id: scenarioId }, { id: result.id })}>
              Before/after: this position → against today&apos;s line
            </Link>
            {" · "}
            <Link href={result.editSecret ? editPath(result.id, result.editSecret) : `/s/${result.id}`}>
              Open the new scenario
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
