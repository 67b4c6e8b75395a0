"use client";

import Link from "next/link";
import { errorCodeOf, trpc } from "../../_lib/trpc.tsx";
import { AnalysisView } from "./AnalysisView.tsx";

/** Loads the profile set named in the URL, or the seed assumptions when none is named. */
export function AnalysisPage({ profileSetId }: { profileSetId: string | null }) {
  const list = trpc.profileSet.list.useQuery({ limit: 100 }, { enabled: profileSetId === null });
  const id = profileSetId ?? list.data?.items.find((s) => s.isSeed)?.id ?? null;
  const set = trpc.profileSet.get.useQuery({ id: id ?? "" }, { enabled: id !== null, retry: false });
  if (list.error || set.error) {
    const error = list.error ?? set.error;
    return (
      <div className="panel">
        <h1>Negotiation analysis</h1>
        <p className="alert alert--error">
          {errorCodeOf(error) === "NOT_FOUND" ? "These assumptions no longer exist, or the link is incomplete." : error?.message}
        </p>
        <Link href="/analysis">Open the seed assumptions</Link>
      </div>
    );
  }
  if (!set.data) return <p className="muted">Loading the analysis…</p>;
  return <AnalysisView key={`${set.data.id}:${set.data.version}`} profileSet={set.data} />;
}
