"use client";

import Link from "next/link";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { AnalysisView } from "./AnalysisView.tsx";

type ProfileSetRecord = RouterOutputs["profileSet"]["get"];
type ScenarioRecord = RouterOutputs["scenario"]["get"];

export interface AnalysisInitialData {
  /** The profile set the server read for this page (the one in the URL, or the seed), or the error it met. */
  profileSet: ProfileSetRecord | null;
  error: { code: string; message: string } | null;
  /** The newest saved scenarios with their documents, to score and plot. */
  scenarios: ScenarioRecord[];
}

/**
 * The analysis page with the data the server rendered it with: the query cache starts from it, so
 * the page needs no request before it can draw (later saves and restores update the cache).
 */
export function AnalysisPage({ initial }: { initial: AnalysisInitialData }) {
  const id = initial.profileSet?.id ?? "";
  const set = trpc.profileSet.get.useQuery(
    { id },
    { enabled: initial.profileSet !== null, initialData: initial.profileSet ?? undefined, retry: false },
  );
  const error = initial.error ?? (set.error ? { code: errorCodeOf(set.error) ?? "", message: set.error.message } : null);
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
  return <AnalysisView key={`${set.data.id}:${set.data.version}`} profileSet={set.data} scenarios={initial.scenarios} />;
}
