import type { Metadata } from "next";
import { cache } from "react";
import { serverCaller } from "@/server/trpc/server-caller.ts";
import { ScenarioEditor } from "../../_components/editor/ScenarioEditor.tsx";
import { headlineText, previewMetadata } from "../../_lib/previews.ts";

interface Props {
  params: Promise<{ id: string }>;
}

/** One read per request, shared by the metadata and the page; null when there is no such scenario. */
const readScenario = cache(async (id: string) => {
  try {
    return await (await serverCaller()).scenario.get({ id });
  } catch {
    return null;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  try {
    const scenario = await readScenario(id);
    if (!scenario) throw new Error("not found");
    return previewMetadata(scenario.document.title, headlineText(scenario.document), `/preview?s=${encodeURIComponent(id)}`);
  } catch {
    return { title: "Scenario", robots: { index: false, follow: false } };
  }
}

// The page arrives with the scenario in its HTML (title, headline figures, every term): the server
// has already read it, so the browser does not start from "Loading…", and it reads without JavaScript.
export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  return <ScenarioEditor id={id} initial={(await readScenario(id)) ?? undefined} />;
}
