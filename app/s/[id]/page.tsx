import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller.ts";
import { ScenarioEditor } from "../../_components/editor/ScenarioEditor.tsx";
import { headlineText, previewMetadata } from "../../_lib/previews.ts";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  try {
    const scenario = await (await serverCaller()).scenario.get({ id });
    return previewMetadata(scenario.document.title, headlineText(scenario.document), `/preview?s=${encodeURIComponent(id)}`);
  } catch {
    return { title: "Scenario", robots: { index: false, follow: false } };
  }
}

export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  return <ScenarioEditor id={id} />;
}
