// The buffer band (server/map/buffer-band-drawing.ts): computing and projecting it on the server
// for a new depth (nothing cached) and for a depth asked before (cached).
import { bufferBandView } from "../server/map/buffer-band-drawing.ts";

const SEGMENTS = ["chernihiv_bryansk", "sumy_bryansk", "sumy_kursk", "kharkiv_belgorod"] as const;

export function benchBufferZone(): void {
  const cold: number[] = [];
  for (const depthKm of [5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200]) {
    const start = performance.now();
    bufferBandView({ segments: [...SEGMENTS], depthKm: depthKm + 0.3, zonedRegions: [] });
    cold.push(performance.now() - start);
  }
  cold.sort((a, b) => a - b);
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    bufferBandView({ segments: [...SEGMENTS], depthKm: 30.3, zonedRegions: [] });
    warm.push(performance.now() - start);
  }
  warm.sort((a, b) => a - b);
  console.log(
    `buffer band along 4 segments, new depth (5–200 km): median ${cold[5]!.toFixed(0)} ms, max ${cold.at(-1)!.toFixed(0)} ms; ` +
      `depth asked before (segment bands cached, union and projection redone): median ${warm[10]!.toFixed(0)} ms`,
  );
}
