"use client";

import type { EditAccessStatus } from "./use-edit-access.ts";

interface Props {
  isSeed: boolean;
  status: EditAccessStatus;
  /** Edits typed before a save was refused: still on screen, and savable as a copy. */
  unsavedChanges: boolean;
  onFork: () => void;
  onForkChanges: () => void;
  busy: boolean;
}

/** Says why the page cannot be edited, and offers the way to an editable copy. */
export function ReadOnlyBanner({ isSeed, status, unsavedChanges, onFork, onForkChanges, busy }: Props) {
  // Until the link is read (and checked), say nothing that may turn out wrong; the save bar says
  // "Checking…". The view banner keeps its place meanwhile, unseen, so that the page does not move
  // when it shows (most links are view links). Nobody can edit a seed whatever the link says: its
  // banner shows at once, and so comes with the HTML.
  const unsure = (status === "pending" || status === "checking") && !isSeed;
  if (status === "refused-on-save" && unsavedChanges) {
    return (
      <div className="alert alert--error readonly-banner" data-testid="read-only" role="alert">
        <span>
          Not saved: this edit link no longer works (it was replaced). Your changes are still here: save them as a copy of your
          own, or ask for the current edit link.
        </span>
        <button type="button" className="button button--small button--primary" onClick={onForkChanges} disabled={busy}>
          Save my changes as a copy
        </button>
      </div>
    );
  }
  return (
    <div
      className={unsure ? "alert readonly-banner readonly-banner--unsure" : "alert readonly-banner"}
      data-testid={unsure ? undefined : "read-only"}
    >
      <span>
        {status === "refused-on-open"
          ? "This edit link does not work: it was replaced by a newer one, or it is incomplete. The page is view-only, so nothing you type can be lost. Ask for the current edit link, or fork a copy of your own."
          : status === "refused-on-save"
            ? "This edit link no longer works: it was replaced. You can still view the scenario and fork it."
            : isSeed
              ? "A seed scenario shipped with Parley: nobody can change it. Fork it to make an editable copy of your own."
              : "You are viewing this scenario. To edit it you need its edit link; or fork it to make a copy of your own."}
      </span>
      <button type="button" className="button button--small" onClick={onFork} disabled={busy}>
        Fork
      </button>
    </div>
  );
}
