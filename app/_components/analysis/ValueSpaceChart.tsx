"use client";

import { Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, ScatterController, Tooltip, type Plugin } from "chart.js";
import { useMemo } from "react";
import { Scatter } from "react-chartjs-2";
import type { AnalysisResult } from "./worker-protocol.ts";

ChartJS.register(ScatterController, LinearScale, PointElement, LineElement, Tooltip, Legend);

export interface ScenarioPoint {
  label: string;
  utilities: number[];
}

interface Props {
  result: AnalysisResult;
  scenarios: ScenarioPoint[];
  x: number;
  y: number;
  /** The party whose value colours the packages, or null for none. */
  colour: number | null;
}

const MAX_POINTS = 4000;

/** Light → dark blue by value 0–100: the third party's value, also given in the legend text. */
function shade(value: number): string {
  const t = Math.max(0, Math.min(1, value / 100));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(214, 11)}, ${mix(226, 46)}, ${mix(240, 92)})`;
}

/** Draws the scenario labels and the two reservation lines, which Chart.js has no built-in for. */
const annotations: Plugin<"scatter"> = {
  id: "parley-annotations",
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, scales } = chart;
    const opts = options as { reservationX: number; reservationY: number; labels: { x: number; y: number; text: string }[] };
    ctx.save();
    ctx.setLineDash([6, 4]);
    ctx.strokeStyle = "#59636e";
    ctx.lineWidth = 1;
    const rx = scales.x!.getPixelForValue(opts.reservationX);
    const ry = scales.y!.getPixelForValue(opts.reservationY);
    ctx.beginPath();
    ctx.moveTo(rx, chart.chartArea.top);
    ctx.lineTo(rx, chart.chartArea.bottom);
    ctx.moveTo(chart.chartArea.left, ry);
    ctx.lineTo(chart.chartArea.right, ry);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = "600 12px system-ui, sans-serif";
    ctx.fillStyle = "#1b1f24";
    for (const label of opts.labels) {
      const px = scales.x!.getPixelForValue(label.x);
      const py = scales.y!.getPixelForValue(label.y);
      ctx.fillText(label.text, px + 8, py - 8);
    }
    ctx.restore();
  },
};

export function ValueSpaceChart({ result, scenarios, x, y, colour }: Props) {
  const parties = result.parties;
  const data = useMemo(() => {
    const ux = result.utilities[x]!;
    const uy = result.utilities[y]!;
    const uz = colour === null ? null : result.utilities[colour]!;
    const stride = Math.max(1, Math.ceil(result.size / MAX_POINTS));
    const packages: { x: number; y: number }[] = [];
    const colours: string[] = [];
    for (let i = 0; i < result.size; i += stride) {
      packages.push({ x: ux[i]!, y: uy[i]! });
      colours.push(uz ? shade(uz[i]!) : "rgb(160, 174, 192)");
    }
    const frontier = Array.from(result.frontier, (i) => ({ x: ux[i]!, y: uy[i]! })).sort((a, b) => a.x - b.x);
    const solution = (s: AnalysisResult["nash"]) => (s ? [{ x: s.utilities[x]!, y: s.utilities[y]! }] : []);
    return {
      datasets: [
        { label: stride > 1 ? `Packages (every ${stride}th shown)` : "Packages", data: packages, pointRadius: 2.5, pointBackgroundColor: colours, pointBorderWidth: 0, order: 5 },
        {
          label: parties.length === 2 ? "Pareto frontier" : "Pareto frontier (seen from these two parties)",
          data: frontier,
          showLine: parties.length === 2,
          borderColor: "#b4233c",
          backgroundColor: "#b4233c",
          pointRadius: 3.5,
          pointStyle: "rectRot" as const,
          order: 4,
        },
        { label: "Saved scenarios", data: scenarios.map((s) => ({ x: s.utilities[x]!, y: s.utilities[y]! })), pointStyle: "triangle" as const, pointRadius: 8, backgroundColor: "#1b1f24", order: 1 },
        { label: "Nash solution", data: solution(result.nash), pointStyle: "star" as const, pointRadius: 14, borderWidth: 3, borderColor: "#9a6700", backgroundColor: "#9a6700", order: 0 },
        { label: "Kalai–Smorodinsky", data: solution(result.kalaiSmorodinsky), pointStyle: "rect" as const, pointRadius: 8, borderWidth: 2, borderColor: "#6639ba", backgroundColor: "rgba(102, 57, 186, 0.3)", order: 0 },
        { label: "Maximin", data: solution(result.maximin), pointStyle: "crossRot" as const, pointRadius: 12, borderWidth: 3, borderColor: "#1a7f37", backgroundColor: "#1a7f37", order: 0 },
      ],
    };
  }, [result, scenarios, x, y, colour, parties.length]);

  const options = useMemo(
    () => ({
      animation: false as const,
      maintainAspectRatio: false,
      scales: {
        x: { min: 0, max: 100, title: { display: true, text: `${parties[x]!.name}: value (0–100)` } },
        y: { min: 0, max: 100, title: { display: true, text: `${parties[y]!.name}: value (0–100)` } },
      },
      plugins: {
        legend: { position: "bottom" as const },
        tooltip: {
          callbacks: {
            label: (item: { dataset: { label?: string }; parsed: { x: number | null; y: number | null }; datasetIndex: number; dataIndex: number }) =>
              item.datasetIndex === 2
                ? `${scenarios[item.dataIndex]?.label}: ${parties[x]!.name} ${item.parsed.x?.toFixed(1)}, ${parties[y]!.name} ${item.parsed.y?.toFixed(1)}`
                : `${item.dataset.label}: ${parties[x]!.name} ${item.parsed.x?.toFixed(1)}, ${parties[y]!.name} ${item.parsed.y?.toFixed(1)}`,
          },
        },
        "parley-annotations": {
          reservationX: parties[x]!.reservation,
          reservationY: parties[y]!.reservation,
          labels: scenarios.map((s) => ({ x: s.utilities[x]!, y: s.utilities[y]!, text: s.label })),
        },
      },
    }),
    [parties, scenarios, x, y],
  );

  return (
    <figure className="value-chart">
      <div className="value-chart__canvas">
        <Scatter data={data} options={options as never} plugins={[annotations]} aria-label={`Packages plotted by ${parties[x]!.name}'s and ${parties[y]!.name}'s values`} role="img" />
      </div>
      <figcaption className="small muted">
        Each dot is a package of options. Dashed lines: each party&apos;s reservation value (what it expects if talks fail); a package
        right of and above both is one both accept.
        {colour !== null && ` Dot colour: ${parties[colour]!.name}'s value, light (low) to dark (high).`} Values are computed from
        analyst assumptions.
      </figcaption>
    </figure>
  );
}
