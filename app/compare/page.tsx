import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller.ts";
import { CompareView } from "../_components/compare/CompareView.tsx";
import { previewMetadata } from "../_lib/previews.ts";

interface Props {
  searchParams: Promise<{ ids?: string; ref?: string; diff?: string }>;
}

const idsOf = (ids: string | undefined) => (ids ?? "").split(",").filter(Boolean).slice(0, 4);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const ids = idsOf((await searchParams).ids);
  try {
    const result = await (await serverCaller()).scenario.compare({ ids });
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

export default async function ComparePage({ searchParams }: Props) {
  const { ids, ref, diff } = await searchParams;
  return <CompareView ids={idsOf(ids)} referenceId={ref} differencesOnly={diff === "1"} />;
}
