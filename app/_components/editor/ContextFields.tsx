"use client";

import Link from "next/link";
import { useId } from "react";
import { withContext } from "@/server/domain/context.ts";
import { ACTORS, CONFIDENCE, DATE_KINDS, optionLabel, type Actor } from "@/server/domain/options.ts";
import { LIMITS, type ScenarioContext, type ScenarioDocument } from "@/server/domain/scenario.ts";
import { trpc } from "../../_lib/trpc.tsx";
import type { Validation } from "../../_lib/validation.ts";
import { ScenarioSelect } from "../ScenarioSelect.tsx";
import { FieldErrors } from "./fields.tsx";

interface Props {
  doc: ScenarioDocument;
  scenarioId: string;
  validation: Validation;
  onChange: (next: ScenarioDocument) => void;
}

/** When and by whom the position was put forward (or the day its figures describe), what it answers, how sure the sources are. */
export function ContextFields({ doc, scenarioId, validation, onChange }: Props) {
  const id = useId();
  const context = doc.context;
  const set = (patch: Partial<ScenarioContext>) => onChange(withContext(doc, patch));
  const answered = trpc.scenario.title.useQuery(
    { id: context.answers ?? "" },
    { enabled: context.answers !== null, retry: false },
  );
  return (
    <fieldset className="panel lazy-render" id="context">
      <legend>
        <h2>Put forward</h2>
      </legend>
      <p className="panel__intro">
        When and by whom this position was put forward, or the day its figures describe; and the position it answers.
      </p>
      <div className="context-fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            Date
          </label>
          <span className="context-fields__date">
            <select
              id={`${id}-kind`}
              aria-label="What the date means"
              value={context.dateKind}
              onChange={(e) => set({ dateKind: e.target.value as ScenarioContext["dateKind"] })}
            >
              {DATE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {optionLabel(k)}
                </option>
              ))}
            </select>
            <input
              id={`${id}-date`}
              type="date"
              aria-label="Date"
              value={context.date ?? ""}
              onChange={(e) => set({ date: e.target.value || null })}
            />
          </span>
          <FieldErrors id={`${id}-date-error`} messages={validation.under("context.date")} />
        </div>
        <fieldset className="field context-fields__by">
          <legend className="field__label">Put forward by</legend>
          <div className="choices">
            {ACTORS.map((actor) => (
              <label key={actor}>
                <input
                  type="checkbox"
                  checked={context.proposedBy.includes(actor)}
                  onChange={(e) =>
                    set({
                      proposedBy: ACTORS.filter((a) =>
                        a === actor ? e.target.checked : context.proposedBy.includes(a),
                      ) as Actor[],
                    })
                  }
                />
                {optionLabel(actor)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-confidence`}>
            Confidence in the sources
          </label>
          <select
            id={`${id}-confidence`}
            value={context.confidence ?? ""}
            onChange={(e) => set({ confidence: (e.target.value || null) as ScenarioContext["confidence"] })}
          >
            <option value="">Not stated</option>
            {CONFIDENCE.map((c) => (
              <option key={c} value={c}>
                {optionLabel(c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <span className="field__label">Answers</span>
          {context.answers ? (
            <span>
              <Link href={`/s/${context.answers}`}>
                {answered.data?.title ?? (answered.error ? "a scenario that is no longer available" : "…")}
              </Link>{" "}
              <button type="button" className="button button--small" onClick={() => set({ answers: null })}>
                Clear
              </button>
            </span>
          ) : (
            <ScenarioSelect
              label="Answers"
              visuallyHiddenLabel
              placeholder="The position it answers…"
              exclude={[scenarioId]}
              onSelect={(answers) => set({ answers })}
            />
          )}
        </div>
        <div className="field context-fields__sources">
          <label className="field__label" htmlFor={`${id}-sources`}>
            Sources
          </label>
          <textarea
            id={`${id}-sources`}
            rows={2}
            maxLength={LIMITS.conditionsLength}
            value={context.sources}
            placeholder="Where this position is published or reported"
            onChange={(e) => set({ sources: e.target.value })}
          />
          <FieldErrors id={`${id}-sources-error`} messages={validation.under("context.sources")} />
        </div>
      </div>
    </fieldset>
  );
}
