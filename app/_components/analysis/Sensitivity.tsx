"use client";

import { memo } from "react";
import {
  byFragility,
  holdsEverywhere,
  parameterLabel,
  sensitivitySentence,
  type HoldingRange,
} from "@/server/domain/analysis/index.ts";

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const percent = (x: number, r: HoldingRange) => `${(100 * (x - r.min)) / (r.max - r.min)}%`;

interface Props {
  /** The conclusion, as the start of a sentence: "Ukraine accepts the U.S. proposal". */
  conclusion: string;
  ranges: HoldingRange[];
  partyNames: string[];
  testId?: string;
}

/**
 * A tornado chart as a table: one row per assumption, most fragile first, with the range (0–100)
 * over which the conclusion holds, the others unchanged. Assumptions that cannot turn it are
 * counted, not drawn.
 */
export const Tornado = memo(function Tornado({ conclusion, ranges, partyNames, testId }: Props) {
  const fragile = byFragility(ranges).filter((r) => !holdsEverywhere(r));
  const robust = ranges.length - fragile.length;
  return (
    <div className="tornado" data-testid={testId}>
      <p className="tornado__sentence">{sensitivitySentence(conclusion, ranges, partyNames)}</p>
      {fragile.length > 0 && (
        <table className="tornado__table">
          <caption className="visually-hidden">
            Range of each assumption over which this holds (0–100), the others unchanged
          </caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col">Holds from</th>
              <th scope="col">to</th>
              <th scope="col">Now</th>
              <th scope="col" aria-hidden="true" className="tornado__scale">
                0 <span>100</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fragile.map((r) => {
              const label = parameterLabel(r.parameter, partyNames);
              return (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{fmt(r.low)}</td>
                  <td>{fmt(r.high)}</td>
                  <td>{fmt(r.current)}</td>
                  <td aria-hidden="true" className="tornado__track">
                    <span
                      className="tornado__bar"
                      style={{ left: percent(r.low, r), width: `calc(${percent(r.high, r)} - ${percent(r.low, r)})` }}
                    />
                    <span className="tornado__now" style={{ left: percent(r.current, r) }} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {robust > 0 && (
        <p className="small muted">
          {robust} other {robust === 1 ? "assumption" : "assumptions"} could take any value from 0 to 100 without changing this.
        </p>
      )}
    </div>
  );
});
