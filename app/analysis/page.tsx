import type { Metadata } from "next";
import { AnalysisPage } from "../_components/analysis/AnalysisPage.tsx";
import { ANALYSIS_SCENARIOS } from "../_lib/page-queries.ts";
import { api, failureOf, HydrateClient } from "../_lib/trpc-server.tsx";
import { openingRun } from "./opening-run.ts";

export const metadata: Metadata = { title: "Negotiation analysis" };
// Reads the database on every request (profile sets and scenarios change).
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<{ profiles?: string }>;
}

/**
 * Server-rendered with its data: the profile set (the one named in the URL, else the seed set the
 * server names), its history and the newest scenarios' positions (not their documents: the scores
 * need no notes or sources, and the page's HTML carries every byte it hydrates), read in parallel
 * in-process, so the browser makes no request before the page can draw; and the opening analysis
 * run, so the Nash package and the chart's data come with the HTML (the browser's worker runs only
 * on a change).
 */
export default async function Page({ searchParams }: Props) {
  const { profiles } = await searchParams;
  const named = profiles ? api.profileSet.get({ id: profiles }) : api.profileSet.seed();
  const positions = api.scenario.positions.prefetch(ANALYSIS_SCENARIOS);
  const [error, set] = await Promise.all([
    failureOf(named),
    named.then(
      (set) => set,
      () => null,
    ),
  ]);
  const id = set?.id ?? null;
  await Promise.all([
    id && api.profileSet.get.prefetch({ id }),
    id && api.profileSet.history.prefetchInfinite({ id }),
    positions,
  ]);
  return (
    <HydrateClient>
      <AnalysisPage id={id} error={error} opening={set && openingOf(set)} />
    </HydrateClient>
  );
}

/** The opening run, or null if these assumptions cannot be analysed (the page's worker then says why). */
function openingOf(set: Parameters<typeof openingRun>[0]) {
  try {
    return openingRun(set);
  } catch {
    return null;
  }
}
