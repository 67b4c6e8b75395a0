"use client";

import { memo } from "react";
import { progressShare, useRunState, type RunStateStore } from "./use-analysis-worker.ts";

const PHASE_TEXT = {
  scoring: "Scoring packages",
  frontier: "Finding the frontier",
  solutions: "Bargaining solutions",
  sensitivity: "Sensitivity",
} as const;

interface Props {
  store: RunStateStore;
  onCancel: () => void;
  onRunAgain: () => void;
  /** The result on screen answers earlier settings than the page's. */
  stale: boolean;
  lastSize: number | null;
}

/** Progress of the run (from the worker's reports), Cancel while it runs, and Run again after a cancel. */
export const RunStatus = memo(function RunStatus({ store, onCancel, onRunAgain, stale, lastSize }: Props) {
  const state = useRunState(store);
  if (state.kind === "running") {
    const percent = Math.round(progressShare(state.progress) * 100);
    return (
      <span className="run-status" role="status">
        {state.progress ? PHASE_TEXT[state.progress.phase] : "Starting"}…{" "}
        <progress max={100} value={percent} aria-label="Analysis progress" data-testid="run-progress" />{" "}
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </span>
    );
  }
  if (state.kind === "cancelled" || (state.kind !== "failed" && stale)) {
    return (
      <span className="run-status small" role="status" data-testid="run-cancelled">
        {state.kind === "cancelled" ? "Cancelled. " : ""}
        {lastSize === null
          ? "Nothing computed yet."
          : stale
            ? `The chart shows the result for the earlier settings (${lastSize.toLocaleString("en-US")} packages), not the current ones.`
            : "The chart shows the current settings."}{" "}
        <button type="button" className="button button--small" onClick={onRunAgain}>
          Run again
        </button>
      </span>
    );
  }
  if (state.kind === "failed") {
    return (
      <span className="run-status field__error" role="alert">
        {state.message}{" "}
        <button type="button" className="button button--small" onClick={onRunAgain}>
          Run again
        </button>
      </span>
    );
  }
  return null;
});
