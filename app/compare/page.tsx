import type { Metadata } from "next";
import { CompareView } from "../_components/compare/CompareView.tsx";
import { SCENARIO_CHOICES } from "../_lib/page-queries.ts";
import { previewMetadata } from "../_lib/previews.ts";
import { api, HydrateClient } from "../_lib/trpc-server.tsx";

interface Props {
  searchParams: Promise<{ ids?: string; ref?: string; diff?: string }>;
}

const idsOf = (ids: string | undefined) => (ids ?? "").split(",").filter(Boolean).slice(0, 4);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { ids: given, ref } = await searchParams;
  const ids = idsOf(given);
  try {
    // The page's own read (same input), so the comparison is read once.
    const result = await api.scenario.compare({ ids, referenceId: ref });
    const titles = result.scenarios.map((s) => s.title);
    return previewMetadata(
      `Compare: ${titles.join(" · ")}`.slice(0, 200),
      `${titles.length} scenarios side by side, term by term.`,
      `/preview?compare=${ids.map(encodeURIComponent).join(",")}`,
    );
  } catch {
    return { title: "Compare scenarios" };
  }
}

// The comparison (or, with fewer than two scenarios, the list to pick from) arrives in the HTML.
export default async function ComparePage({ searchParams }: Props) {
  const { ids, ref, diff } = await searchParams;
  const picked = idsOf(ids);
  await Promise.all([
    // Two or more: the comparison and the "Add a scenario…" select's titles; fewer: the picker's list.
    ...(picked.length >= 2
      ? [api.scenario.compare.prefetch({ ids: picked, referenceId: ref }), api.scenario.titles.prefetch(SCENARIO_CHOICES)]
      : [api.scenario.list.prefetch(SCENARIO_CHOICES)]),
  ]);
  return (
    <HydrateClient>
      <CompareView ids={picked} referenceId={ref} differencesOnly={diff === "1"} />
    </HydrateClient>
  );
}
