"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useId, useState } from "react";
import { newScenarioDocument } from "@/server/domain/defaults.ts";
import { formatKm2, formatShare } from "@/server/domain/format.ts";
import { trpc } from "../_lib/trpc.tsx";
import "./scenario-list.css";

const PAGE_SIZE = 12;

export function ScenarioList() {
  const router = useRouter();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query.trim());
  const list = trpc.scenario.list.useInfiniteQuery(
    { query: deferredQuery || undefined, limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const create = trpc.scenario.create.useMutation({
    onSuccess: (created) => router.push(`/s/${created.id}`),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

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
            maxLength={200}
            placeholder="Title contains…"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={create.isPending}
          onClick={() => create.mutate({ document: newScenarioDocument() })}
        >
          {create.isPending ? "Creating…" : "New scenario"}
        </button>
      </div>
      {create.error && <p className="alert alert--error">Could not create a scenario: {create.error.message}</p>}
      {list.error && <p className="alert alert--error">Could not load scenarios: {list.error.message}</p>}
      {list.error ? null : list.isPending ? (
        <p className="muted" aria-live="polite">
          Loading scenarios…
        </p>
      ) : items.length === 0 ? (
        <p className="muted" aria-live="polite">
          {deferredQuery ? `No scenario title contains “${deferredQuery}”.` : "No scenarios yet."}
        </p>
      ) : (
        <ul className="scenario-cards" aria-label="Scenarios">
          {items.map((s) => (
            <li key={s.id} className="scenario-card">
              <h2>
                <Link href={`/s/${s.id}`}>{s.title}</Link>
              </h2>
              {s.summary && <p className="scenario-card__summary">{s.summary}</p>}
              <p className="scenario-card__figure">
                Russia holds <strong>{formatKm2(s.russiaKm2)}</strong>, {formatShare(s.russiaShare)} of Ukraine
              </p>
              <div className="share-bar" aria-hidden="true">
                <span style={{ width: formatShare(s.russiaShare, 2) }} />
              </div>
              <div className="scenario-card__meta">
                {s.isSeed && <span className="badge badge--seed" title="Shipped with Parley, modelled from the May 2025 report and the texts it refers to">Seed scenario</span>}
                {s.parentId && <span className="badge badge--seed">Fork</span>}
                <span>Updated {new Date(s.updatedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}</span>
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
