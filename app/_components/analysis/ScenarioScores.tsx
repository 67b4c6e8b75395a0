"use client";

import Link from "next/link";
import { useMemo, useState, memo } from "react";
import {
  acceptanceRanges,
  type PartyProfile,
  type PositionedScenario,
  type ScenarioSetScore,
} from "@/server/domain/analysis/index.ts";
import { Tornado } from "./Sensitivity.tsx";
import { ScrollRegion } from "../ScrollRegion.tsx";

interface Props {
  scenarios: PositionedScenario[];
  scores: ScenarioSetScore;
  profiles: PartyProfile[];
}

/** Each saved scenario's value for each party, who accepts it, and how far the assumptions can move before a verdict turns. */
export const ScenarioScores = memo(function ScenarioScores({ scenarios, scores, profiles }: Props) {
  const [selected, setSelected] = useState<{ scenario: number; party: number }>({ scenario: 0, party: 1 });
  const scenario = scenarios[selected.scenario];
  const party = Math.min(selected.party, profiles.length - 1);
  const ranges = useMemo(
    () => (scenario ? acceptanceRanges(scenario.positions, profiles, party) : []),
    [scenario, profiles, party],
  );
  const names = profiles.map((p) => p.name);
  const verdict = scores.scenarios[selected.scenario]?.accepts[party];
  return (
    <section className="panel lazy-render" aria-labelledby="scores-heading">
      <h2 id="scores-heading">Who could accept the saved scenarios</h2>
      <p className="panel__intro">
        Value of each scenario to each party (0–100, additive over the issues, weighted by the assumed priorities) against the
        party&apos;s reservation value.{" "}
        <strong data-testid="zopa">
          {scores.zopa
            ? `A zone of possible agreement exists: ${scores.agreeable.map((i) => scenarios[i]?.title).join("; ")}.`
            : "No saved scenario is acceptable to every party: no zone of possible agreement among them."}
        </strong>
      </p>
      {scores.zopa && (
        <p className="alert alert--warn small" data-testid="acceptable-note">
          <strong>Read with care:</strong> &ldquo;acceptable to all&rdquo; means only that, under the analyst assumptions on this
          page, each party values the scenario at least at its reservation value. It is not a forecast; a small change in one
          weight or reservation value can turn it, and the ranges below show how small.
        </p>
      )}
      <ScrollRegion label="Scores of the saved scenarios">
        <table className="compare-table" data-testid="scenario-scores">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              {profiles.map((p) => (
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
                  <Link href={`/s/${scenarios[i]!.id}`}>{scenarios[i]!.title}</Link>
                  {score.allAccept && <span className="badge badge--assumption"> all accept, on assumptions</span>}
                </th>
                {score.parties.map((p, k) => (
                  <td key={p.partyId} className={p.accepts ? undefined : "differs"}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setSelected({ scenario: i, party: k })}
                      aria-label={`${p.utility.toFixed(1)} ${p.accepts ? "accepts" : "rejects"}: how robust is ${p.name}'s answer to ${scenarios[i]!.title}`}
                    >
                      {p.utility.toFixed(1)} {p.accepts ? "accepts" : "rejects"}
                    </button>
                  </td>
                ))}
                <td>{score.leastSatisfied?.name ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {scenario && (
        <div className="sensitivity" aria-live="polite">
          <h3>
            How robust is this verdict? <span className="small muted">(pick any cell above)</span>
          </h3>
          <Tornado
            conclusion={`${names[party]} ${verdict ? "accepts" : "rejects"} “${scenario.title}”`}
            ranges={ranges}
            partyNames={names}
            testId="scenario-sensitivity"
          />
        </div>
      )}
    </section>
  );
});
