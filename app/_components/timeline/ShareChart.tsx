import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { formatIsoDate, formatKm2, formatShare } from "@/server/domain/format.ts";
import { TimeCanvas } from "./Axis.tsx";
import { AXIS_WIDTH, utcDay, type TimeScale } from "./scale.ts";
import type { Picking, TimelineLineDay } from "./types.ts";

const HEIGHT = 160;

/** Russia's share of Ukraine on every day of the computed series; the seeded days can be picked. */
export function ShareChart({ lines, x, picking }: { lines: TimelineLineDay[]; x: TimeScale; picking: Picking }) {
  if (lines.length === 0) return <p className="muted">No lines of control.</p>;
  const shares = lines.map((d) => d.russiaShare);
  const [low, high] = [Math.min(...shares), Math.max(...shares)];
  const y = scaleLinear()
    .domain([low - 0.001, high + 0.001])
    .range([HEIGHT - 14, 30])
    .nice();
  const at = (d: TimelineLineDay) => [x(utcDay(d.date)), y(d.russiaShare)] as const;
  const path =
    line<TimelineLineDay>(
      (d) => at(d)[0],
      (d) => at(d)[1],
    )(lines) ?? "";
  const first = lines[0]!;
  const last = lines.at(-1)!;
  const summary = (d: TimelineLineDay) => `${formatShare(d.russiaShare)} (${formatKm2(d.russiaKm2)}) on ${formatIsoDate(d.date)}`;
  return (
    <>
      <p className="small">
        Russia held {summary(first)} and {summary(last)}. <span className="badge badge--estimate">estimate</span>{" "}
        <span className="muted">
          From DeepState&apos;s daily map applied to the official areas; the marked days are stored as lines of control you can
          pick.
        </span>
      </p>
      <TimeCanvas label="Russia's share of Ukraine over time" x={x} axisAtBottom>
        <svg className="tl-share" width={AXIS_WIDTH} height={HEIGHT} aria-hidden="true">
          {y.ticks(4).map((tick) => (
            <g key={tick} className="tl-share__tick" transform={`translate(0,${y(tick)})`}>
              <line x1={0} x2={AXIS_WIDTH} />
              <text x={4} y={-3}>
                {formatShare(tick)}
              </text>
            </g>
          ))}
          <path d={path} className="tl-share__line" />
          <text x={at(first)[0] + 8} y={at(first)[1] - 10} className="tl-share__end">
            {formatShare(first.russiaShare)}
          </text>
          <text x={at(last)[0] - 8} y={at(last)[1] - 10} textAnchor="end" className="tl-share__end">
            {formatShare(last.russiaShare)}
          </text>
        </svg>
        {lines
          .filter((d) => d.scenario)
          .map((d) => {
            const scenario = d.scenario!;
            const isPicked = picking.picked.includes(scenario.id);
            const [left, top] = at(d);
            return (
              <button
                key={d.date}
                type="button"
                className={`tl-line-mark${isPicked ? " is-picked" : ""}`}
                style={{ left, top }}
                aria-pressed={isPicked}
                aria-label={`Pick ${scenario.title}: Russia ${summary(d)}`}
                title={`${scenario.title}: ${formatShare(d.russiaShare)}`}
                onClick={() => picking.toggle({ id: scenario.id, title: scenario.title, date: d.date })}
              />
            );
          })}
      </TimeCanvas>
    </>
  );
}
