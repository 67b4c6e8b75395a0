"use client";

import { useState, type InputHTMLAttributes } from "react";
import { TERM_STATUSES, optionLabel, type TermStatus } from "@/server/domain/options.ts";

// Small controlled inputs shared by the editor's sections.

export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field__error" role="alert">
      {messages.join(" · ")}
    </span>
  );
}

type NumberInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
  value: number | null;
  onValueChange: (value: number) => void;
};

/** A number field that keeps what the person typed; an empty or unreadable entry becomes NaN, which validation reports. */
export function NumberInput({ value, onValueChange, ...rest }: NumberInputProps) {
  const [text, setText] = useState(value === null || Number.isNaN(value) ? "" : String(value));
  // Follow changes made elsewhere (a reload, a reset) without rewriting what is being typed.
  const [followed, setFollowed] = useState(value);
  if (!Object.is(followed, value)) {
    setFollowed(value);
    if (value !== null && !Number.isNaN(value) && !(text.trim() !== "" && Number(text) === value)) setText(String(value));
  }
  return (
    <input
      {...rest}
      type="number"
      inputMode="decimal"
      step="any"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValueChange(e.target.value.trim() === "" ? Number.NaN : Number(e.target.value));
      }}
    />
  );
}

export function StatusBadge({ status }: { status: TermStatus | null }) {
  if (!status) return null;
  return <span className={`badge badge--${status}`}>{optionLabel(status)}</span>;
}

export function StatusSelect({
  value,
  onChange,
  label,
  id,
}: {
  value: TermStatus | null;
  onChange: (status: TermStatus | null) => void;
  label: string;
  id?: string;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value ?? ""}
      onChange={(e) => onChange((e.target.value || null) as TermStatus | null)}
    >
      <option value="">Status: not set</option>
      {TERM_STATUSES.map((s) => (
        <option key={s} value={s}>
          {optionLabel(s)}
        </option>
      ))}
    </select>
  );
}
