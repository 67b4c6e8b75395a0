"use client";

import Link from "next/link";
import { useMemo, useState, memo } from "react";
import type { PackageTerm } from "@/server/domain/analysis/index.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { trpc } from "../../_lib/trpc.tsx";
import { refreshScenarioLists } from "../../_lib/scenario-lists.ts";
import { editPath, rememberEditLink } from "../../_lib/edit-links.ts";
import { compareUrl } from "../../_lib/urls.ts";
import { PackageTerms } from "./PackageTerms.tsx";
import type { SessionResult } from "./worker-protocol.ts";
import { ScrollRegion } from "../ScrollRegion.tsx";

type Solution = NonNullable<SessionResult["nash"]>;

interface Props {
  result: SessionResult;
  /** A package's options by issue, marked where they differ from the status quo. */
  terms: (index: number) => PackageTerm[];
  /** Builds the scenario document for a package (the engine's packageToScenario over the baseline). */
  toScenario: (index: number, title: string) => ScenarioDocument;
}

function TurnIntoScenario({ label, index, toScenario }: { label: string; index: number } & Pick<Props, "toScenario">) {
  const create = trpc.scenario.create.useMutation();
  const utils = trpc.useUtils();
  // The server names the scenario to compare a new one with (its baseline: the status quo seed).
  const created = trpc.scenario.get.useQuery({ id: create.data?.id ?? "" }, { enabled: !!create.data });
  const compareWithId = created.data?.baseline?.id ?? null;
  if (create.data) {
    const ids = compareWithId ? [create.data.id, compareWithId] : [create.data.id];
    return (
      <p className="small" role="status">
        Saved as{" "}
        <Link href={create.data.editSecret ? editPath(create.data.id, create.data.editSecret) : `/s/${create.data.id}`}>
          {create.data.document.title}
        </Link>
        . {ids.length > 1 && <Link href={compareUrl({ ids, referenceId: compareWithId ?? undefined })}>Open in compare</Link>}
      </p>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={create.isPending}
        onClick={() =>
          create.mutate(
            { document: toScenario(index, `${label} (from the analysis)`) },
            {
              onSuccess: (created) => {
                if (created.editSecret) rememberEditLink(created.id, created.editSecret, created.document.title);
                refreshScenarioLists(utils);
              },
            },
          )
        }
      >
        Turn into scenario
      </button>
      {create.error && <span className="field__error">{create.error.message}</span>}
    </>
  );
}

type SortKey = "default" | number;

/** The bargaining solutions and the frontier, each of which can become a scenario. */
export const SolutionsPanel = memo(function SolutionsPanel({ result, terms, toScenario }: Props) {
  const [showAll, setShowAll] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "default", descending: true });
  const P = result.parties.length;
  const valueAt = (k: number, p: number) => result.frontierUtilities[k * P + p]!;
  const solutions: { key: string; label: string; help: string; solution: Solution | null }[] = [
    {
      key: "nash",
      label: "Nash bargaining solution",
      help: "Largest product of each party's gain over its reservation value, among packages all accept.",
      solution: result.nash,
    },
    {
      key: "ks",
      label: "Kalai–Smorodinsky solution",
      help: "Gains proportional to each party's best possible gain, among packages all accept.",
      solution: result.kalaiSmorodinsky,
    },
    { key: "maximin", label: "Maximin package", help: "Best for the worst-off party.", solution: result.maximin },
  ];
  // Rows are positions k in the frontier. Default: packages every party accepts first, then by total value.
  const rows = useMemo(() => {
    const accepts = (k: number) => result.parties.every((p, i) => result.frontierUtilities[k * P + i]! >= p.reservation);
    const total = (k: number) => {
      let sum = 0;
      for (let p = 0; p < P; p++) sum += result.frontierUtilities[k * P + p]!;
      return sum;
    };
    const ks = Array.from(result.frontier, (_, k) => k);
    const sign = sort.descending ? 1 : -1;
    return sort.key === "default"
      ? ks.sort((a, b) => Number(accepts(b)) - Number(accepts(a)) || total(b) - total(a) || a - b)
      : ks.sort(
          (a, b) =>
            sign *
              (result.frontierUtilities[b * P + (sort.key as number)]! -
                result.frontierUtilities[a * P + (sort.key as number)]!) || a - b,
        );
  }, [result, P, sort]);
  const shown = showAll ? rows : rows.slice(0, 12);
  const sameAs = (solution: Solution | null, i: number) =>
    solution ? (solutions.slice(0, i).find((s) => s.solution?.index === solution.index)?.label ?? null) : null;
  const sortButton = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort({ key, descending: active ? !sort.descending : true })}
        aria-label={`Sort by ${label}${active ? (sort.descending ? ", now highest first" : ", now lowest first") : ""}`}
      >
        {label} {active ? (sort.descending ? "▼" : "▲") : "↕"}
      </button>
    );
  };
  return (
    <section className="panel lazy-render" aria-labelledby="solutions-heading">
      <h2 id="solutions-heading">Where a deal could lie</h2>
      <p className="small muted">
        Options marked ≠ and highlighted differ from the status quo of early May 2025; issues not in play keep it.
      </p>
      <div className="solutions">
        {solutions.map(({ key, label, help, solution }, i) => (
          <div key={key} className="solution" data-solution={key}>
            <h3>{label}</h3>
            <p className="small muted">{help}</p>
            {solution ? (
              <>
                <p className="solution__values">
                  {result.parties.map((p, k) => (
                    <span key={p.partyId}>
                      {p.name} {solution.utilities[k]!.toFixed(1)}
                    </span>
                  ))}
                </p>
                {sameAs(solution, i) && <p className="small">The same package as the {sameAs(solution, i)}.</p>}
                <PackageTerms terms={terms(solution.index)} />
                <TurnIntoScenario label={label} index={solution.index} toScenario={toScenario} />
              </>
            ) : (
              <p className="small">
                No package is acceptable to every party: there is no zone of possible agreement in this space.
              </p>
            )}
          </div>
        ))}
      </div>
      <h3>Pareto frontier ({result.frontier.length.toLocaleString("en-US")} packages)</h3>
      <p className="small muted">
        Packages that no other package beats for every party. Sort by any party&apos;s value; by default those every party accepts
        come first.
      </p>
      <ScrollRegion label="Pareto frontier">
        <table className="compare-table frontier-table" data-testid="frontier-table">
          <thead>
            <tr>
              <th scope="col">{sortButton("default", "Package")}</th>
              {result.parties.map((p, i) => (
                <th
                  scope="col"
                  key={p.partyId}
                  aria-sort={sort.key === i ? (sort.descending ? "descending" : "ascending") : "none"}
                >
                  {sortButton(i, p.name)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((k) => {
              const index = result.frontier[k]!;
              return (
                <tr key={index} data-package={index}>
                  <td>
                    <PackageTerms terms={terms(index)} compact />
                  </td>
                  {result.parties.map((p, i) => {
                    const u = valueAt(k, i);
                    return (
                      <td key={p.partyId} className={u >= p.reservation ? undefined : "differs"}>
                        {u.toFixed(1)} {u >= p.reservation ? "accepts" : "rejects"}
                      </td>
                    );
                  })}
                  <td>
                    <TurnIntoScenario label={`Frontier package ${index}`} index={index} toScenario={toScenario} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length > shown.length && (
        <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
          Show all {rows.length.toLocaleString("en-US")}
        </button>
      )}
    </section>
  );
});
