"use client";

import type { IssueSpec } from "@/server/domain/catalog.ts";
import { withEditedTerm } from "@/server/domain/edit.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import type { Validation } from "../../_lib/validation.ts";
import { TermField } from "./TermField.tsx";

interface Props {
  issue: IssueSpec;
  doc: ScenarioDocument;
  /** The saved document: typing its value back restores its status and note. */
  saved: ScenarioDocument;
  validation: Validation;
  onChange: (next: ScenarioDocument) => void;
}

export function IssueSection({ issue, doc, saved, validation, onChange }: Props) {
  return (
    <fieldset className="panel lazy-render" id={`issue-${issue.id}`}>
      <legend>
        <h2>{issue.label}</h2>
      </legend>
      <p className="panel__intro">{issue.description}</p>
      <div className="issue__terms">
        {issue.terms.map((spec) => (
          <TermField
            key={spec.id}
            spec={spec}
            doc={doc}
            validation={validation}
            onChange={(patch) => onChange(withEditedTerm(doc, spec.id, patch, saved))}
          />
        ))}
      </div>
    </fieldset>
  );
}
