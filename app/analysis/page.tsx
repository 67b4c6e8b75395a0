import type { Metadata } from "next";
import { AnalysisPage } from "../_components/analysis/AnalysisPage.tsx";

export const metadata: Metadata = { title: "Negotiation analysis" };

interface Props {
  searchParams: Promise<{ profiles?: string }>;
}

export default async function Page({ searchParams }: Props) {
  const { profiles } = await searchParams;
  return <AnalysisPage profileSetId={profiles ?? null} />;
}
