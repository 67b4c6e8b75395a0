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
