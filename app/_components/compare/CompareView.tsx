"use client";

import Link from "next/link";
import { keepPreviousData } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { errorCodeOf, trpc } from "../../_lib/trpc.tsx";
import { useGuardedRouter } from "../../_lib/navigation-guard.ts";
import { compareUrl } from "../../_lib/urls.ts";
import { StatusBadge } from "../editor/fields.tsx";
import { ScenarioSelect } from "../ScenarioSelect.tsx";
import { ScenarioPicker } from "./ScenarioPicker.tsx";
import "./compare.css";
import { ScrollRegion } from "../ScrollRegion.tsx";

interface Props {
  ids: string[];
  referenceId?: string;
  differencesOnly: boolean;
}

export function CompareView({ ids, referenceId, differencesOnly }: Props) {
  const router = useGuardedRouter();
  const enough = ids.length >= 2;
  // Keep showing the current table while a changed view (reference, columns) loads.
  const result = trpc.scenario.compare.useQuery(
    { ids, referenceId },
    { enabled: enough, retry: false, placeholderData: keepPreviousData },
  );
  // The URL is the source of truth; the controls follow a change at once, before it arrives back.
  const [shown, setShown] = useState({ referenceId, differencesOnly });
  const [shownFrom, setShownFrom] = useState({ referenceId, differencesOnly });
  if (shownFrom.referenceId !== referenceId || shownFrom.differencesOnly !== differencesOnly) {
    setShownFrom({ referenceId, differencesOnly });
    setShown({ referenceId, differencesOnly });
  }
  const go = (view: Partial<{ ids: string[]; referenceId?: string; differencesOnly: boolean }>) => {
    const next = { ids, referenceId, differencesOnly, ...view };
    if (next.referenceId && !next.ids.includes(next.referenceId)) next.referenceId = next.ids[0];
    setShown({ referenceId: next.referenceId, differencesOnly: next.differencesOnly });
    router.replace(compareUrl(next), { scroll: false });
  };

  if (!enough) {
    return (
      <>
        <h1>Compare scenarios</h1>
        <p className="muted">Pick two to four scenarios to see them side by side, term by term.</p>
        <ScenarioPicker initial={ids} onCompare={(picked) => router.push(compareUrl({ ids: picked, referenceId: picked[0] }))} />
      </>
    );
  }
  if (result.isPending) return <p className="muted">Loading the comparison…</p>;
  if (result.error) {
    return (
      <div className="panel">
        <h1>Compare scenarios</h1>
        <p className="alert alert--error">
          {errorCodeOf(result.error) === "NOT_FOUND"
            ? "One of these scenarios no longer exists or the link is incomplete."
            : result.error.message}
        </p>
        <Link href="/compare">Pick scenarios again</Link>
      </div>
    );
  }

  const { scenarios, comparison, referenceId: ref } = result.data;
  return (
    <>
      <h1>Compare scenarios</h1>
      <div className="compare-toolbar">
        <label className="compare-toolbar__toggle">
          <input type="checkbox" checked={shown.differencesOnly} onChange={(e) => go({ differencesOnly: e.target.checked })} />
          Differences only
        </label>
        <span className="muted small" aria-live="polite">
          {comparison.differingRowCount} {comparison.differingRowCount === 1 ? "row differs" : "rows differ"} from the reference
        </span>
        {scenarios.length < 4 && (
          <ScenarioSelect
            label="Add a scenario to the comparison"
            visuallyHiddenLabel
            placeholder="Add a scenario…"
            exclude={ids}
            onSelect={(id) => go({ ids: [...ids, id] })}
          />
        )}
        <CopyLinkButton />
      </div>
      <ScrollRegion label="The scenarios side by side">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col" className="compare-table__term">
                Term
              </th>
              {scenarios.map((s) => (
                <th scope="col" key={s.id} className={s.id === ref ? "is-reference" : undefined} data-scenario={s.id}>
                  <Link href={`/s/${s.id}`}>{s.title}</Link>
                  <div className="compare-table__column-actions">
                    <label>
                      <input
                        type="radio"
                        name="reference"
                        checked={s.id === (shown.referenceId ?? ref)}
                        onChange={() => go({ referenceId: s.id })}
                      />
                      Reference
                    </label>
                    {scenarios.length > 2 && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => go({ ids: ids.filter((id) => id !== s.id) })}
                        aria-label={`Remove ${s.title} from the comparison`}
                      >
                        Remove
                      </button>
                    )}
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.groups.map((group) => {
              const rows = shown.differencesOnly ? group.rows.filter((r) => r.differs) : group.rows;
              if (rows.length === 0) return null;
              return (
                <Fragment key={group.id}>
                  <tr className="compare-table__group">
                    <th scope="colgroup" colSpan={scenarios.length + 1}>
                      {group.label}
                    </th>
                  </tr>
                  {rows.map((row) => (
                    <tr key={row.id} data-row={row.id}>
                      <th scope="row">{row.label}</th>
                      {row.cells.map((cell, i) => (
                        <td
                          key={scenarios[i]!.id}
                          className={
                            cell.differsFromReference ? "differs" : i === comparison.referenceIndex ? "is-reference" : undefined
                          }
                        >
                          {cell.differsFromReference && (
                            <span className="differs__mark" title="Differs from the reference">
                              ≠<span className="visually-hidden"> differs from the reference:</span>
                            </span>
                          )}
                          {cell.text} <StatusBadge status={cell.status} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {shown.differencesOnly && comparison.differingRowCount === 0 && (
        <p className="muted">These scenarios state the same terms.</p>
      )}
    </>
  );
}

/** Copies `href` (a path, made absolute), or the current address when none is given. */
export function CopyLinkButton({ label = "Copy link to this view", href }: { label?: string; href?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      onClick={async () => {
        await navigator.clipboard
          ?.writeText(href === undefined ? window.location.href : new URL(href, window.location.origin).toString())
          .catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? "Link copied" : label}
    </button>
  );
}
