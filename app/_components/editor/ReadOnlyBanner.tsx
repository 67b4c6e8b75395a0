"use client";

/** Says why the page cannot be edited, and offers the way to an editable copy. */
export function ReadOnlyBanner({ isSeed, revoked, onFork }: { isSeed: boolean; revoked: boolean; onFork: () => void }) {
  return (
    <div className="alert readonly-banner" data-testid="read-only">
      <span>
        {revoked
          ? "This edit link no longer works: it was replaced. You can still view the scenario and fork it."
          : isSeed
            ? "A seed scenario shipped with Parley: nobody can change it. Fork it to make an editable copy of your own."
            : "You are viewing this scenario. To edit it you need its edit link; or fork it to make a copy of your own."}
      </span>
      <button type="button" className="button button--small" onClick={onFork}>
        Fork
      </button>
    </div>
  );
}
