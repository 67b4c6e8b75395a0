// The buffer band (server/map/buffer-band-drawing.ts): computing and projecting it on the server
// for a new depth (nothing cached) and for a depth asked before (cached). Wall time and the
// process's CPU time (on a shared machine wall time includes waiting for a core).
import { bufferBandView } from "../server/map/buffer-band-drawing.ts";

const SEGMENTS = ["chernihiv_bryansk", "sumy_bryansk", "sumy_kursk", "kharkiv_belgorod"] as const;

function timed(fn: () => void): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const band = (depthKm: number) => () => bufferBandView({ segments: [...SEGMENTS], depthKm, zonedRegions: [] });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

export function benchBufferZone(): void {
  // The first band also puts the land on the plane (once per process) and warms the JIT.
  const first = timed(band(25.1));
  // 40 new depths from 5 to 200 km, in tenths no other call asks.
  const cold = Array.from({ length: 40 }, (_, i) => timed(band(5.3 + i * 4.9)));
  const warm = Array.from({ length: 20 }, () => timed(band(30.3)));
  const wall = cold.map((t) => t.wallMs);
  console.log(
    `buffer band along 4 segments: first call in the process ${ms(first.wallMs)} (CPU ${ms(first.cpuMs)}); ` +
      `new depth (5–200 km): median ${ms(median(wall))}, max ${ms(Math.max(...wall))} (CPU median ${ms(median(cold.map((t) => t.cpuMs)))}); ` +
      `depth asked before (segment bands cached, union and projection redone): median ${ms(median(warm.map((t) => t.wallMs)))}`,
  );
}
