"use client";

import Link from "next/link";
import type { ScenarioSetScore } from "@/server/domain/analysis/index.ts";

interface Props {
  scenarios: { id: string; document: { title: string } }[];
  scores: ScenarioSetScore;
  parties: { partyId: string; name: string; reservation: number }[];
  loading: boolean;
}

/** Each saved scenario's value for each party, who accepts it, and whether any of them all accept. */
export function ScenarioScores({ scenarios, scores, parties, loading }: Props) {
  return (
    <section className="panel" aria-labelledby="scores-heading">
      <h2 id="scores-heading">Who could accept the saved scenarios</h2>
      <p className="panel__intro">
        Value of each scenario to each party (0–100, additive over the issues, weighted by the assumed priorities) against the
        party&apos;s reservation value.{" "}
        <strong data-testid="zopa">
          {loading ? "Loading the saved scenarios…" : scores.zopa
            ? `A zone of possible agreement exists: ${scores.agreeable.map((i) => scenarios[i]?.document.title).join("; ")}.`
            : "No saved scenario is acceptable to every party: no zone of possible agreement among them."}
        </strong>
      </p>
      <div className="compare-scroll">
        <table className="compare-table" data-testid="scenario-scores">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              {parties.map((p) => (
                <th scope="col" key={p.partyId}>
                  {p.name} <span className="muted small">(reservation {p.reservation})</span>
                </th>
              ))}
              <th scope="col">Least satisfied</th>
            </tr>
          </thead>
          <tbody>
            {scores.scenarios.map((score, i) => (
              <tr key={scenarios[i]!.id}>
                <th scope="row">
                  <Link href={`/s/${scenarios[i]!.id}`}>{scenarios[i]!.document.title}</Link>
                </th>
                {score.parties.map((p) => (
                  <td key={p.partyId} className={p.accepts ? undefined : "differs"}>
                    {p.utility.toFixed(1)} {p.accepts ? "accepts" : "rejects"}
                  </td>
                ))}
                <td>{score.leastSatisfied?.name ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
