import { formatIsoDate } from "@/server/domain/format.ts";
import type { Lane } from "@/server/domain/timeline.ts";
import { LaneRow, TimeCanvas } from "./Axis.tsx";
import { EventShape, kindLabel } from "./EventMark.tsx";
import { AXIS_WIDTH, utcDay, type TimeScale } from "./scale.ts";
import type { Picking, TimelineEvent, TimelinePosition } from "./types.ts";

const EVENT_ROW = 22;
const LABEL_ROW = 44;
const LABEL_WIDTH = 176;

interface Placed<T> {
  item: T;
  x: number;
  row: number;
  /** The label runs left of the mark near the right edge. */
  flip: boolean;
}

/** Labels in the first row where they do not overlap the previous one (oldest first). */
function placeLabels<T extends { date: string }>(items: readonly T[], x: TimeScale): Placed<T>[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    const at = x(utcDay(item.date));
    const flip = at + LABEL_WIDTH > AXIS_WIDTH;
    const [from, to] = flip ? [at - LABEL_WIDTH, at] : [at, at + LABEL_WIDTH];
    let row = rowEnds.findIndex((end) => end < from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = to + 6;
    return { item, x: at, row, flip };
  });
}

export function eventWhen(e: Pick<TimelineEvent, "date" | "endDate" | "approximate">): string {
  const span = e.endDate ? `${formatIsoDate(e.date)} – ${formatIsoDate(e.endDate)}` : formatIsoDate(e.date);
  return e.approximate ? `about ${span}` : span;
}

interface Props {
  lanes: Lane<TimelinePosition, TimelineEvent>[];
  x: TimeScale;
  picking: Picking;
}

/** Lanes by who put things forward; the chart scrolls sideways inside its own region on narrow screens. */
export function LanesChart({ lanes, x, picking }: Props) {
  const kinds = [...new Set(lanes.flatMap((l) => l.events.map((e) => e.kind)))].sort();
  return (
    <>
      <ul className="tl-legend" aria-label="Key">
        <li>
          <span className="tl-legend__mark" aria-hidden="true" /> Position (opens it; the ring picks it)
        </li>
        {kinds.map((k) => (
          <li key={k}>
            <EventShape kind={k} /> {kindLabel(k)}
          </li>
        ))}
      </ul>
      <TimeCanvas label="Positions and events by who put them forward" x={x}>
        {lanes.map((lane) => {
          const placed = placeLabels(lane.positions, x);
          const rows = Math.max(1, ...placed.map((p) => p.row + 1));
          const height = EVENT_ROW + (lane.positions.length ? rows * LABEL_ROW : 0) + 6;
          return (
            <LaneRow
              key={lane.key}
              data-lane={lane.key}
              x={x}
              height={height}
              title={
                <>
                  {lane.label}{" "}
                  <span className="muted small">
                    {lane.positions.length} {lane.positions.length === 1 ? "position" : "positions"} · {lane.events.length}{" "}
                    {lane.events.length === 1 ? "event" : "events"}
                  </span>
                </>
              }
            >
              {lane.events.map((e) => {
                const from = x(utcDay(e.date));
                const to = e.endDate ? x(utcDay(e.endDate)) : from;
                const label = `${kindLabel(e.kind)}, ${eventWhen(e)}: ${e.title}`;
                return (
                  <span
                    key={e.id}
                    className={`tl-event${to > from ? " tl-event--days" : ""}`}
                    style={{ left: from, width: Math.max(0, to - from) }}
                  >
                    <span className="tl-event__mark" tabIndex={0} role="img" aria-label={label} title={label}>
                      <EventShape kind={e.kind} />
                    </span>
                  </span>
                );
              })}
              {placed.map(({ item: p, x: at, row, flip }) => {
                const isPicked = picking.picked.includes(p.id);
                return (
                  <div
                    key={p.id}
                    className={`tl-pos${flip ? " tl-pos--flip" : ""}${isPicked ? " is-picked" : ""}`}
                    style={{ left: flip ? at - LABEL_WIDTH : at, top: EVENT_ROW + row * LABEL_ROW, width: LABEL_WIDTH }}
                    data-position={p.id}
                  >
                    <button
                      type="button"
                      className="tl-pos__mark"
                      aria-pressed={isPicked}
                      aria-label={`Pick ${p.title}, ${formatIsoDate(p.date)}`}
                      title={isPicked ? "Picked: click to unpick" : "Pick for compare or before/after"}
                      onClick={() => picking.toggle(p)}
                    />
                    <a href={`/s/${p.id}`} className="tl-pos__label">
                      <span className="tl-pos__title">{p.title}</span>
                      <span className="tl-pos__date">{formatIsoDate(p.date)}</span>
                    </a>
                  </div>
                );
              })}
            </LaneRow>
          );
        })}
      </TimeCanvas>
    </>
  );
}
