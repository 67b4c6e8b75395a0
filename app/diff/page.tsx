import type { Metadata } from "next";
import { BeforeAfterView } from "../_components/compare/BeforeAfterView.tsx";
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
  return <BeforeAfterView from={before} to={after} />;
}
