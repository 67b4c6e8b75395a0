"use client";

import { useMemo, useState } from "react";
import { formatIsoDate } from "@/server/domain/format.ts";
import { useHydrated } from "../../_lib/use-hydrated.ts";
import { TIMELINE_START, timelineLanes, timelineSpan } from "@/server/domain/timeline.ts";
import { EventTable } from "./EventTable.tsx";
import { LanesChart } from "./LanesChart.tsx";
import { PickBar } from "./PickBar.tsx";
import { timeScale } from "./scale.ts";
import { ShareChart } from "./ShareChart.tsx";
import { timelineUrl } from "./timeline-url.ts";
import { TrackChart } from "./TrackChart.tsx";
import { TrackTable } from "./TrackTable.tsx";
import type { Pickable, Picking, TimelineData, TimelineViewState } from "./types.ts";
import { ViewControls } from "./ViewControls.tsx";
import "./timeline.css";

interface Props {
  data: TimelineData;
  view: TimelineViewState;
  /** View parameters of the URL that were not understood (and were ignored). */
  problems: string[];
}

export function TimelineView({ data, view, problems }: Props) {
  const [picked, setPicked] = useState<string[]>(view.picked);
  // Marks the page as interactive (its script has run): the browser tests wait for it.
  const ready = useHydrated();
  // A new view from the server (another term, other filters) carries the picks of its URL.
  const viewPicks = view.picked.join(",");
  const [pickedFrom, setPickedFrom] = useState(viewPicks);
  if (pickedFrom !== viewPicks) {
    setPickedFrom(viewPicks);
    setPicked(view.picked);
  }
  const known = useMemo(() => pickableById(data), [data]);
  const pick = (next: string[]) => {
    setPicked(next);
    // The picked points live in the URL; no new data is needed, so no server round trip.
    window.history.replaceState(null, "", timelineUrl({ ...view, picked: next }));
  };
  const picking: Picking = {
    picked,
    toggle: (point) => pick(picked.includes(point.id) ? picked.filter((id) => id !== point.id) : [...picked, point.id].slice(-2)),
  };

  const inSpan = data.positions.filter((p) => p.date >= TIMELINE_START);
  const earlier = data.positions.filter((p) => p.date < TIMELINE_START);
  const lanes = timelineLanes(inSpan, data.events);
  const x = timeScale(timelineSpan([...inSpan.map((p) => p.date), ...data.events.map((e) => e.date)]));

  return (
    <div className="timeline" data-ready={ready ? "" : undefined}>
      <h1>The talks since May 2025</h1>
      <p className="muted">
        Every position put forward in the Russia–Ukraine talks, and the events around them, on one time axis from March 2025 to
        August 2026, grouped by who put them forward; under them, how much of Ukraine Russia held each day. Pick a term to see
        each side&apos;s position on it move across time. Pick any two points to open them in compare or before/after.
      </p>
      {problems.length > 0 && (
        <p className="alert alert--warn" role="status">
          Ignored in the link: {problems.join("; ")}.
        </p>
      )}
      <ViewControls view={{ ...view, picked }} />
      <PickBar
        picked={picked.map((id) => known.get(id) ?? { id, title: "A scenario not shown here", date: "" })}
        onClear={() => pick([])}
      />

      <section aria-labelledby="tl-positions">
        <h2 id="tl-positions">Positions and events</h2>
        <LanesChart lanes={lanes} x={x} picking={picking} />
        {earlier.length > 0 && (
          <p className="small muted">
            Earlier positions, before the axis starts:{" "}
            {earlier.map((p, i) => (
              <span key={p.id}>
                {i > 0 && "; "}
                <a href={`/s/${p.id}`}>{p.title}</a> ({formatIsoDate(p.date)})
              </span>
            ))}
            .
          </p>
        )}
      </section>

      <section className="lazy-render" aria-labelledby="tl-share">
        <h2 id="tl-share">Russia&apos;s share of Ukraine</h2>
        <ShareChart lines={data.lines.filter((d) => d.date >= TIMELINE_START)} x={x} picking={picking} />
      </section>

      <section className="lazy-render" aria-labelledby="tl-track">
        <h2 id="tl-track">{data.track.term.label} — each side&apos;s position over time</h2>
        <TrackChart track={data.track} x={x} picking={picking} />
        <h3>The same as a table</h3>
        <TrackTable track={data.track} picking={picking} />
      </section>

      <section className="lazy-render" aria-labelledby="tl-events">
        <h2 id="tl-events">Events</h2>
        <EventTable events={data.events} />
      </section>
    </div>
  );
}

function pickableById(data: TimelineData): Map<string, Pickable> {
  const found = new Map<string, Pickable>();
  for (const p of data.positions) found.set(p.id, { id: p.id, title: p.title, date: p.date });
  for (const d of data.lines)
    if (d.scenario) found.set(d.scenario.id, { id: d.scenario.id, title: d.scenario.title, date: d.date });
  for (const lane of [...data.track.lanes, ...(data.track.lines ? [data.track.lines] : [])])
    for (const p of lane.points) found.set(p.id, { id: p.id, title: p.title, date: p.date });
  return found;
}
