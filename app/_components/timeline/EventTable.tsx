import { proposersLabel } from "@/server/domain/context.ts";
import { optionLabel } from "@/server/domain/options.ts";
import { EventShape, kindLabel } from "./EventMark.tsx";
import { eventWhen } from "./LanesChart.tsx";
import type { TimelineEvent } from "./types.ts";

/** Every event with its kind in words, its confidence, the positions it produced and its sources. */
export function EventTable({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="muted">No events match.</p>;
  return (
    <ol className="tl-events" data-testid="event-list">
      {events.map((e) => (
        <li key={e.id} className="tl-events__item">
          <p className="tl-events__head">
            <span className="tl-events__kind">
              <EventShape kind={e.kind} /> {kindLabel(e.kind)}
            </span>
            <span className="tl-events__date">{eventWhen(e)}</span>
            <strong>{e.title}</strong>
          </p>
          <p className="small">{e.summary}</p>
          <p className="small muted">
            {proposersLabel(e.actors) || "No one named"} · Confidence: {optionLabel(e.confidence)}
            {e.positions.length > 0 && (
              <>
                {" "}
                · Produced:{" "}
                {e.positions.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ", "}
                    <a href={`/s/${p.id}`}>{p.title}</a>
                  </span>
                ))}
              </>
            )}
          </p>
          <details className="small">
            <summary>Sources ({e.sources.length})</summary>
            <ul>
              {e.sources.map((s) => (
                <li key={s} className="tl-events__source">
                  {s}
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}
