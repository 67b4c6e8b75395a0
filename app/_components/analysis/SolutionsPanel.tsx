"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { decodePackage } from "@/server/domain/analysis/index.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { trpc } from "../../_lib/trpc.tsx";
import { editPath, rememberEditLink } from "../../_lib/edit-links.ts";
import { compareUrl } from "../../_lib/urls.ts";
import type { AnalysisResult } from "./worker-protocol.ts";

type Solution = NonNullable<AnalysisResult["nash"]>;

interface Props {
  result: AnalysisResult;
  /** Builds the scenario document for a package (the engine's packageToScenario over the baseline). */
  toScenario: (index: number, title: string) => ScenarioDocument;
}

function OptionsList({ result, options }: { result: AnalysisResult; options: Solution["options"] }) {
  return (
    <ul className="solution__options">
      {result.dimensions.map((d) => (
        <li key={d.id}>
          {d.label}: <strong>{d.options.find((o) => o.id === options[d.id])?.label ?? options[d.id]}</strong>
        </li>
      ))}
    </ul>
  );
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
        <Link href={create.data.editSecret ? editPath(create.data.id, create.data.editSecret) : `/s/${create.data.id}`}>{create.data.document.title}</Link>
        .{" "}
        {ids.length > 1 && <Link href={compareUrl({ ids, referenceId: compareWithId ?? undefined })}>Open in compare</Link>}
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
                void utils.scenario.list.invalidate();
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

function describePackage(result: AnalysisResult, index: number): string {
  const options = decodePackage(result, index);
  return result.dimensions.map((d) => d.options.find((o) => o.id === options[d.id])?.label ?? options[d.id]).join(" · ");
}

/** The bargaining solutions and the frontier, each of which can become a scenario. */
export function SolutionsPanel({ result, toScenario }: Props) {
  const [showAll, setShowAll] = useState(false);
  const solutions: { key: string; label: string; help: string; solution: Solution | null }[] = [
    { key: "nash", label: "Nash bargaining solution", help: "Largest product of each party's gain over its reservation value, among packages all accept.", solution: result.nash },
    { key: "ks", label: "Kalai–Smorodinsky solution", help: "Gains proportional to each party's best possible gain, among packages all accept.", solution: result.kalaiSmorodinsky },
    { key: "maximin", label: "Maximin package", help: "Best for the worst-off party.", solution: result.maximin },
  ];
  // Packages every party accepts first, then by total value: the ones worth reading first.
  const frontier = useMemo(() => {
    const accepts = (i: number) => result.parties.every((p, k) => result.utilities[k]![i]! >= p.reservation);
    const total = (i: number) => result.utilities.reduce((sum, u) => sum + u[i]!, 0);
    return Array.from(result.frontier).sort((a, b) => Number(accepts(b)) - Number(accepts(a)) || total(b) - total(a) || a - b);
  }, [result]);
  const shown = showAll ? frontier : frontier.slice(0, 12);
  return (
    <section className="panel" aria-labelledby="solutions-heading">
      <h2 id="solutions-heading">Where a deal could lie</h2>
      <div className="solutions">
        {solutions.map(({ key, label, help, solution }) => (
          <div key={key} className="solution" data-solution={key}>
            <h3>{label}</h3>
            <p className="small muted">{help}</p>
            {solution ? (
              <>
                <p className="solution__values">
                  {result.parties.map((p, i) => (
                    <span key={p.partyId}>
                      {p.name} {solution.utilities[i]!.toFixed(1)}
                    </span>
                  ))}
                </p>
                <OptionsList result={result} options={solution.options} />
                <TurnIntoScenario label={label} index={solution.index} toScenario={toScenario} />
              </>
            ) : (
              <p className="small">No package is acceptable to every party: there is no zone of possible agreement in this space.</p>
            )}
          </div>
        ))}
      </div>
      <h3>Pareto frontier ({frontier.length.toLocaleString("en-US")} packages)</h3>
      <p className="small muted">Packages that no other package beats for every party; those every party accepts come first.</p>
      <div className="compare-scroll">
        <table className="compare-table" data-testid="frontier-table">
          <thead>
            <tr>
              <th scope="col">Package</th>
              {result.parties.map((p) => (
                <th scope="col" key={p.partyId}>
                  {p.name}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((index) => (
              <tr key={index} data-package={index}>
                <td className="small">{describePackage(result, index)}</td>
                {result.parties.map((p, i) => {
                  const u = result.utilities[i]![index]!;
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
            ))}
          </tbody>
        </table>
      </div>
      {frontier.length > shown.length && (
        <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
          Show all {frontier.length.toLocaleString("en-US")}
        </button>
      )}
    </section>
  );
}
