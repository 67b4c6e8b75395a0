"use client";

import { useId, useState } from "react";
import { withParty, withPartyChanged, withoutParty } from "@/server/domain/edit.ts";
import { PARTY_ROLES, optionLabel, type PartyRole } from "@/server/domain/options.ts";
import { LIMITS, type ScenarioDocument } from "@/server/domain/scenario.ts";
import type { Validation } from "../../_lib/validation.ts";
import { FieldErrors } from "./fields.tsx";

interface Props {
  doc: ScenarioDocument;
  validation: Validation;
  onChange: (next: ScenarioDocument) => void;
}

export function PartiesEditor({ doc, validation, onChange }: Props) {
  const newNameId = useId();
  const [newName, setNewName] = useState("");
  const add = () => {
    if (!newName.trim()) return;
    onChange(withParty(doc, { name: newName.trim(), role: "party" }));
    setNewName("");
  };
  return (
    <fieldset className="panel lazy-render" id="parties">
      <legend>
        <h2>Parties</h2>
      </legend>
      <p className="panel__intro">Who takes part in the talks. Add others, such as the EU, as parties, mediators or observers.</p>
      <ul className="parties">
        {doc.parties.map((party, index) => (
          <li key={party.id} className="parties__row">
            <input
              aria-label={`Party ${index + 1}: name`}
              value={party.name}
              maxLength={LIMITS.partyNameLength}
              aria-invalid={validation.under(`parties.${index}`).length > 0}
              onChange={(e) => onChange(withPartyChanged(doc, index, { name: e.target.value }))}
            />
            <select
              aria-label={`${party.name || `Party ${index + 1}`}: role`}
              value={party.role}
              onChange={(e) => onChange(withPartyChanged(doc, index, { role: e.target.value as PartyRole }))}
            >
              {PARTY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {optionLabel(r)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={doc.parties.length <= 2}
              aria-label={`Remove ${party.name || `party ${index + 1}`}`}
              onClick={() => onChange(withoutParty(doc, index))}
            >
              Remove
            </button>
            <FieldErrors id={`party-${index}-error`} messages={validation.under(`parties.${index}`)} />
          </li>
        ))}
      </ul>
      <FieldErrors id="parties-error" messages={validation.at("parties")} />
      <div className="parties__add">
        <label className="visually-hidden" htmlFor={newNameId}>
          New party&apos;s name
        </label>
        <input
          id={newNameId}
          placeholder="e.g. European Union"
          value={newName}
          maxLength={LIMITS.partyNameLength}
          onChange={(e) => setNewName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <button
          type="button"
          className="button button--small"
          onClick={add}
          disabled={!newName.trim() || doc.parties.length >= 12}
        >
          Add party
        </button>
      </div>
    </fieldset>
  );
}
