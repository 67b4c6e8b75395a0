import type { Metadata } from "next";
import { ScenarioEditor } from "../../_components/editor/ScenarioEditor.tsx";

interface Props {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: "Scenario" };

export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  return <ScenarioEditor id={id} />;
}
