"use client";

import { memo, useCallback, type Dispatch, type SetStateAction } from "react";
import { DIMENSIONS, type PartyProfile, type ProfileSetDocument } from "@/server/domain/analysis/model.ts";
import { NumberInput } from "../editor/fields.tsx";

interface Props {
  set: ProfileSetDocument;
  onChange: Dispatch<SetStateAction<ProfileSetDocument>>;
  errorsFor: (path: string) => string[];
}

const AssumptionBadge = () => <span className="badge badge--assumption">Assumption</span>;

/** Each party's weights, option values and reservation value: analyst assumptions, all editable. */
export const ProfilesEditor = memo(function ProfilesEditor({ set, onChange, errorsFor }: Props) {
  // One stable callback for every party, so a slider step re-renders only the party it moved.
  const update = useCallback(
    (index: number, next: PartyProfile) =>
      onChange((current) => ({ ...current, parties: current.parties.map((p, i) => (i === index ? next : p)) })),
    [onChange],
  );
  return (
    <section className="panel" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">
        Party profiles <AssumptionBadge />
      </h2>
      <p className="panel__intro small">
        Weights, option values (0–100) and reservation values (what a party expects if talks fail): analyst assumptions, not
        published preferences. Move any of them; the chart follows.
      </p>
      <div className="profiles lazy-render">
        {set.parties.map((party, index) => (
          <PartyEditor key={party.partyId} party={party} index={index} update={update} errorsFor={errorsFor} />
        ))}
      </div>
    </section>
  );
});

interface PartyProps {
  party: PartyProfile;
  index: number;
  update: (index: number, next: PartyProfile) => void;
  errorsFor: (path: string) => string[];
}

const PartyEditor = memo(function PartyEditor({ party, index, update, errorsFor }: PartyProps) {
  return (
    <div className="profile" data-party={party.partyId}>
      <h3>
        {party.name} <AssumptionBadge />
      </h3>
      <label className="profile__slider">
        <span>Reservation value</span>
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={party.reservation}
          aria-label={`${party.name}: reservation value`}
          onChange={(e) => update(index, { ...party, reservation: Number(e.target.value) })}
        />
        <output>{party.reservation}</output>
      </label>
      <p className="profile__group small muted">Weights</p>
      {DIMENSIONS.map((d) => (
        <label key={d.id} className="profile__slider">
          <span>{d.label}</span>
          <input
            type="range"
            min={0}
            max={40}
            step={1}
            value={party.weights[d.id] ?? 0}
            aria-label={`${party.name}: weight of ${d.label}`}
            onChange={(e) => update(index, { ...party, weights: { ...party.weights, [d.id]: Number(e.target.value) } })}
          />
          <output>{party.weights[d.id] ?? 0}</output>
        </label>
      ))}
      <details className="profile__values">
        <summary>Values of each option</summary>
        {DIMENSIONS.map((d) => (
          <fieldset key={d.id} className="profile__value-group">
            <legend>{d.label}</legend>
            {d.options.map((o) => (
              <label key={o.id} className="profile__value">
                <span>{o.label}</span>
                <NumberInput
                  min={0}
                  max={100}
                  aria-label={`${party.name}: value of ${d.label}, ${o.label}`}
                  value={party.values[d.id]?.[o.id] ?? null}
                  onValueChange={(v) =>
                    update(index, { ...party, values: { ...party.values, [d.id]: { ...party.values[d.id], [o.id]: v } } })
                  }
                />
              </label>
            ))}
            {errorsFor(`parties.${index}.values.${d.id}`).map((m) => (
              <span key={m} className="field__error">
                {m}
              </span>
            ))}
          </fieldset>
        ))}
      </details>
      <p className="small muted">{party.rationale}</p>
    </div>
  );
});
