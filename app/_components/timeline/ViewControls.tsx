"use client";

import { useRouter } from "next/navigation";
import { EVENT_KINDS } from "@/server/domain/events.ts";
import { ACTORS, optionLabel } from "@/server/domain/options.ts";
import { TRACK_TERMS } from "@/server/domain/timeline.ts";
import { timelineUrl } from "./timeline-url.ts";
import type { TimelineViewState } from "./types.ts";

const GROUPS = [...new Set(TRACK_TERMS.map((t) => t.group))];

/** A plain GET form (it works before the page's script runs); with the script, a change applies at once. */
export function ViewControls({ view }: { view: TimelineViewState }) {
  const router = useRouter();
  const go = (patch: Partial<TimelineViewState>) => router.push(timelineUrl({ ...view, ...patch }), { scroll: false });
  return (
    <form className="tl-controls" method="get" action="/timeline" aria-label="What the timeline shows">
      <label className="field">
        <span className="field__label">Follow a term</span>
        <select name="term" value={view.term} onChange={(e) => go({ term: e.target.value })}>
          {GROUPS.map((group) => (
            <optgroup key={group} label={group}>
              {TRACK_TERMS.filter((t) => t.group === group).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Put forward by</span>
        <select name="who" value={view.who ?? ""} onChange={(e) => go({ who: e.target.value || undefined })}>
          <option value="">Anyone</option>
          {ACTORS.map((a) => (
            <option key={a} value={a}>
              {optionLabel(a)} (alone or jointly)
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Kind of event</span>
        <select name="kind" value={view.kind ?? ""} onChange={(e) => go({ kind: e.target.value || undefined })}>
          <option value="">All kinds</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {k[0]!.toUpperCase() + k.slice(1)}
            </option>
          ))}
        </select>
      </label>
      {view.picked[0] && <input type="hidden" name="a" value={view.picked[0]} />}
      {view.picked[1] && <input type="hidden" name="b" value={view.picked[1]} />}
      <button type="submit" className="button button--small tl-controls__submit">
        Show
      </button>
    </form>
  );
}
