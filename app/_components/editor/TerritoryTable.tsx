"use client";

import { unassignedKm2 } from "@/server/domain/derived.ts";
import { formatKm2, formatShare } from "@/server/domain/format.ts";
import { ZONES, optionLabel } from "@/server/domain/options.ts";
import { REGIONS_BY_NAME, type Region, type RegionId } from "@/server/domain/reference/regions.ts";
import { LIMITS, type RegionTerm, type ScenarioDocument } from "@/server/domain/scenario.ts";
import type { Validation } from "../../_lib/validation.ts";
import { FieldErrors, NumberInput, StatusBadge, StatusSelect } from "./fields.tsx";
import "./territory-table.css";

interface Props {
  territory: ScenarioDocument["terms"]["territory"];
  validation: Validation;
  onChange: (regionId: RegionId, patch: Partial<RegionTerm>) => void;
  onAssignRemainder: (regionId: RegionId, holder: "russia" | "ukraine") => void;
}

const HOLDERS = [
  { field: "russiaKm2", label: "Russia" },
  { field: "ukraineKm2", label: "Ukraine" },
  { field: "contestedKm2", label: "Contested" },
] as const;

/** The territory's two tables, as the form and the view-only page both show them. */
export const TERRITORY_TABLES = [
  { country: "UA", caption: "Ukraine's regions (internationally recognised borders)" },
  { country: "RU", caption: "Russia's border regions" },
] as const;

/** The columns of a territory table (the form's and the view-only one's). */
export function TerritoryHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Region</th>
        <th scope="col" className="num">
          Area
        </th>
        {HOLDERS.map((h) => (
          <th scope="col" className="num" key={h.field}>
            {h.label}, km²
          </th>
        ))}
        <th scope="col" className="num">
          Unassigned
        </th>
        <th scope="col">Zone</th>
        <th scope="col">Source</th>
      </tr>
    </thead>
  );
}

export function TerritoryTable({ territory, validation, onChange, onAssignRemainder }: Props) {
  return (
    <div className="territory">
      {TERRITORY_TABLES.map(({ country, caption }) => (
        <div className="territory__scroll" key={country}>
          <table className="territory__table">
            <caption>{caption}</caption>
            <TerritoryHead />
            <tbody>
              {REGIONS_BY_NAME.filter((r) => r.country === country).map((region) => (
                <RegionRow
                  key={region.id}
                  region={region}
                  term={territory[region.id as RegionId]}
                  validation={validation}
                  onChange={(patch) => onChange(region.id as RegionId, patch)}
                  onAssignRemainder={(holder) => onAssignRemainder(region.id as RegionId, holder)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

interface RowProps {
  region: Region;
  term: RegionTerm;
  validation: Validation;
  onChange: (patch: Partial<RegionTerm>) => void;
  onAssignRemainder: (holder: "russia" | "ukraine") => void;
}

function RegionRow({ region, term, validation, onChange, onAssignRemainder }: RowProps) {
  const path = `terms.territory.${region.id}`;
  const rowErrors = validation.at(path);
  const errorId = `err-${region.id}`;
  const russiaShare = term.russiaKm2 / region.areaKm2;
  const unassigned = unassignedKm2(region.id as RegionId, term);
  // The side that would normally take the rest: the country the region belongs to.
  const owner = region.country === "UA" ? "ukraine" : "russia";
  return (
    <>
      <tr data-region={region.id} className={rowErrors.length ? "has-error" : undefined}>
        <th scope="row">
          {region.shortName}
          {!Number.isNaN(russiaShare) && russiaShare > 0 && (
            <span className="territory__share">Russia {formatShare(russiaShare)}</span>
          )}
        </th>
        <td className="num muted">{formatKm2(region.areaKm2)}</td>
        {HOLDERS.map((h) => {
          const errors = validation.at(`${path}.${h.field}`);
          return (
            <td className="num" key={h.field}>
              <NumberInput
                className={`km2 km2--${h.field}`}
                aria-label={`${region.shortName}: km² held by ${h.label === "Contested" ? "neither (contested)" : h.label}`}
                aria-invalid={errors.length > 0 || rowErrors.length > 0}
                aria-describedby={errors.length || rowErrors.length ? errorId : undefined}
                min={0}
                max={region.areaKm2}
                value={term[h.field]}
                onValueChange={(v) => onChange({ [h.field]: v })}
              />
              <FieldErrors id={`${errorId}-${h.field}`} messages={errors} />
            </td>
          );
        })}
        <td className="num muted">
          {Number.isNaN(unassigned) ? "–" : formatKm2(unassigned)}
          {unassigned > 0 && (
            <button
              type="button"
              className="button button--small territory__rest"
              aria-label={`Give ${region.shortName}'s unassigned ${formatKm2(unassigned)} to ${owner === "ukraine" ? "Ukraine" : "Russia"}`}
              onClick={() => onAssignRemainder(owner)}
            >
              → {owner === "ukraine" ? "Ukraine" : "Russia"}
            </button>
          )}
        </td>
        <td>
          <select
            aria-label={`${region.shortName}: zone`}
            value={term.zone}
            onChange={(e) => onChange({ zone: e.target.value as RegionTerm["zone"] })}
          >
            {ZONES.map((z) => (
              <option key={z} value={z}>
                {z === "none" ? "No zone" : optionLabel(z)}
              </option>
            ))}
          </select>
        </td>
        <td className="territory__source">
          <details>
            <summary>
              <StatusBadge status={term.status} /> <span className="territory__note">{term.note || "Add a source"}</span>
            </summary>
            <div className="territory__source-edit">
              <StatusSelect
                label={`${region.shortName}: status`}
                value={term.status}
                onChange={(status) => onChange({ status })}
              />
              <textarea
                aria-label={`${region.shortName}: source note`}
                maxLength={LIMITS.noteLength}
                value={term.note}
                onChange={(e) => onChange({ note: e.target.value })}
              />
            </div>
          </details>
        </td>
      </tr>
      {rowErrors.length > 0 && (
        <tr className="territory__error-row">
          <td colSpan={8}>
            <FieldErrors id={errorId} messages={rowErrors} />
          </td>
        </tr>
      )}
    </>
  );
}
