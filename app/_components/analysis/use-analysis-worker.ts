"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisInput, AnalysisProgress, AnalysisResult, WorkerMessage } from "./worker-protocol.ts";

export type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: AnalysisProgress | null }
  | { kind: "done"; result: AnalysisResult; ms: number }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

/**
 * Runs analyses in a Web Worker. A new run replaces the one in progress (its worker is
 * terminated), so moving a slider quickly never queues stale work; the last result stays on
 * screen while the next one computes.
 */
export function useAnalysisWorker() {
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const [last, setLast] = useState<{ result: AnalysisResult; ms: number } | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const run = useCallback(
    (input: AnalysisInput) => {
      stop();
      const id = ++runId.current;
      const started = performance.now();
      const w = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
      worker.current = w;
      setState({ kind: "running", progress: null });
      w.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.id !== runId.current) return;
        if (message.type === "progress") setState({ kind: "running", progress: message.progress });
        else if (message.type === "error") {
          setState({ kind: "failed", message: message.message });
          stop();
        } else {
          const ms = performance.now() - started;
          setState({ kind: "done", result: message.result, ms });
          setLast({ result: message.result, ms });
          stop();
        }
      };
      w.onerror = (event) => {
        if (id !== runId.current) return;
        setState({ kind: "failed", message: event.message || "The analysis failed" });
        stop();
      };
      w.postMessage({ id, input });
    },
    [stop],
  );

  const cancel = useCallback(() => {
    runId.current++;
    stop();
    setState({ kind: "cancelled" });
  }, [stop]);

  useEffect(() => stop, [stop]);

  return { state, last, run, cancel };
}
