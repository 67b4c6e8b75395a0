import type { ReactNode } from "react";
import { AXIS_WIDTH, monthTicks, type TimeScale } from "./scale.ts";

/** Month labels along the shared time axis (decorative: every point says its own date). */
export function Axis({ x }: { x: TimeScale }) {
  return (
    <svg className="tl-axis" width={AXIS_WIDTH} height={34} aria-hidden="true">
      {monthTicks(x).map((tick) => (
        <g key={tick.at} transform={`translate(${tick.at},0)`}>
          <line y1={0} y2={tick.year ? 30 : 5} />
          <text x={3} y={16}>
            {tick.month}
          </text>
          {tick.year && (
            <text x={3} y={29} className="is-major">
              {tick.year}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** Faint month lines behind a lane, so points line up with the axis. */
export function MonthGrid({ x, height }: { x: TimeScale; height: number }) {
  return (
    <svg className="tl-grid" width={AXIS_WIDTH} height={height} aria-hidden="true">
      {monthTicks(x).map((tick) => (
        <line key={tick.at} x1={tick.at} x2={tick.at} y1={0} y2={height} className={tick.year ? "is-major" : undefined} />
      ))}
    </svg>
  );
}

/** A chart on the shared axis: scrolls sideways inside its own labelled, focusable region on narrow screens. */
export function TimeCanvas({
  label,
  x,
  children,
  axisAtBottom = false,
  height,
}: {
  label: string;
  x: TimeScale;
  children: ReactNode;
  axisAtBottom?: boolean;
  height?: number;
}) {
  return (
    <div className="tl-scroll lazy-render" role="region" aria-label={`${label}; scrolls sideways`} tabIndex={0}>
      <div className="tl-canvas" style={{ width: AXIS_WIDTH, height }}>
        {!axisAtBottom && <Axis x={x} />}
        {children}
        {axisAtBottom && <Axis x={x} />}
      </div>
    </div>
  );
}

/** One lane: its title stays in view while the lane scrolls; month lines behind its points. */
export function LaneRow({
  title,
  x,
  height,
  children,
  ...data
}: {
  title: ReactNode;
  x: TimeScale;
  height: number;
  children: ReactNode;
  [data: `data-${string}`]: string;
}) {
  return (
    <section className="tl-lane" {...data}>
      <h3 className="tl-lane__title">{title}</h3>
      <div className="tl-lane__body" style={{ height }}>
        <MonthGrid x={x} height={height} />
        {children}
      </div>
    </section>
  );
}
