"use client";

export type SaveState =
  | { kind: "saved"; at: string; version: number }
  | { kind: "dirty" }
  | { kind: "invalid"; count: number }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; theirVersion: number };

interface Props {
  state: SaveState;
  canSave: boolean;
  onSave: () => void;
  onOverwrite: () => void;
  onReload: () => void;
  onFork: () => void;
  forkDisabledReason: string | null;
  onDelete: () => void;
  busy: boolean;
}

function describe(state: SaveState): string {
  switch (state.kind) {
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
export function SaveBar({ state, canSave, onSave, onOverwrite, onReload, onFork, forkDisabledReason, onDelete, busy }: Props) {
  return (
    <div className={`savebar savebar--${state.kind}`}>
      <p className="savebar__status" data-testid="save-status" role="status" aria-live="polite">
        {describe(state)}
      </p>
      <div className="savebar__actions">
        {state.kind === "conflict" ? (
          <>
            <button type="button" className="button" onClick={onReload}>
              Load their version (discard mine)
            </button>
            <button type="button" className="button button--primary" onClick={onOverwrite}>
              Save mine over theirs
            </button>
          </>
        ) : (
          <button type="submit" className="button button--primary" disabled={!canSave || state.kind === "saving"} aria-keyshortcuts="Control+S">
            Save
          </button>
        )}
        <button type="button" className="button" onClick={onFork} disabled={busy || forkDisabledReason !== null} title={forkDisabledReason ?? "Make an editable copy"}>
          Fork
        </button>
        <button type="button" className="button button--danger" onClick={onDelete} disabled={busy}>
          Delete
        </button>
      </div>
      {state.kind === "conflict" && (
        <p className="savebar__help small">Their version stays in the history either way. Saving yours makes it the current version.</p>
      )}
    </div>
  );
}
