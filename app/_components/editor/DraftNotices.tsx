"use client";

import Link from "next/link";

const time = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** Unsaved edits this browser kept from an earlier visit (a reload, a crashed tab), offered back. */
export function LocalDraftOffer({
  keptAt,
  onRestore,
  onDiscard,
}: {
  keptAt: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <div className="alert draft-offer" role="status" data-testid="draft-offer">
      <span>You have unsaved changes to this scenario from {time(keptAt)}, kept in this browser.</span>
      <span className="draft-offer__actions">
        <button type="button" className="button button--small button--primary" onClick={onRestore}>
          Restore my changes
        </button>
        <button type="button" className="button button--small" onClick={onDiscard}>
          Discard them
        </button>
      </span>
    </div>
  );
}

/** What is left of the page after a delete: the way back, for as long as the page stays open. */
export function DeletedNotice({
  title,
  onUndo,
  busy,
  error,
}: {
  title: string;
  onUndo: () => void;
  busy: boolean;
  error: string | null;
}) {
  return (
    <div className="panel" data-testid="deleted">
      <h1>Deleted</h1>
      <p role="status">
        “{title}” is deleted: it is gone from the lists and its links no longer open it. Its history is kept, so you can undo
        this.
      </p>
      {error && <p className="alert alert--error">{error}</p>}
      <p className="explore">
        <button type="button" className="button button--primary" onClick={onUndo} disabled={busy}>
          Undo
        </button>
        <Link className="button" href="/">
          All scenarios
        </Link>
      </p>
    </div>
  );
}
