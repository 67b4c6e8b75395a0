"use client";

import { memo } from "react";
import { DIMENSIONS, type OutcomeSpace } from "@/server/domain/analysis/model.ts";

interface Props {
  space: OutcomeSpace;
  onChange: (space: OutcomeSpace) => void;
  size: number;
  maxPackages: number;
}

/** Which issues are in play and which options of each are considered. */
export const SpacePicker = memo(function SpacePicker({ space, onChange, size, maxPackages }: Props) {
  const entry = (id: string) => space.find((e) => e.dimensionId === id);
  const toggleDimension = (id: string, on: boolean) => {
    const dimension = DIMENSIONS.find((d) => d.id === id)!;
    onChange(
      on
        ? [...space, { dimensionId: id, optionIds: dimension.options.map((o) => o.id) }]
        : space.filter((e) => e.dimensionId !== id),
    );
  };
  const toggleOption = (id: string, optionId: string, on: boolean) =>
    onChange(
      space.map((e) =>
        e.dimensionId !== id
          ? e
          : { ...e, optionIds: on ? [...e.optionIds, optionId] : e.optionIds.filter((o) => o !== optionId) },
      ),
    );
  return (
    <fieldset className="panel lazy-render">
      <legend>Outcome space</legend>
      <p className="panel__intro">
        Pick the issues in play and the options for each; Parley scores every combination. Issues left out keep the
        baseline&apos;s position (the status quo of early May 2025).{" "}
        <strong data-testid="space-size">{size.toLocaleString("en-US")} packages</strong>
        {size > maxPackages && (
          <span className="field__error">
            {" "}
            — more than {maxPackages.toLocaleString("en-US")}: leave out an issue or some options
          </span>
        )}
      </p>
      <div className="space-picker">
        {DIMENSIONS.map((d) => {
          const chosen = entry(d.id);
          return (
            <div key={d.id} className="space-picker__dimension">
              <label className="space-picker__issue">
                <input type="checkbox" checked={!!chosen} onChange={(e) => toggleDimension(d.id, e.target.checked)} />
                {d.label}
              </label>
              {chosen && (
                <div className="choices">
                  {d.options.map((o) => (
                    <label key={o.id}>
                      <input
                        type="checkbox"
                        checked={chosen.optionIds.includes(o.id)}
                        disabled={chosen.optionIds.length === 1 && chosen.optionIds.includes(o.id)}
                        onChange={(e) => toggleOption(d.id, o.id, e.target.checked)}
                      />
                      {o.label}
                    </label>
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
});
