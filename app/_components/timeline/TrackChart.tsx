import { scaleLinear, scalePoint } from "d3-scale";
import { curveStepAfter, line } from "d3-shape";
import { formatIsoDate, formatKm2, formatShare } from "@/server/domain/format.ts";
import { statedRuns, type TrackPoint, type TrackScale } from "@/server/domain/timeline.ts";
import { LaneRow, TimeCanvas } from "./Axis.tsx";
import { AXIS_WIDTH, utcDay, type TimeScale } from "./scale.ts";
import type { Picking, TimelineTrack } from "./types.ts";

const HEIGHT = 120;
const TOP = 22;
const BASELINE = HEIGHT - 14;

/** Where a stated value sits: km² and numbers on a linear scale, options in the catalogue's order, text on one line. */
function yScale(scale: TrackScale, points: TrackPoint[]): (p: TrackPoint) => number {
  const plot = BASELINE - 16;
  if (scale.kind === "km2") {
    const y = scaleLinear().domain([0, scale.areaKm2]).range([plot, TOP]);
    return (p) => (p.value?.kind === "region" ? y(p.value.russiaKm2) : BASELINE);
  }
  if (scale.kind === "number") {
    const max = Math.max(
      1,
      ...points.map((p) => (p.value?.kind === "term" && typeof p.value.value === "number" ? p.value.value : 0)),
    );
    const y = scaleLinear().domain([0, max]).range([plot, TOP]).nice();
    return (p) => (p.value?.kind === "term" && typeof p.value.value === "number" ? y(p.value.value) : BASELINE);
  }
  if (scale.kind === "options") {
    const y = scalePoint<string>()
      .domain(scale.options.map((o) => o.value))
      .range([plot, TOP]);
    return (p) => (p.value?.kind === "term" ? (y(String(p.value.value)) ?? plot) : BASELINE);
  }
  return (p) => (p.value ? (TOP + plot) / 2 : BASELINE);
}

/** The value in a few words, for the label beside the point. */
export function shortValue(p: TrackPoint): string {
  if (p.value === null) return "not stated";
  if (p.value.kind === "region") return `${formatKm2(p.value.russiaKm2)} · ${formatShare(p.value.russiaShare)}`;
  return p.value.text.length > 28 ? `${p.value.text.slice(0, 27)}…` : p.value.text;
}

function scaleNote(track: TimelineTrack): string {
  const scale = track.term.scale;
  if (scale.kind === "km2")
    return `Each point: the km² of the region the position leaves to Russia, and its share of the region's ${formatKm2(scale.areaKm2)}. The step holds a side's position until its next one.`;
  if (scale.kind === "options")
    return `Each point: the option the position states; options from bottom to top: ${scale.options.map((o) => o.label).join(" · ")}.`;
  if (scale.kind === "number") return `Each point: the figure in ${scale.unit}.`;
  return "Each point: the term in words.";
}

export function TrackChart({ track, x, picking }: { track: TimelineTrack; x: TimeScale; picking: Picking }) {
  const lanes = [...track.lanes, ...(track.lines ? [track.lines] : [])];
  const all = lanes.flatMap((l) => l.points);
  const y = yScale(track.term.scale, all);
  const px = (p: TrackPoint) => x(utcDay(p.date));
  const step = line<TrackPoint>(px, y).curve(curveStepAfter);
  return (
    <>
      <p className="small muted">
        {scaleNote(track)} A hollow mark on the bottom line means the position does not state the term: the line breaks there.
      </p>
      <TimeCanvas label={`${track.term.label}: each side's position over time`} x={x}>
        {lanes.length === 0 && <p className="muted">No dated positions.</p>}
        {lanes.map((lane) => (
          <LaneRow key={lane.key} data-track-lane={lane.key} x={x} height={HEIGHT} title={lane.label}>
            <svg className="tl-track" width={AXIS_WIDTH} height={HEIGHT} aria-hidden="true">
              <line x1={0} x2={AXIS_WIDTH} y1={BASELINE} y2={BASELINE} className="tl-track__baseline" />
              <text x={4} y={BASELINE - 4} className="tl-track__baseline-label">
                not stated
              </text>
              {statedRuns(lane.points).map((run) => (
                <path
                  key={run[0]!.id}
                  d={step(run) ?? ""}
                  className={`tl-track__step${lane.key === "line" ? " tl-track__step--line" : ""}`}
                />
              ))}
            </svg>
            {lane.points.map((p, i) => {
              const isPicked = picking.picked.includes(p.id);
              const left = px(p);
              const flip = left > AXIS_WIDTH - 150;
              return (
                <div
                  key={p.id}
                  className={`tl-point${p.value === null ? " is-open" : ""}${isPicked ? " is-picked" : ""}${flip ? " tl-point--flip" : ""}`}
                  style={{ left, top: y(p) }}
                >
                  <button
                    type="button"
                    className="tl-point__mark"
                    aria-pressed={isPicked}
                    aria-label={`Pick ${p.title}, ${formatIsoDate(p.date)}: ${p.value?.text ?? "not stated"}`}
                    title={`${p.title}, ${formatIsoDate(p.date)}: ${p.value?.text ?? "not stated"}`}
                    onClick={() => picking.toggle(p)}
                  />
                  <span className={`tl-point__label${i % 2 ? " is-below" : ""}`} aria-hidden="true">
                    {shortValue(p)}
                  </span>
                </div>
              );
            })}
          </LaneRow>
        ))}
      </TimeCanvas>
    </>
  );
}
