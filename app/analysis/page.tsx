import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller.ts";
import { AnalysisPage, type AnalysisInitialData } from "../_components/analysis/AnalysisPage.tsx";

export const metadata: Metadata = { title: "Negotiation analysis" };
// Reads the database on every request (profile sets and scenarios change).
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<{ profiles?: string }>;
}

/**
 * How many of the most recently saved published scenarios the page scores and plots. Each is scored
 * again on every slider step in the page itself: at 20 a step on the full catalogue took 141 ms
 * (longest task 63 ms), at 8 it takes 85 ms (31 ms) in the browser benchmark.
 */
const SCENARIOS = 8;

/**
 * Server-rendered with its data: the profile set (the one named in the URL, else the seed set the
 * server names) and the newest scenarios, read in parallel in-process, so the browser makes no
 * request before the page can draw.
 */
export default async function Page({ searchParams }: Props) {
  const { profiles } = await searchParams;
  const caller = await serverCaller();
  const [set, scenarios] = await Promise.all([
    (profiles ? caller.profileSet.get({ id: profiles }) : caller.profileSet.seed()).then(
      (value) => ({ value, error: null }),
      (error: { code?: string; message?: string }) => ({
        value: null,
        error: { code: error.code ?? "INTERNAL_SERVER_ERROR", message: error.message ?? "The assumptions could not be read" },
      }),
    ),
    caller.scenario
      .list({ limit: SCENARIOS })
      .then((list) => Promise.all(list.items.map((s) => caller.scenario.get({ id: s.id })))),
  ]);
  const initial: AnalysisInitialData = { profileSet: set.value, error: set.error, scenarios };
  return <AnalysisPage initial={initial} />;
}
