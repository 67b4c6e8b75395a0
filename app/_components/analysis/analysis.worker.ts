/// <reference lib="webworker" />
// One worker per page, for the page's life: the engine loads once and keeps the last run's
// utilities, so a slider step re-scores only what changed. A newer run or a cancel supersedes
// the current one at its next step; the worker itself is never restarted.
import { AnalysisSession } from "@/server/domain/analysis/session.ts";
import { transferables, type AnalysisProgress, type WorkerMessage, type WorkerRequest } from "./worker-protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new AnalysisSession();
/** The newest run asked for (or cancelled); any other run stops at its next step. */
let latest = 0;
/** Work without a pause for at most this long, so a newer request waits at most about this long. */
const SLICE_MS = 8;
/** Quiet time after a result before the Nash sensitivity starts. */
const SENSITIVITY_DELAY_MS = 120;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** Lets queued messages (a newer run, a cancel) in: a macrotask via MessageChannel, unclamped unlike setTimeout. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const pause = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** Drives a step generator, pausing every SLICE_MS; undefined if the run was superseded. */
async function drive<T>(id: number, steps: Generator<AnalysisProgress, T>): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    post({ id, type: "progress", progress: next.value });
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
    if (id !== latest) return undefined;
  }
}

async function run(id: number, input: Extract<WorkerRequest, { type: "run" }>["input"]) {
  const started = performance.now();
  try {
    const result = await drive(id, session.run(input));
    if (result === undefined || id !== latest) return;
    post({ id, type: "result", result, workerMs: performance.now() - started }, transferables(result));
    // Then, once the slider has rested a moment (so a drag never waits on it), how far each
    // assumption can move before the Nash package changes.
    await new Promise((resolve) => setTimeout(resolve, SENSITIVITY_DELAY_MS));
    if (id !== latest) return;
    const ranges = await drive(id, session.nashSensitivity());
    if (ranges && id === latest) post({ id, type: "sensitivity", ranges });
  } catch (error) {
    if (id === latest) post({ id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  latest = request.id;
  if (request.type === "run") void run(request.id, request.input);
};
