import type { AnalysisProgress, HoldingRange, SessionInput, SessionResult } from "@/server/domain/analysis/index.ts";

export type { AnalysisProgress, HoldingRange, SessionInput, SessionResult };

/** Page → worker. A run supersedes any run in progress; cancel stops it. */
export type WorkerRequest = { type: "run"; id: number; input: SessionInput } | { type: "cancel"; id: number };

/** Worker → page; messages of a superseded run are never sent. */
export type WorkerMessage =
  | { id: number; type: "progress"; progress: AnalysisProgress }
  | { id: number; type: "result"; result: SessionResult; workerMs: number }
  | { id: number; type: "sensitivity"; ranges: HoldingRange[] }
  | { id: number; type: "error"; message: string };

/** The typed arrays of a result, handed over (transferred) rather than copied. */
export function transferables(result: SessionResult): Transferable[] {
  const { density } = result;
  return [
    result.frontier.buffer,
    result.frontierUtilities.buffer,
    density.counts.buffer,
    ...(density.colourMean ? [density.colourMean.buffer] : []),
  ];
}
