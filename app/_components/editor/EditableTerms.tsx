"use client";

import { ISSUES } from "@/server/domain/catalog.ts";
import { withEditedRegion, withRemainderTo } from "@/server/domain/edit.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import type { Validation } from "../../_lib/validation.ts";
import { ContextFields } from "./ContextFields.tsx";
import { IssueSection } from "./IssueSection.tsx";
import { PartiesEditor } from "./PartiesEditor.tsx";
import { TerritoryTable } from "./TerritoryTable.tsx";

interface Props {
  draft: ScenarioDocument;
  /** The saved document: typing its value back restores its status and note. */
  saved: ScenarioDocument;
  scenarioId: string;
  validation: Validation;
  setDraft: (next: ScenarioDocument | ((d: ScenarioDocument) => ScenarioDocument)) => void;
}

/** Parties, context, territory and every issue of the catalogue, as a form (for whoever holds the edit link). */
export function EditableTerms({ draft, saved, scenarioId, validation, setDraft }: Props) {
  return (
    <div className="editor__fields">
      <PartiesEditor doc={draft} validation={validation} onChange={setDraft} />
      <ContextFields doc={draft} scenarioId={scenarioId} validation={validation} onChange={setDraft} />
      <fieldset className="panel lazy-render" id="issue-territory">
        <legend>
          <h2>Territory</h2>
        </legend>
        <p className="panel__intro">
          {ISSUES[0]!.description} The three figures may not add up to more than the region&apos;s official area.
        </p>
        <TerritoryTable
          territory={draft.terms.territory}
          validation={validation}
          onChange={(regionId, patch) => setDraft((d) => withEditedRegion(d, regionId, patch, saved))}
          onAssignRemainder={(regionId, holder) => setDraft((d) => withRemainderTo(d, regionId, holder))}
        />
      </fieldset>
      {ISSUES.filter((i) => i.id !== "territory").map((issue) => (
        <IssueSection key={issue.id} issue={issue} doc={draft} saved={saved} validation={validation} onChange={setDraft} />
      ))}
    </div>
  );
}
