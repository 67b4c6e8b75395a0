"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type {
  AnalysisProgress,
  HoldingRange,
  SessionInput,
  SessionResult,
  WorkerMessage,
  WorkerRequest,
} from "./worker-protocol.ts";

export type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: AnalysisProgress | null }
  | { kind: "done" }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

export interface Finished {
  id: number;
  input: SessionInput;
  result: SessionResult;
  /** From the request to the result's arrival, and the worker's own share of it (the server's run: its time there). */
  ms: number;
  workerMs: number;
  /** Worked out by the server with the page, rather than by this browser. */
  fromServer?: boolean;
}

/** Share of the bar each phase fills: scoring, then the frontier, then the solutions. */
const PHASES: Record<AnalysisProgress["phase"], [number, number]> = {
  scoring: [0, 0.45],
  frontier: [0.45, 0.8],
  solutions: [0.8, 1],
  sensitivity: [0, 1],
};

/** 0–1 through the run, from the worker's reports. */
export function progressShare(progress: AnalysisProgress | null): number {
  if (!progress) return 0;
  const [from, to] = PHASES[progress.phase];
  return from + (to - from) * (progress.total > 0 ? progress.done / progress.total : 0);
}

/**
 * The run's state lives outside React's state: progress arrives several times per run, and only
 * the status line should re-render for it, never the whole page.
 */
export class RunStateStore {
  constructor(private state: RunState = { kind: "idle" }) {}
  private listeners = new Set<() => void>();
  get = () => this.state;
  set(state: RunState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function useRunState(store: RunStateStore): RunState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * One Web Worker for the page's life. `opening` is the server's result for the page's opening
 * settings: it is on screen from the start, and the worker gets the same input only in the
 * background, to work out the Nash package's sensitivity (too slow to do per page view on the
 * server) and so that the first change re-scores one party rather than all of them. run() supersedes any run in progress (the worker drops it
 * at its next step); the last finished result stays on screen until a newer one arrives, and
 * says which input it answers, so a cancelled run never leaves a result beside the wrong space.
 */
export function useAnalysisWorker(opening: { input: SessionInput; result: SessionResult; ms: number } | null) {
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const pending = useRef<{ id: number; input: SessionInput; started: number } | null>(null);
  const [runState] = useState(() => new RunStateStore(opening ? { kind: "done" } : { kind: "idle" }));
  const setState = useCallback((state: RunState) => runState.set(state), [runState]);
  const [last, setLast] = useState<Finished | null>(
    () => opening && { id: 0, ...opening, workerMs: opening.ms, fromServer: true },
  );
  const openingInput = useRef(opening?.input ?? null);
  const [nashRanges, setNashRanges] = useState<{ id: number; ranges: HoldingRange[] } | null>(null);

  useEffect(() => {
    const w = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.id !== runId.current) return;
      // Run 0 is the background copy of the server's run: only its sensitivity ranges are news.
      if (message.id === 0 && message.type !== "sensitivity") return;
      if (message.type === "progress") {
        if (message.progress.phase !== "sensitivity") setState({ kind: "running", progress: message.progress });
      } else if (message.type === "error") {
        setState({ kind: "failed", message: message.message });
      } else if (message.type === "sensitivity") {
        setNashRanges({ id: message.id, ranges: message.ranges });
      } else {
        const run = pending.current!;
        setState({ kind: "done" });
        setLast({
          id: message.id,
          input: run.input,
          result: message.result,
          ms: performance.now() - run.started,
          workerMs: message.workerMs,
        });
      }
    };
    w.onerror = (event) => setState({ kind: "failed", message: event.message || "The analysis failed" });
    if (openingInput.current) w.postMessage({ type: "run", id: 0, input: openingInput.current } satisfies WorkerRequest);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [setState]);

  const run = useCallback(
    (input: SessionInput) => {
      const id = ++runId.current;
      pending.current = { id, input, started: performance.now() };
      setState({ kind: "running", progress: null });
      worker.current?.postMessage({ type: "run", id, input } satisfies WorkerRequest);
    },
    [setState],
  );

  const cancel = useCallback(() => {
    const id = ++runId.current;
    worker.current?.postMessage({ type: "cancel", id } satisfies WorkerRequest);
    setState({ kind: "cancelled" });
  }, [setState]);

  return { runState, last, nashRanges: nashRanges && nashRanges.id === last?.id ? nashRanges.ranges : null, run, cancel };
}
