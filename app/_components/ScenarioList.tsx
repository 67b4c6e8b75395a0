"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useId, useState } from "react";
import { describeContext } from "@/server/domain/context.ts";
import { formatKm2, formatShare } from "@/server/domain/format.ts";
import { LIMITS } from "@/server/domain/limits.ts";
import { ACTORS, optionLabel, type Actor } from "@/server/domain/options.ts";
import { trpc } from "../_lib/trpc.tsx";
import { editPath, rememberEditLink } from "../_lib/edit-links.ts";
import { compareUrl } from "../_lib/urls.ts";
import { ImportScenarioButton } from "./exchange/ImportScenarioButton.tsx";
import "./scenario-list.css";

const PAGE_SIZE = 12;
type ProposerFilter = Actor | "none";

export function ScenarioList() {
  const router = useRouter();
  const searchId = useId();
  const proposerId = useId();
  const sortId = useId();
  const [query, setQuery] = useState("");
  const [proposer, setProposer] = useState<ProposerFilter | "">("");
  const [sort, setSort] = useState<"updated" | "date">("updated");
  const deferredQuery = useDeferredValue(query.trim());
  const list = trpc.scenario.list.useInfiniteQuery(
    { query: deferredQuery || undefined, limit: PAGE_SIZE, proposer: proposer || undefined, sort },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const create = trpc.scenario.create.useMutation({
    onSuccess: (created) => {
      if (created.editSecret) rememberEditLink(created.id, created.editSecret, created.document.title);
      router.push(created.editSecret ? editPath(created.id, created.editSecret) : `/s/${created.id}`);
    },
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const [picked, setPicked] = useState<string[]>([]);
  const togglePicked = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));

  return (
    <>
      <div className="list-toolbar">
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            Search scenarios
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            maxLength={LIMITS.searchLength}
            placeholder="Title contains…"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={proposerId}>
            Put forward by
          </label>
          <select id={proposerId} value={proposer} onChange={(e) => setProposer(e.target.value as ProposerFilter | "")}>
            <option value="">Anyone</option>
            {ACTORS.map((a) => (
              <option key={a} value={a}>
                {optionLabel(a)}
              </option>
            ))}
            <option value="none">Nobody (lines of control, own scenarios)</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={sortId}>
            Sort by
          </label>
          <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as "updated" | "date")}>
            <option value="updated">Last saved</option>
            <option value="date">Date put forward (newest first)</option>
          </select>
        </div>
        <div className="list-toolbar__actions">
          <ImportScenarioButton
            onImported={(id, created) => {
              if (created.editSecret) rememberEditLink(id, created.editSecret, created.document.title);
              router.push(created.editSecret ? editPath(id, created.editSecret) : `/s/${id}`);
            }}
          />
          <button
            type="button"
            className="button"
            disabled={picked.length < 2}
            title={picked.length < 2 ? "Tick two to four scenarios to compare" : undefined}
            onClick={() => router.push(compareUrl({ ids: picked, referenceId: picked[0] }))}
          >
            Compare selected ({picked.length})
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={create.isPending}
            // The defaults bring the scenario schema (and zod) with them: loaded on click, not with the list.
            onClick={async () => create.mutate({ document: (await import("@/server/domain/defaults.ts")).newScenarioDocument() })}
          >
            {create.isPending ? "Creating…" : "New scenario"}
          </button>
        </div>
      </div>
      {create.error && <p className="alert alert--error">Could not create a scenario: {create.error.message}</p>}
      {list.error && <p className="alert alert--error">Could not load scenarios: {list.error.message}</p>}
      {list.error ? null : list.isPending ? (
        // Holds the list's place, so the footer does not jump when the list arrives.
        <p className="muted scenario-list__pending" aria-live="polite">
          Loading scenarios…
        </p>
      ) : items.length === 0 ? (
        <p className="muted" aria-live="polite">
          {deferredQuery
            ? `No scenario title contains “${deferredQuery}”${proposer ? " among those filtered" : ""}.`
            : proposer
              ? "No scenario matches this filter."
              : "No scenarios yet."}
        </p>
      ) : (
        <ul className="scenario-cards" aria-label="Scenarios">
          {items.map((s) => (
            <li key={s.id} className="scenario-card">
              <h2>
                <Link href={`/s/${s.id}`}>{s.title}</Link>
              </h2>
              <p className="scenario-card__context">
                {describeContext(s.context)}
                {s.context.confidence && s.context.confidence !== "high" && (
                  <span className="badge" title={s.context.sources}>
                    {optionLabel(s.context.confidence)} confidence
                  </span>
                )}
              </p>
              {s.summary && <p className="scenario-card__summary">{s.summary}</p>}
              <p className="scenario-card__figure">
                Russia holds <strong>{formatKm2(s.russiaKm2)}</strong>, {formatShare(s.russiaShare)} of Ukraine
              </p>
              <div className="share-bar" aria-hidden="true">
                <span style={{ width: formatShare(s.russiaShare, 2) }} />
              </div>
              <div className="scenario-card__meta">
                {s.isSeed && (
                  <span
                    className="badge badge--seed"
                    title="Shipped with Parley, modelled from public reporting and the texts it refers to"
                  >
                    Seed scenario
                  </span>
                )}
                {s.parentId && <span className="badge badge--seed">Fork</span>}
                <label className="scenario-card__pick">
                  <input
                    type="checkbox"
                    checked={picked.includes(s.id)}
                    disabled={!picked.includes(s.id) && picked.length >= 4}
                    onChange={(e) => togglePicked(s.id, e.target.checked)}
                  />
                  Compare<span className="visually-hidden"> {s.title}</span>
                </label>
                <span>
                  Updated {new Date(s.updatedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <p style={{ marginTop: "var(--space-5)" }}>
          <button type="button" className="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "Loading…" : "Show more"}
          </button>
        </p>
      )}
    </>
  );
}
