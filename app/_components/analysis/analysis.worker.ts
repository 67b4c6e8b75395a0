/// <reference lib="webworker" />
// Runs the outcome-space analysis off the main thread, so long runs never freeze the page.
// Cancelling terminates the worker; the page starts a new one for the next run.
import { analyse } from "@/server/domain/analysis/index.ts";
import type { AnalysisRequest, WorkerMessage } from "./worker-protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, input } = event.data;
  const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  try {
    const result = analyse(input, (progress) => post({ id, type: "progress", progress }));
    post({ id, type: "result", result }, [...result.utilities.map((u) => u.buffer), result.frontier.buffer]);
  } catch (error) {
    post({ id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
