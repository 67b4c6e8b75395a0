"use client";

import type { IssueSpec } from "@/server/domain/catalog.ts";
import { withTerm } from "@/server/domain/edit.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import type { Validation } from "../../_lib/validation.ts";
import { TermField } from "./TermField.tsx";

interface Props {
  issue: IssueSpec;
  doc: ScenarioDocument;
  validation: Validation;
  onChange: (next: ScenarioDocument) => void;
}

export function IssueSection({ issue, doc, validation, onChange }: Props) {
  return (
    <fieldset className="panel" id={`issue-${issue.id}`}>
      <legend>{issue.label}</legend>
      <p className="panel__intro">{issue.description}</p>
      <div className="issue__terms">
        {issue.terms.map((spec) => (
          <TermField key={spec.id} spec={spec} doc={doc} validation={validation} onChange={(patch) => onChange(withTerm(doc, spec.id, patch))} />
        ))}
      </div>
    </fieldset>
  );
}
