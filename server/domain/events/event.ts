import type { Actor } from "../options.ts";

// The shape of the dated events of the talks since March 2025 (the rows are in events-2025.ts and
// events-2026.ts), restated in our own words from the brief
// (shared/brief/talks-2025-2026.md, section 1). Where the brief gives a range of confidence
// ("Medium–High", "High/Medium") the lower bound is kept: an event is only as sure as its weakest part.

export const EVENT_KINDS = [
  "talks",
  "exchange",
  "truce",
  "statement",
  "proposal",
  "sanctions",
  "deadline",
  "battlefield",
] as const;

export interface TalkEvent {
  /** Stable slug, e.g. "2025-06-02-istanbul-round-2". */
  id: string;
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day of a multi-day event. */
  endDate: string | null;
  /** The brief gives the day loosely ("late Feb 2026", "~29 Jan"). */
  approximate: boolean;
  kind: (typeof EVENT_KINDS)[number];
  title: string;
  summary: string;
  /** Who acted (for grouping). */
  actors: Actor[];
  /** Addresses as the brief gives them. */
  sources: string[];
  confidence: "high" | "medium" | "low";
  /** Seed keys of the positions this event produced. */
  positions: string[];
}

type Row = Omit<TalkEvent, "endDate" | "approximate" | "positions"> &
  Partial<Pick<TalkEvent, "endDate" | "approximate" | "positions">>;
/** An event row with the usual defaults: one day, dated exactly, no position produced. */
export const event = (row: Row): TalkEvent => ({ endDate: null, approximate: false, positions: [], ...row });

export const RU: Actor = "russia";
export const UA: Actor = "ukraine";
export const US: Actor = "united_states";
export const EU: Actor = "europe";
