"use client";

import { memo } from "react";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { useEditAccess } from "../editor/use-edit-access.ts";
import { LoadOlder, loadedRevisions } from "../history/LoadOlder.tsx";

/** Every save of these assumptions, newest first; with the edit link, any earlier one can be restored (saved again as the newest). */
export const ProfileSetHistory = memo(function ProfileSetHistory({ record }: { record: RouterOutputs["profileSet"]["get"] }) {
  const utils = trpc.useUtils();
  const access = useEditAccess(record, `Assumptions: ${record.document.name}`, "profileSet");
  const history = trpc.profileSet.history.useInfiniteQuery({ id: record.id }, { getNextPageParam: (page) => page.nextCursor });
  const restore = trpc.profileSet.restore.useMutation({
    onSuccess: (saved) => {
      utils.profileSet.get.setData({ id: saved.id }, saved);
      void utils.profileSet.history.invalidate({ id: saved.id });
    },
    onError: (error) => {
      if (errorCodeOf(error) === "FORBIDDEN") access.revoke();
    },
  });
  const canRestore = access.canEdit && access.secret !== null;
  return (
    <section className="panel lazy-render" aria-labelledby="profile-history-heading">
      <h2 id="profile-history-heading">History of these assumptions</h2>
      <p className="small muted">
        Every save is kept.{" "}
        {canRestore
          ? "Restoring an earlier version saves it again as the newest; the later ones stay."
          : "Open the edit link to restore an earlier version, or save these as a new set."}
      </p>
      {history.error && <p className="field__error">{history.error.message}</p>}
      {history.data && (
        <ol className="revision-list" data-testid="profile-history" reversed>
          {loadedRevisions(history.data).map((r) => (
            <li key={r.number}>
              <strong>Version {r.number}</strong>{" "}
              <span className="muted small">{new Date(r.createdAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC</span>:{" "}
              {r.summary}
              {r.isCurrent ? (
                <span className="badge"> current</span>
              ) : (
                canRestore && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={restore.isPending}
                    onClick={() =>
                      restore.mutate({
                        id: record.id,
                        editSecret: access.secret!,
                        revision: r.number,
                        baseVersion: record.version,
                      })
                    }
                  >
                    Restore version {r.number}
                  </button>
                )
              )}
            </li>
          ))}
        </ol>
      )}
      <LoadOlder query={history} />
      {restore.error && (
        <p className="field__error" role="alert">
          {errorCodeOf(restore.error) === "CONFLICT"
            ? "Someone saved these assumptions since you opened them: reload to see their version."
            : restore.error.message}
        </p>
      )}
    </section>
  );
});
