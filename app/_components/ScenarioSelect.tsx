"use client";

import { SCENARIO_CHOICES } from "../_lib/page-queries.ts";
import { trpc } from "../_lib/trpc.tsx";

interface Props {
  label: string;
  /** Shown as the first, empty option; choosing it does nothing. */
  placeholder: string;
  value?: string;
  exclude?: readonly string[];
  onSelect: (id: string) => void;
  visuallyHiddenLabel?: boolean;
}

/** A select of the saved scenarios (newest 100), used to pick one to compare with. */
export function ScenarioSelect({ label, placeholder, value = "", exclude = [], onSelect, visuallyHiddenLabel }: Props) {
  const list = trpc.scenario.titles.useQuery(SCENARIO_CHOICES);
  const options = (list.data?.items ?? []).filter((s) => !exclude.includes(s.id));
  const known = options.some((o) => o.id === value);
  return (
    <label className="scenario-select small">
      <span className={visuallyHiddenLabel ? "visually-hidden" : undefined}>{label} </span>
      <select
        aria-label={visuallyHiddenLabel ? label : undefined}
        value={known ? value : ""}
        onChange={(e) => e.target.value && onSelect(e.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
    </label>
  );
}
