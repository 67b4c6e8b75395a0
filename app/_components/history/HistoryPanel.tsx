"use client";

import Link from "next/link";
import { useState } from "react";
import { trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { diffUrl } from "../../_lib/urls.ts";
import { LoadOlder, loadedRevisions } from "./LoadOlder.tsx";
import "./history.css";

interface Props {
  scenarioId: string;
  /** Unsaved edits would be replaced by a restore: ask first. */
  dirty: boolean;
  /** Restoring is an edit: offered only with the edit secret. */
  editSecret: string | null;
  onRestored: (record: RouterOutputs["scenario"]["restore"]) => void;
}

const time = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** Every saved revision (newest first, 50 at a time), what each changed, diffs between any two, and restore. */
export function HistoryPanel({ scenarioId, dirty, editSecret, onRestored }: Props) {
  const utils = trpc.useUtils();
  const history = trpc.scenario.history.useInfiniteQuery({ id: scenarioId }, { getNextPageParam: (page) => page.nextCursor });
  const restore = trpc.scenario.restore.useMutation({
    onSuccess: async (record) => {
      onRestored(record);
      await utils.scenario.history.invalidate({ id: scenarioId });
    },
  });
  const revisions = loadedRevisions(history.data);
  const current = revisions.find((r) => r.isCurrent)?.number;
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});
  const from = pair.from ?? revisions[1]?.number ?? 1;
  const to = pair.to ?? current ?? 1;

  return (
    <section className="panel lazy-render" aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">History</h2>
      <p className="panel__intro">Every save is kept. Restoring an old revision saves it as a new one; later revisions stay.</p>
      {history.error && <p className="alert alert--error">{history.error.message}</p>}
      {restore.error && <p className="alert alert--error">Not restored: {restore.error.message}</p>}
      <ol className="history" data-testid="history">
        {revisions.map((r) => (
          <li key={r.number} className={r.isCurrent ? "history__item is-current" : "history__item"} data-revision={r.number}>
            <div>
              <strong>Revision {r.number}</strong> <span className="muted small">{time(r.createdAt)}</span>
              {r.isCurrent && <span className="badge badge--seed"> current</span>}
              <div className="small">{r.summary}</div>
            </div>
            <div className="history__actions">
              {r.number > 1 && (
                <Link
                  className="button button--small"
                  href={diffUrl({ id: scenarioId, revision: r.number - 1 }, { id: scenarioId, revision: r.number })}
                >
                  Changes
                </Link>
              )}
              {!r.isCurrent && editSecret && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={restore.isPending}
                  onClick={() => {
                    const question = dirty
                      ? `Restore revision ${r.number}? Your unsaved changes on this page will be replaced.`
                      : `Restore revision ${r.number}? It becomes a new revision; nothing is deleted.`;
                    if (window.confirm(question))
                      restore.mutate({ id: scenarioId, editSecret, revision: r.number, baseVersion: current });
                  }}
                >
                  Restore
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <LoadOlder query={history} />
      {revisions.length > 1 && (
        <div className="history__pair">
          <RevisionSelect label="From" revisions={revisions} value={from} onChange={(n) => setPair((p) => ({ ...p, from: n }))} />
          <RevisionSelect label="to" revisions={revisions} value={to} onChange={(n) => setPair((p) => ({ ...p, to: n }))} />
          <Link
            className="button button--small"
            href={diffUrl({ id: scenarioId, revision: from }, { id: scenarioId, revision: to })}
          >
            Show changes
          </Link>
        </div>
      )}
    </section>
  );
}

function RevisionSelect({
  label,
  revisions,
  value,
  onChange,
}: {
  label: string;
  revisions: { number: number }[];
  value: number;
  onChange: (n: number) => void;
}) {
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {revisions.map((r) => (
          <option key={r.number} value={r.number}>
            Revision {r.number}
          </option>
        ))}
      </select>
    </label>
  );
}
