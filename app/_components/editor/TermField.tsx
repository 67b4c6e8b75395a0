"use client";

import { useId } from "react";
import type { TermSpec } from "@/server/domain/catalog.ts";
import { ceasefireEnd } from "@/server/domain/derived.ts";
import { getTerm } from "@/server/domain/edit.ts";
import { formatIsoDate } from "@/server/domain/format.ts";
import { OPEN_ENDED, optionLabel } from "@/server/domain/options.ts";
import { LIMITS, type ScenarioDocument, type TermValue } from "@/server/domain/scenario.ts";
import type { Validation } from "../../_lib/validation.ts";
import { FieldErrors, NumberInput, StatusBadge, StatusSelect } from "./fields.tsx";

interface Props {
  spec: TermSpec;
  doc: ScenarioDocument;
  validation: Validation;
  onChange: (patch: Partial<TermValue<unknown>>) => void;
}

/** One term of the catalogue: its value control, then its status and source note. */
export function TermField({ spec, doc, validation, onChange }: Props) {
  const id = useId();
  const term = getTerm(doc, spec.id);
  const path = `terms.${spec.id}`;
  const valueErrors = validation.under(`${path}.value`);
  const errorId = `${id}-error`;
  const invalid = valueErrors.length > 0;
  const common = { id, "aria-invalid": invalid, "aria-describedby": invalid ? errorId : undefined };

  return (
    <div className="field" data-term={spec.id}>
      <label className="field__label" htmlFor={id}>
        {spec.label} <StatusBadge status={term.status} />
      </label>
      {spec.help && <span className="field__help">{spec.help}</span>}
      <ValueControl spec={spec} doc={doc} term={term} onChange={onChange} common={common} />
      <FieldErrors id={errorId} messages={valueErrors} />
      <div className="field__meta">
        <StatusSelect label={`${spec.label}: status`} value={term.status} onChange={(status) => onChange({ status })} />
        <textarea
          rows={2}
          aria-label={`${spec.label}: source note`}
          placeholder="Source note: who says so, when"
          value={term.note}
          maxLength={LIMITS.noteLength}
          onChange={(e) => onChange({ note: e.target.value })}
        />
      </div>
      <FieldErrors id={`${id}-meta-error`} messages={[...validation.at(`${path}.status`), ...validation.at(`${path}.note`)]} />
    </div>
  );
}

interface Common {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
}

function ValueControl({
  spec,
  doc,
  term,
  onChange,
  common,
}: {
  spec: TermSpec;
  doc: ScenarioDocument;
  term: TermValue<unknown>;
  onChange: Props["onChange"];
  common: Common;
}) {
  const setValue = (value: unknown) => onChange({ value });
  switch (spec.kind) {
    case "choice":
    case "party": {
      const options =
        spec.kind === "choice"
          ? spec.options.map((o) => ({ value: o, label: optionLabel(o) }))
          : doc.parties.map((p) => ({ value: p.id, label: p.name }));
      return (
        <select {...common} value={(term.value as string | null) ?? ""} onChange={(e) => setValue(e.target.value || null)}>
          <option value="">Not specified</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    case "multi": {
      const selected = (term.value as string[] | null) ?? [];
      return (
        <div className="choices" role="group" id={common.id} aria-describedby={common["aria-describedby"]}>
          {spec.options.map((o) => (
            <label key={o}>
              <input
                type="checkbox"
                checked={selected.includes(o)}
                onChange={(e) => {
                  const next = e.target.checked ? [...selected, o] : selected.filter((v) => v !== o);
                  setValue(next.length || term.value !== null ? spec.options.filter((v) => next.includes(v)) : null);
                }}
              />
              {optionLabel(o)}
            </label>
          ))}
          {term.value !== null && (
            <button type="button" className="button button--small" onClick={() => setValue(null)}>
              Clear (not specified)
            </button>
          )}
        </div>
      );
    }
    case "date":
      return (
        <input
          {...common}
          type="date"
          value={(term.value as string | null) ?? ""}
          onChange={(e) => setValue(e.target.value || null)}
        />
      );
    case "number":
      return (
        <span>
          <NumberInput
            {...common}
            min={spec.min ?? 0}
            max={spec.max}
            step={spec.integer ? 1 : undefined}
            value={term.value as number | null}
            onValueChange={(v) => setValue(v)}
          />{" "}
          {spec.unit}{" "}
          {term.value !== null && (
            <button type="button" className="button button--small" onClick={() => setValue(null)}>
              Clear
            </button>
          )}
        </span>
      );
    case "duration":
      return <DurationControl doc={doc} term={term} setValue={setValue} common={common} />;
    case "text":
      return (
        <textarea
          {...common}
          maxLength={spec.maxLength}
          value={(term.value as string | null) ?? ""}
          onChange={(e) => setValue(e.target.value === "" ? null : e.target.value)}
        />
      );
  }
}

function DurationControl({
  doc,
  term,
  setValue,
  common,
}: {
  doc: ScenarioDocument;
  term: TermValue<unknown>;
  setValue: (v: unknown) => void;
  common: Common;
}) {
  const openEnded = term.value === OPEN_ENDED;
  const end = ceasefireEnd(doc.terms.ceasefire);
  return (
    <div className="choices">
      <span>
        <NumberInput
          {...common}
          min={1}
          step={1}
          disabled={openEnded}
          value={typeof term.value === "number" ? term.value : null}
          onValueChange={(v) => setValue(v)}
        />{" "}
        days
      </span>
      <label>
        <input type="checkbox" checked={openEnded} onChange={(e) => setValue(e.target.checked ? OPEN_ENDED : null)} />
        Open-ended
      </label>
      <span className="field__help" aria-live="polite">
        {end.kind === "date"
          ? `In force through ${formatIsoDate(end.lastDay)}; ends 00:00 on ${formatIsoDate(end.endsAt)}.`
          : end.kind === "open_ended"
            ? "No end date."
            : `End date: unknown (${end.reason}).`}
      </span>
    </div>
  );
}
