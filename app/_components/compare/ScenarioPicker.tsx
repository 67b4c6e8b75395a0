"use client";

import { useState } from "react";
import { formatShare } from "@/server/domain/format.ts";
import { SCENARIO_CHOICES } from "../../_lib/page-queries.ts";
import { trpc } from "../../_lib/trpc.tsx";

/** Choose 2–4 scenarios to compare. */
export function ScenarioPicker({ initial, onCompare }: { initial: string[]; onCompare: (ids: string[]) => void }) {
  const list = trpc.scenario.list.useQuery(SCENARIO_CHOICES);
  const [picked, setPicked] = useState<string[]>(initial);
  if (list.isPending) return <p className="muted">Loading scenarios…</p>;
  if (list.error) return <p className="alert alert--error">{list.error.message}</p>;
  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  return (
    <fieldset className="panel">
      <legend>Scenarios</legend>
      <ul className="picker">
        {list.data.items.map((s) => (
          <li key={s.id}>
            <label>
              <input
                type="checkbox"
                checked={picked.includes(s.id)}
                disabled={!picked.includes(s.id) && picked.length >= 4}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {s.title} <span className="muted small">Russia {formatShare(s.russiaShare)}</span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" disabled={picked.length < 2} onClick={() => onCompare(picked)}>
        Compare {picked.length >= 2 ? picked.length : ""} scenarios
      </button>
      {picked.length < 2 && <span className="muted small"> Pick at least two (at most four).</span>}
    </fieldset>
  );
}
