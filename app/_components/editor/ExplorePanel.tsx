"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { trpc } from "../../_lib/trpc.tsx";
import { compareUrl, diffUrl } from "../../_lib/urls.ts";

interface Props {
  scenarioId: string;
  baseline: { id: string; title: string } | null;
}

/** Ways out of the editor into comparison: before/after against the baseline, side by side with others. */
export function ExplorePanel({ scenarioId, baseline }: Props) {
  const router = useRouter();
  const list = trpc.scenario.list.useQuery({ limit: 100 });
  const others = (list.data?.items ?? []).filter((s) => s.id !== scenarioId);
  return (
    <nav className="explore" aria-label="Compare this scenario">
      {baseline && (
        <Link className="button" href={diffUrl({ id: baseline.id }, { id: scenarioId })}>
          Before/after vs {baseline.title}
        </Link>
      )}
      <label className="explore__compare">
        <span className="visually-hidden">Compare with</span>
        <select
          value=""
          onChange={(e) => e.target.value && router.push(compareUrl({ ids: [scenarioId, e.target.value], referenceId: scenarioId }))}
        >
          <option value="">Compare with…</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
