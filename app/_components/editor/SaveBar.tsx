"use client";

import type { ReactNode } from "react";

export type SaveState =
  | { kind: "checking" }
  | { kind: "saved"; at: string; version: number }
  | { kind: "dirty" }
  | { kind: "invalid"; count: number }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; theirVersion: number };

interface Props {
  state: SaveState;
  canSave: boolean;
  onOverwrite: () => void;
  onReload: () => void;
  onMerge: () => void;
  /** The before/after view of what the other save changed. */
  theirChangesHref: string | null;
  /** After a merge: the terms both sides changed, where this edit was kept. */
  mergeNote: string | null;
  onFork: () => void;
  forkDisabledReason: string | null;
  onDelete: () => void;
  busy: boolean;
  /** This browser holds the edit link; otherwise only forking is offered. */
  canEdit: boolean;
  /** The share dialog's button, for those who hold the edit link. */
  share: ReactNode;
}

function describe(state: SaveState): string {
  switch (state.kind) {
    case "checking":
      return "Checking the edit link…";
    case "saved":
      return `All changes saved (version ${state.version}, ${new Date(state.at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })})`;
    case "dirty":
      return "Unsaved changes";
    case "invalid":
      return `Unsaved: fix ${state.count} ${state.count === 1 ? "problem" : "problems"} marked below`;
    case "saving":
      return "Saving…";
    case "failed":
      return `Not saved: ${state.message}`;
    case "conflict":
      return `Not saved: someone else saved version ${state.theirVersion} since you opened this page`;
  }
}

/** The editor's sticky bar: save state in words, and the scenario's actions. */
export function SaveBar(props: Props) {
  const {
    state,
    canSave,
    onOverwrite,
    onReload,
    onMerge,
    theirChangesHref,
    mergeNote,
    onFork,
    forkDisabledReason,
    onDelete,
    busy,
    canEdit,
    share,
  } = props;
  if (!canEdit) {
    return (
      <div className="savebar savebar--readonly">
        <p className="savebar__status" data-testid="save-status" role="status">
          {state.kind === "checking" ? describe(state) : "View only"}
        </p>
        <div className="savebar__actions">
          <button type="button" className="button button--primary" onClick={onFork} disabled={busy}>
            Fork to edit a copy
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className={`savebar savebar--${state.kind}`}>
      <p className="savebar__status" data-testid="save-status" role="status" aria-live="polite">
        {describe(state)}
      </p>
      <div className="savebar__actions">
        {state.kind === "conflict" ? (
          <>
            {theirChangesHref && (
              <a className="button" href={theirChangesHref} target="_blank" rel="noreferrer">
                See their changes
              </a>
            )}
            <button type="button" className="button" onClick={onMerge}>
              Merge mine into theirs
            </button>
            <button type="button" className="button" onClick={onReload}>
              Load their version (discard mine)
            </button>
            <button type="button" className="button button--primary" onClick={onOverwrite}>
              Save mine over theirs
            </button>
          </>
        ) : (
          <button
            type="submit"
            className="button button--primary"
            disabled={!canSave || state.kind === "saving"}
            aria-keyshortcuts="Control+S"
          >
            Save
          </button>
        )}
        {share}
        <button
          type="button"
          className="button"
          onClick={onFork}
          disabled={busy || forkDisabledReason !== null}
          title={forkDisabledReason ?? "Make an editable copy"}
        >
          Fork
        </button>
        <button type="button" className="button button--danger" onClick={onDelete} disabled={busy}>
          Delete
        </button>
      </div>
      {state.kind === "conflict" && (
        <p className="savebar__help small">
          Their version stays in the history either way. Merging keeps their changes and replays yours on top (yours win where you
          both changed the same term), then lets you review before saving; saving yours over theirs makes yours current.
        </p>
      )}
      {mergeNote && (
        <p className="savebar__help small" role="status">
          {mergeNote}
        </p>
      )}
    </div>
  );
}
