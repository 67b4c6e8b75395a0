import type { Metadata } from "next";
import { CompareView } from "../_components/compare/CompareView.tsx";

export const metadata: Metadata = { title: "Compare scenarios" };

interface Props {
  searchParams: Promise<{ ids?: string; ref?: string; diff?: string }>;
}

export default async function ComparePage({ searchParams }: Props) {
  const { ids, ref, diff } = await searchParams;
  return (
    <CompareView
      ids={(ids ?? "").split(",").filter(Boolean).slice(0, 4)}
      referenceId={ref}
      differencesOnly={diff === "1"}
    />
  );
}
