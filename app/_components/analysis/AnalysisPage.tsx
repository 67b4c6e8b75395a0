"use client";

import Link from "next/link";
import { ANALYSIS_SCENARIOS } from "../../_lib/page-queries.ts";
import type { PositionedScenario } from "@/server/domain/analysis/index.ts";
import { errorCodeOf, trpc } from "../../_lib/trpc.tsx";
import type { OpeningRun } from "../../analysis/opening-run.ts";
import { AnalysisView } from "./AnalysisView.tsx";

const NONE: PositionedScenario[] = [];

/**
 * The analysis page. Its server part (app/analysis/page.tsx) prefetched the profile set `id` and
 * the newest scenarios' positions, so these queries start answered; `error` is why the set could
 * not be read; `opening` is the server's run for the set's settings on opening.
 */
export function AnalysisPage({
  id,
  error: readError,
  opening,
}: {
  id: string | null;
  error: { code: string; message: string } | null;
  opening: OpeningRun | null;
}) {
  const set = trpc.profileSet.get.useQuery({ id: id ?? "" }, { enabled: id !== null, retry: false });
  const scenarios = trpc.scenario.positions.useQuery(ANALYSIS_SCENARIOS).data?.items ?? NONE;
  const error = readError ?? (set.error ? { code: errorCodeOf(set.error) ?? "", message: set.error.message } : null);
  if (!error && set.isPending) return <p className="muted">Loading the assumptions…</p>;
  if (error || !set.data) {
    return (
      <div className="panel">
        <h1>Negotiation analysis</h1>
        <p className="alert alert--error">
          {error?.code === "NOT_FOUND" ? "These assumptions no longer exist, or the link is incomplete." : error?.message}
        </p>
        <Link href="/analysis">Open the seed assumptions</Link>
      </div>
    );
  }
  const key = `${set.data.id}:${set.data.version}`;
  // The server's run answers one version: a newer one (read since) is analysed in the browser.
  return <AnalysisView key={key} profileSet={set.data} scenarios={scenarios} opening={opening?.key === key ? opening : null} />;
}
