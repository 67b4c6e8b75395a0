import type { Metadata } from "next";
import { ScenarioEditor } from "../../_components/editor/ScenarioEditor.tsx";
import { SCENARIO_CHOICES } from "../../_lib/page-queries.ts";
import { headlineText, previewMetadata } from "../../_lib/previews.ts";
import { api, HydrateClient } from "../../_lib/trpc-server.tsx";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  try {
    const scenario = await api.scenario.get({ id });
    return previewMetadata(scenario.document.title, headlineText(scenario.document), `/preview?s=${encodeURIComponent(id)}`);
  } catch {
    return { title: "Scenario", robots: { index: false, follow: false } };
  }
}

// The page arrives with the scenario in its HTML (title, headline figures, every term, the history
// and the "Compare with…" choices): the server reads them (the scenario once, shared with the
// metadata) and the browser's query cache starts from them, so nothing starts from "Loading…" and
// the page reads without JavaScript.
export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  const answers = api.scenario.get({ id }).then(
    (s) => s.document.context.answers,
    () => null,
  );
  await Promise.all([
    api.scenario.get.prefetch({ id }),
    // The history panel pages with an infinite query: the same key, so its first page is in the HTML.
    api.scenario.history.prefetchInfinite({ id }),
    api.scenario.titles.prefetch(SCENARIO_CHOICES),
    // The position this one answers, named in its "Put forward" fields.
    answers.then((answered) => (answered ? api.scenario.title.prefetch({ id: answered }) : undefined)),
  ]);
  return (
    <HydrateClient>
      <ScenarioEditor id={id} />
    </HydrateClient>
  );
}
