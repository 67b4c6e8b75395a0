"use client";

import {
  Chart as ChartJS,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartArea,
  type Plugin,
} from "chart.js";
import { useEffect, useMemo, useRef, useState, memo, type ReactNode } from "react";
import { Scatter } from "react-chartjs-2";
import { DENSITY_BINS, type Density } from "@/server/domain/analysis/session.ts";
import { placeLabels, type PlacedLabel } from "./label-layout.ts";
import { mergeNearbySolutions, type ChartMark } from "./chart-marks.ts";
import type { SessionResult } from "./worker-protocol.ts";
import { ScrollRegion } from "../ScrollRegion.tsx";

ChartJS.register(ScatterController, LinearScale, PointElement, LineElement, Tooltip);

interface Props {
  result: SessionResult;
  marks: ChartMark[];
  /** Text for a frontier package's tooltip: its options by issue. */
  describe: (index: number) => string;
  /** Set on the figure once a result is drawn, so tests and the benchmark can wait for it. */
  runId: number;
  /** Shown right under the plot (the Nash package), before the details. */
  children?: ReactNode;
}

const LABEL_FONT = "600 12px system-ui, -apple-system, 'Segoe UI', sans-serif";
const LABEL_PAD_X = 6;
const LABEL_HEIGHT = 20;

/** Light → dark blue by value 0–100 (the colour party's mean value in a cell). */
function shade(value: number): [number, number, number] {
  const t = Math.max(0, Math.min(1, value / 100));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return [mix(198, 8), mix(219, 48), mix(239, 107)];
}

/** The density grid as a DENSITY_BINS² image: opacity by log count, colour by the colour party's mean. */
function densityImage(density: Density): HTMLCanvasElement | null {
  if (typeof document === "undefined") return null;
  const canvas = document.createElement("canvas");
  canvas.width = DENSITY_BINS;
  canvas.height = DENSITY_BINS;
  const ctx = canvas.getContext("2d")!;
  const image = ctx.createImageData(DENSITY_BINS, DENSITY_BINS);
  let max = 0;
  for (const c of density.counts) if (c > max) max = c;
  const logMax = Math.log1p(max);
  for (let row = 0; row < DENSITY_BINS; row++) {
    for (let col = 0; col < DENSITY_BINS; col++) {
      const count = density.counts[row * DENSITY_BINS + col]!;
      if (count === 0) continue;
      const [r, g, b] = density.colourMean ? shade(density.colourMean[row * DENSITY_BINS + col]!) : [110, 122, 138];
      // Row 0 is the lowest value: the image's bottom line.
      const o = ((DENSITY_BINS - 1 - row) * DENSITY_BINS + col) * 4;
      image.data[o] = r;
      image.data[o + 1] = g;
      image.data[o + 2] = b;
      image.data[o + 3] = Math.round(70 + 185 * (Math.log1p(count) / logMax));
    }
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

interface PluginOptions {
  image: HTMLCanvasElement | null;
  reservationX: number;
  reservationY: number;
  onArea: (area: ChartArea) => void;
}

/** Draws the density under the marks and the two reservation lines; reports the plot area for the labels. */
const densityPlugin: Plugin<"scatter"> = {
  id: "parley-density",
  beforeDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea: a, scales } = chart;
    const opts = options as unknown as PluginOptions;
    ctx.save();
    if (opts.image) {
      ctx.imageSmoothingEnabled = false;
      const left = scales.x!.getPixelForValue(0);
      const right = scales.x!.getPixelForValue(100);
      const top = scales.y!.getPixelForValue(100);
      const bottom = scales.y!.getPixelForValue(0);
      ctx.drawImage(opts.image, left, top, right - left, bottom - top);
    }
    ctx.setLineDash([6, 4]);
    ctx.strokeStyle = "#59636e";
    ctx.lineWidth = 1;
    const rx = scales.x!.getPixelForValue(opts.reservationX);
    const ry = scales.y!.getPixelForValue(opts.reservationY);
    ctx.beginPath();
    ctx.moveTo(rx, a.top);
    ctx.lineTo(rx, a.bottom);
    ctx.moveTo(a.left, ry);
    ctx.lineTo(a.right, ry);
    ctx.stroke();
    ctx.restore();
  },
  afterLayout(chart, _args, options) {
    (options as unknown as PluginOptions).onArea(chart.chartArea);
  },
};

let measurer: CanvasRenderingContext2D | null = null;
function labelWidth(text: string): number {
  measurer ??= document.createElement("canvas").getContext("2d");
  if (!measurer) return text.length * 7 + 2 * LABEL_PAD_X;
  measurer.font = LABEL_FONT;
  return Math.ceil(measurer.measureText(text).width) + 2 * LABEL_PAD_X + 2;
}

/** Star marks closer than this (pixels) would overlap: they are drawn as one. */
const MERGE_RADIUS = 16;

export const ValueSpaceChart = memo(function ValueSpaceChart({ result, marks: allMarks, describe, runId, children }: Props) {
  const { parties } = result;
  const axes = result.density.axes;
  const [area, setArea] = useState<ChartArea | null>(null);
  const marks = useMemo(() => {
    if (!area) return allMarks;
    const px = (m: ChartMark): [number, number] => [
      area.left + ((area.right - area.left) * m.values[axes.x]!) / 100,
      area.bottom - ((area.bottom - area.top) * m.values[axes.y]!) / 100,
    ];
    return mergeNearbySolutions(allMarks, px, MERGE_RADIUS);
  }, [allMarks, area, axes.x, axes.y]);
  const [focused, setFocused] = useState<string | null>(null);
  const figure = useRef<HTMLElement>(null);
  const image = useMemo(() => densityImage(result.density), [result.density]);
  const frontier = useMemo(() => {
    const P = parties.length;
    return Array.from(result.frontier, (index, k) => ({
      x: result.frontierUtilities[k * P + axes.x]!,
      y: result.frontierUtilities[k * P + axes.y]!,
      index,
    }));
  }, [result, parties.length, axes.x, axes.y]);

  const data = useMemo(
    () => ({
      datasets: [
        {
          label: parties.length === 2 ? "Pareto frontier" : "Pareto frontier (seen from these two parties)",
          data: parties.length === 2 ? [...frontier].sort((a, b) => a.x - b.x) : frontier,
          showLine: parties.length === 2,
          borderColor: "#b4233c",
          backgroundColor: "#b4233c",
          pointRadius: 3,
          pointStyle: "rectRot" as const,
          order: 3,
        },
        {
          label: "Saved scenarios",
          data: marks.filter((m) => m.kind === "scenario").map((m) => ({ x: m.values[axes.x]!, y: m.values[axes.y]! })),
          pointStyle: "triangle" as const,
          pointRadius: 7,
          backgroundColor: "#1b1f24",
          borderColor: "#ffffff",
          borderWidth: 1,
          order: 2,
        },
        {
          label: "Bargaining solutions",
          data: marks.filter((m) => m.kind === "solution").map((m) => ({ x: m.values[axes.x]!, y: m.values[axes.y]! })),
          pointStyle: "star" as const,
          pointRadius: 11,
          borderWidth: 3,
          borderColor: "#9a6700",
          backgroundColor: "#9a6700",
          order: 1,
        },
      ],
    }),
    [frontier, marks, parties.length, axes.x, axes.y],
  );

  const options = useMemo(
    () => ({
      animation: false as const,
      maintainAspectRatio: false,
      events: ["mousemove", "mouseout", "click"] as ("mousemove" | "mouseout" | "click")[],
      scales: {
        x: { min: 0, max: 100, title: { display: true, text: `${parties[axes.x]!.name}: value (0–100)` } },
        y: { min: 0, max: 100, title: { display: true, text: `${parties[axes.y]!.name}: value (0–100)` } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item: { datasetIndex: number; dataIndex: number; parsed: { x: number | null; y: number | null } }) => {
              const at = `${parties[axes.x]!.name} ${item.parsed.x?.toFixed(1)}, ${parties[axes.y]!.name} ${item.parsed.y?.toFixed(1)}`;
              if (item.datasetIndex === 0) {
                const point = (data.datasets[0]!.data as { index: number }[])[item.dataIndex]!;
                return [`Frontier package: ${at}`, ...describe(point.index).split(" · ")];
              }
              const kind = item.datasetIndex === 1 ? "scenario" : "solution";
              const mark = marks.filter((m) => m.kind === kind)[item.dataIndex];
              return `${mark?.names.join(" · ")}: ${at}`;
            },
          },
        },
        "parley-density": {
          image,
          reservationX: parties[axes.x]!.reservation,
          reservationY: parties[axes.y]!.reservation,
          onArea: (a: ChartArea) =>
            setArea((old) =>
              old && old.left === a.left && old.top === a.top && old.right === a.right && old.bottom === a.bottom
                ? old
                : { ...a },
            ),
        },
      },
    }),
    [parties, axes.x, axes.y, image, marks, describe, data],
  );

  const labels = useMemo(() => {
    if (!area || typeof document === "undefined") return { placed: [] as PlacedLabel[], unplaced: [] as string[] };
    const px = (v: number) => area.left + ((area.right - area.left) * v) / 100;
    const py = (v: number) => area.bottom - ((area.bottom - area.top) * v) / 100;
    return placeLabels(
      marks.map((m) => ({
        id: m.id,
        x: px(m.values[axes.x]!),
        y: py(m.values[axes.y]!),
        width: labelWidth(m.shortNames.join(" · ")),
        height: LABEL_HEIGHT,
      })),
      { left: area.left, top: area.top, width: area.right - area.left, height: area.bottom - area.top },
    );
  }, [area, marks, axes.x, axes.y]);

  // Marks the figure as showing this run once drawn (the benchmark and the browser tests wait on it).
  useEffect(() => {
    figure.current?.setAttribute("data-drawn-run", String(runId));
  }, [runId, data, labels]);

  const byId = new Map(marks.map((m) => [m.id, m]));
  const detail = focused ? byId.get(focused) : null;
  return (
    <figure className="value-chart" ref={figure} data-testid="value-chart">
      <div className="value-chart__canvas">
        <Scatter
          data={data}
          options={options as never}
          plugins={[densityPlugin]}
          role="img"
          aria-label={`${result.size.toLocaleString("en-US")} packages plotted by ${parties[axes.x]!.name}'s and ${parties[axes.y]!.name}'s values; the labelled points are buttons, and the same points are in the table below`}
        />
        <svg className="value-chart__leaders" aria-hidden="true">
          {labels.placed
            .filter((l) => l.leader)
            .map((l) => (
              <line
                key={l.id}
                x1={l.x}
                y1={l.y}
                x2={Math.max(l.left, Math.min(l.x, l.left + l.width))}
                y2={Math.max(l.top, Math.min(l.y, l.top + l.height))}
              />
            ))}
        </svg>
        {labels.placed.map((l) => {
          const mark = byId.get(l.id)!;
          return (
            <button
              key={l.id}
              type="button"
              className={`chart-label chart-label--${mark.kind}`}
              style={{ left: l.left, top: l.top, width: l.width, height: l.height }}
              data-mark={mark.id}
              aria-label={`${mark.names.join(", ")}: ${mark.values.map((v, p) => `${parties[p]!.name} ${v.toFixed(1)}`).join(", ")}`}
              onFocus={() => setFocused(mark.id)}
              onMouseEnter={() => setFocused(mark.id)}
              onBlur={() => setFocused(null)}
              onMouseLeave={() => setFocused(null)}
              onClick={() => setFocused(mark.id)}
            >
              {mark.shortNames.join(" · ")}
            </button>
          );
        })}
      </div>
      {children}
      <p className="value-chart__detail small" aria-live="polite" data-testid="chart-detail">
        {detail
          ? `${detail.names.join(" · ")}: ${detail.values.map((v, p) => `${parties[p]!.name} ${v.toFixed(1)}`).join(", ")}${detail.description ? `. ${detail.description}` : ""}`
          : "Tab to a label, or point at it, for its values and options."}
      </p>
      <figcaption className="small muted">
        Shaded cells: the {result.size.toLocaleString("en-US")} packages binned by value (darker: more packages
        {axes.colour !== null ? `; blue from light to dark: the mean value for ${parties[axes.colour]!.name}, low to high` : ""}).
        Red diamonds: the Pareto frontier. Stars: bargaining solutions (one star for solutions at the same or nearly the same
        point, marked ≈); triangles: saved scenarios. Dashed lines: each party&apos;s reservation value; packages right of and
        above both are ones both accept. All values rest on analyst assumptions.
        {labels.unplaced.length > 0 &&
          ` ${labels.unplaced.length} ${labels.unplaced.length === 1 ? "label" : "labels"} did not fit on the chart: see the table of points.`}
      </figcaption>
      <details className="value-chart__table">
        <summary className="small">The labelled points as a table</summary>
        <ScrollRegion label="The labelled points">
          <table className="compare-table" data-testid="chart-points">
            <thead>
              <tr>
                <th scope="col">Point</th>
                {parties.map((p) => (
                  <th scope="col" key={p.partyId}>
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {marks.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.kind === "solution" ? "Solution: " : "Scenario: "}
                    {m.names.join(" · ")}
                    {m.description && <div className="small muted">{m.description}</div>}
                  </th>
                  {m.values.map((v, p) => (
                    <td key={parties[p]!.partyId}>{v.toFixed(1)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
});
