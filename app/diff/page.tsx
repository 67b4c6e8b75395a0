import type { Metadata } from "next";
import { BeforeAfterView } from "../_components/compare/BeforeAfterView.tsx";
import { SCENARIO_CHOICES } from "../_lib/page-queries.ts";
import { api, HydrateClient } from "../_lib/trpc-server.tsx";
import { parseScenarioRef } from "../_lib/urls.ts";

export const metadata: Metadata = { title: "Before and after" };

interface Props {
  searchParams: Promise<{ from?: string; to?: string }>;
}

export default async function DiffPage({ searchParams }: Props) {
  const { from, to } = await searchParams;
  const before = parseScenarioRef(from);
  const after = parseScenarioRef(to);
  if (!before || !after) {
    return (
      <div className="panel">
        <h1>Before and after</h1>
        <p>This page compares two scenarios or revisions: open it from a scenario&apos;s page or its history.</p>
      </div>
    );
  }
  // The changes, both sides' maps and the baseline choices arrive in the HTML.
  await Promise.all([
    api.scenario.beforeAfter.prefetch({ from: before, to: after }),
    api.scenario.titles.prefetch(SCENARIO_CHOICES),
  ]);
  return (
    <HydrateClient>
      <BeforeAfterView from={before} to={after} />
    </HydrateClient>
  );
}
