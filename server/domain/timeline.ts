import { ISSUES, TERM_SPECS, type TermSpec } from "./catalog.ts";
import { proposerGroupKey, proposersLabel } from "./context.ts";
import { describeTermValue, getTerm } from "./edit.ts";
import { formatKm2, formatShare } from "./format.ts";
import { ACTORS, optionLabel, type Actor, type RegionBasis, type TermStatus } from "./options.ts";
import { UKRAINE_REGIONS, regionById, type RegionId } from "./reference/regions.ts";
import type { ScenarioDocument } from "./scenario.ts";

// The timeline of the talks: positions and events in lanes by who put them forward, and one term
// followed across time. Pure: the procedures feed it stored scenarios and the events list.

/** The span the timeline shows unless something falls outside it: the talks since the report. */
export const TIMELINE_START = "2025-03-01";
export const TIMELINE_END = "2026-08-31";

// ---- Terms that can be followed across time ----

export type TrackScale =
  | { kind: "km2"; areaKm2: number }
  | { kind: "number"; unit: string; max: number }
  | { kind: "options"; options: { value: string; label: string }[] }
  | { kind: "text" };

export interface TrackTerm {
  /** "territory.UA-14" for a region, else a catalogue term id ("ceasefire.type"). */
  id: string;
  label: string;
  /** Where the picker lists it. */
  group: string;
  scale: TrackScale;
}

/** The regions the talks turn on, first; then the rest of Ukraine. */
const REGIONS_IN_TALKS: RegionId[] = ["UA-14", "UA-09", "UA-23", "UA-65", "UA-43", "UA-40", "UA-63", "UA-59", "UA-12", "UA-48"];
/** The terms most positions state, listed before the full catalogue. */
const KEY_TERMS = ["forces.peacetimeTroops", "ceasefire.type", "security.natoPath", "sanctions.relief", "nuclearPlant.control"];

function scaleOf(spec: TermSpec): TrackScale {
  if (spec.kind === "choice")
    return { kind: "options", options: spec.options.map((value) => ({ value, label: optionLabel(value) })) };
  if (spec.kind === "number") return { kind: "number", unit: spec.unit, max: spec.max };
  return { kind: "text" };
}

function regionTrackTerm(id: RegionId, group: string): TrackTerm {
  const region = regionById(id)!;
  return {
    id: `territory.${id}`,
    label: `${region.shortName}: km² held`,
    group,
    scale: { kind: "km2", areaKm2: region.areaKm2 },
  };
}

const issueLabel = (spec: TermSpec) => ISSUES.find((issue) => issue.terms.includes(spec))!.label;
/** The issue names the term where the term's own label would be ambiguous alone ("Ceasefire: Type"). */
const specTrackTerm = (spec: TermSpec, group: string): TrackTerm => ({
  id: spec.id,
  label: spec.id === "forces.peacetimeTroops" ? "Cap on Ukraine's forces (troops)" : `${issueLabel(spec)}: ${spec.label}`,
  group,
  scale: scaleOf(spec),
});

/** Every term the timeline can follow, in the order the picker lists them. */
export const TRACK_TERMS: readonly TrackTerm[] = [
  ...REGIONS_IN_TALKS.map((id) => regionTrackTerm(id, "Territory: regions in the talks")),
  ...KEY_TERMS.map((id) =>
    specTrackTerm(
      TERM_SPECS.find((s) => s.id === id)!,
      "Key terms",
    ),
  ),
  ...TERM_SPECS.filter((s) => !KEY_TERMS.includes(s.id)).map((s) => specTrackTerm(s, issueLabel(s))),
  ...UKRAINE_REGIONS.filter((r) => !REGIONS_IN_TALKS.includes(r.id as RegionId)).map((r) =>
    regionTrackTerm(r.id as RegionId, "Territory: other regions"),
  ),
];

const TRACK_TERM_BY_ID = new Map(TRACK_TERMS.map((t) => [t.id, t]));

export const isTrackTerm = (id: string): boolean => TRACK_TERM_BY_ID.has(id);
export const trackTerm = (id: string): TrackTerm | undefined => TRACK_TERM_BY_ID.get(id);
export const DEFAULT_TRACK_TERM = "territory.UA-14";

// ---- One term's value in one scenario ----

export interface RegionTrackValue {
  kind: "region";
  russiaKm2: number;
  ukraineKm2: number;
  contestedKm2: number;
  /** Shares of the region's own area (0–1). */
  russiaShare: number;
  ukraineShare: number;
  basis: RegionBasis;
  status: TermStatus | null;
  text: string;
}

export interface TermTrackValue {
  kind: "term";
  /** The stored value as it is: an option, a number, a list of options, a text or a date. */
  value: string | number | string[];
  text: string;
  status: TermStatus | null;
}

export type TrackValue = RegionTrackValue | TermTrackValue;

const wholeNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** The position's value on the term, or null where it leaves the term open (no figure, no value). */
export function trackValue(doc: ScenarioDocument, termId: string): TrackValue | null {
  if (termId.startsWith("territory.")) {
    const id = termId.slice("territory.".length) as RegionId;
    const region = regionById(id);
    const term = doc.terms.territory[id];
    if (!region || !term) throw new Error(`Unknown region "${id}"`);
    if (term.russiaKm2 + term.ukraineKm2 + term.contestedKm2 === 0) return null;
    const russiaShare = term.russiaKm2 / region.areaKm2;
    const ukraineShare = term.ukraineKm2 / region.areaKm2;
    return {
      kind: "region",
      russiaKm2: term.russiaKm2,
      ukraineKm2: term.ukraineKm2,
      contestedKm2: term.contestedKm2,
      russiaShare,
      ukraineShare,
      basis: term.basis,
      status: term.status,
      text: `Russia ${formatKm2(term.russiaKm2)} (${formatShare(russiaShare)}) · Ukraine ${formatKm2(term.ukraineKm2)} (${formatShare(ukraineShare)})`,
    };
  }
  const term = getTerm(doc, termId);
  if (term.value === null) return null;
  const scale = trackTerm(termId)?.scale;
  const text =
    typeof term.value === "number" && scale?.kind === "number"
      ? `${wholeNumber.format(term.value)} ${scale.unit}`
      : describeTermValue(doc, termId);
  return { kind: "term", value: term.value as TermTrackValue["value"], text, status: term.status };
}

// ---- Lanes: who put it forward ----

export interface LaneId {
  /** "russia", "united_states+ukraine"; "" for no one named. */
  key: string;
  label: string;
  actors: Actor[];
}

export function laneOf(actors: readonly Actor[]): LaneId {
  const ordered = ACTORS.filter((a) => actors.includes(a));
  return { key: proposerGroupKey(ordered), label: proposersLabel(ordered) || "No one named", actors: ordered };
}

/** Single actors first (Russia, Ukraine, United States, Europe), then joint groups by their first actor, then "no one named". */
function compareLanes(a: LaneId, b: LaneId): number {
  const rank = (lane: LaneId) =>
    lane.actors.length === 0 ? [9, 9] : [lane.actors.length === 1 ? 0 : 1, ACTORS.indexOf(lane.actors[0]!)];
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0]! - rb[0]! || ra[1]! - rb[1]! || a.key.localeCompare(b.key);
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

export interface Lane<P, E> extends LaneId {
  positions: P[];
  events: E[];
}

/** Positions (by proposers) and events (by actors) in lanes, each lane's items oldest first. */
export function timelineLanes<
  P extends { date: string; proposedBy: readonly Actor[] },
  E extends { date: string; actors: readonly Actor[] },
>(positions: readonly P[], events: readonly E[]): Lane<P, E>[] {
  const lanes = new Map<string, Lane<P, E>>();
  const laneFor = (actors: readonly Actor[]) => {
    const id = laneOf(actors);
    let lane = lanes.get(id.key);
    if (!lane) lanes.set(id.key, (lane = { ...id, positions: [], events: [] }));
    return lane;
  };
  for (const p of positions) laneFor(p.proposedBy).positions.push(p);
  for (const e of events) laneFor(e.actors).events.push(e);
  return [...lanes.values()]
    .sort(compareLanes)
    .map((lane) => ({ ...lane, positions: lane.positions.sort(byDate), events: lane.events.sort(byDate) }));
}

// ---- One term across time ----

export interface DatedScenario {
  id: string;
  title: string;
  date: string;
  proposedBy: Actor[];
  isSeed: boolean;
  document: ScenarioDocument;
}

export interface TrackPoint {
  id: string;
  title: string;
  date: string;
  isSeed: boolean;
  value: TrackValue | null;
}

export interface TrackLane extends LaneId {
  points: TrackPoint[];
}

export interface Track {
  term: TrackTerm;
  lanes: TrackLane[];
  /** The lines of control on the same term (regions only), as their own lane: what each position was made against. */
  lines: TrackLane | null;
}

const toPoint = (s: DatedScenario, termId: string): TrackPoint => ({
  id: s.id,
  title: s.title,
  date: s.date,
  isSeed: s.isSeed,
  value: trackValue(s.document, termId),
});

/** Each proposer lane's positions on the term, oldest first, with null where a position leaves it open. */
export function buildTrack(termId: string, positions: readonly DatedScenario[], lines: readonly DatedScenario[] = []): Track {
  const term = trackTerm(termId);
  if (!term) throw new Error(`Not a term the timeline follows: "${termId}"`);
  const lanes = timelineLanes(positions, []).map(({ positions: inLane, events: _none, ...id }) => ({
    ...id,
    points: inLane.map((s) => toPoint(s, termId)),
  }));
  const lineLane =
    term.scale.kind === "km2" && lines.length > 0
      ? {
          key: "line",
          label: "Line of control (estimate)",
          actors: [],
          points: [...lines].sort(byDate).map((s) => toPoint(s, termId)),
        }
      : null;
  return { term, lanes, lines: lineLane };
}

/** Consecutive stated points: a series breaks wherever a position leaves the term open, so gaps show as gaps. */
export function statedRuns(points: readonly TrackPoint[]): TrackPoint[][] {
  const runs: TrackPoint[][] = [];
  let current: TrackPoint[] = [];
  for (const p of points) {
    if (p.value === null) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(p);
  }
  if (current.length) runs.push(current);
  return runs;
}

/** The span to draw: the talks since the report, widened to anything dated outside it. */
export function timelineSpan(dates: readonly string[]): { start: string; end: string } {
  let start = TIMELINE_START;
  let end = TIMELINE_END;
  for (const d of dates) {
    if (d < start) start = d;
    if (d > end) end = d;
  }
  return { start, end };
}

// ---- Lines of control under the timeline ----

export interface LineDay {
  date: string;
  russiaKm2: number;
  russiaShare: number;
  /** The stored scenario of this day's line, when it is seeded (selectable for compare). */
  scenario: { id: string; title: string } | null;
}

/** Every day of the series, with the seeded days' scenarios. */
export function linesWithScenarios(
  series: readonly { date: string; russiaKm2: number; russiaShare: number }[],
  seeded: ReadonlyMap<string, { id: string; title: string }>,
): LineDay[] {
  return series.map((d) => ({
    date: d.date,
    russiaKm2: d.russiaKm2,
    russiaShare: d.russiaShare,
    scenario: seeded.get(d.date) ?? null,
  }));
}

/** Events within a range, of a kind, with an actor: the filters of timeline.events. */
export function filterEvents<E extends { date: string; endDate?: string | null; kind: string; actors: readonly Actor[] }>(
  events: readonly E[],
  filter: { from?: string; to?: string; kind?: string; actor?: Actor },
): E[] {
  return events
    .filter((e) => (!filter.from || (e.endDate ?? e.date) >= filter.from) && (!filter.to || e.date <= filter.to))
    .filter((e) => !filter.kind || e.kind === filter.kind)
    .filter((e) => !filter.actor || e.actors.includes(filter.actor))
    .sort(byDate);
}
