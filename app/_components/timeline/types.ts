import type { RouterOutputs } from "../../_lib/trpc.tsx";

export type TimelineEvent = RouterOutputs["timeline"]["events"][number];
export type TimelinePosition = RouterOutputs["timeline"]["positions"][number];
export type TimelineLineDay = RouterOutputs["timeline"]["lines"][number];
export type TimelineTrack = RouterOutputs["timeline"]["track"];

export interface TimelineData {
  events: TimelineEvent[];
  positions: TimelinePosition[];
  lines: TimelineLineDay[];
  track: TimelineTrack;
}

/** What the URL holds (see timeline-url.ts). */
export interface TimelineViewState {
  term: string;
  who?: string;
  kind?: string;
  picked: string[];
}

/** A point that can be picked for compare or before/after: a position or a seeded line. */
export interface Pickable {
  id: string;
  title: string;
  date: string;
}

export interface Picking {
  picked: readonly string[];
  toggle(point: Pickable): void;
}
