import { ISSUES, TERM_SPECS } from "./catalog.ts";
import { contextDateLabel, proposersLabel } from "./context.ts";
import { regionChanges, territoryHeadline, type RegionChange } from "./derived.ts";
import { diffDocuments, PARTY_ORDER_ID, type Change } from "./diff.ts";
import { describeTermValue, getTerm } from "./edit.ts";
import { formatKm2, formatShare, formatSignedKm2 } from "./format.ts";
import { optionLabel } from "./options.ts";
import { regionById } from "./reference/regions.ts";
import type { Party, ScenarioDocument } from "./scenario.ts";

// Before/after in plain language with numbers: what a reader sees when comparing a scenario with
// its baseline, or one revision with another.

export interface RegionChangeLine extends RegionChange {
  name: string;
  /** "Kharkiv: Russia 1,150 → 0 km², Ukraine +1,150 km²" */
  text: string;
  /** The change in a few words, for a label on the map: "Russia −1,150 km²" (or Ukraine's, contested, the zone). */
  mapChange: string;
}

export interface TermChangeLine {
  termId: string;
  issue: string;
  label: string;
  from: string;
  to: string;
  /** Set when only the status or the source note changed, or they changed too. */
  detail: string | null;
}

export interface TerritoryTotals {
  russiaGainsKm2: number;
  russiaLosesKm2: number;
  ukraineGainsKm2: number;
  ukraineLosesKm2: number;
  russiaKm2Before: number;
  russiaKm2After: number;
  russiaShareBefore: number;
  russiaShareAfter: number;
}

export interface BeforeAfter {
  headerChanges: string[];
  partyChanges: string[];
  regions: RegionChangeLine[];
  totals: TerritoryTotals;
  terms: TermChangeLine[];
  unchangedTerms: { termId: string; issue: string; label: string; value: string }[];
  unchangedRegionCount: number;
}

function regionLine(change: RegionChange): RegionChangeLine {
  const name = regionById(change.regionId)?.shortName ?? change.regionId;
  const parts: string[] = [];
  const { before, after, delta } = change;
  if (delta.russia !== 0) parts.push(`Russia ${formatKm2(before.russiaKm2).replace(" km²", "")} → ${formatKm2(after.russiaKm2)}`);
  if (delta.ukraine !== 0) parts.push(`Ukraine ${formatSignedKm2(delta.ukraine)}`);
  if (delta.contested !== 0) parts.push(`contested ${formatSignedKm2(delta.contested)}`);
  if (before.zone !== after.zone) parts.push(`zone: ${zoneLabel(before.zone)} → ${zoneLabel(after.zone)}`);
  return { ...change, name, text: `${name}: ${parts.join(", ")}`, mapChange: mapChange(change) };
}

function mapChange({ before, after, delta }: RegionChange): string {
  if (delta.russia !== 0) return `Russia ${formatSignedKm2(delta.russia)}`;
  if (delta.ukraine !== 0) return `Ukraine ${formatSignedKm2(delta.ukraine)}`;
  if (delta.contested !== 0) return `contested ${formatSignedKm2(delta.contested)}`;
  return `zone: ${zoneLabel(before.zone)} → ${zoneLabel(after.zone)}`;
}

const zoneLabel = (zone: string) => (zone === "none" ? "none" : optionLabel(zone).toLowerCase());

export function territoryTotals(
  before: ScenarioDocument,
  after: ScenarioDocument,
  changes = regionChanges(before.terms.territory, after.terms.territory),
): TerritoryTotals {
  const sum = (pick: (c: RegionChange) => number) => changes.reduce((s, c) => s + Math.max(0, pick(c)), 0);
  const a = territoryHeadline(before.terms.territory);
  const b = territoryHeadline(after.terms.territory);
  return {
    russiaGainsKm2: sum((c) => c.delta.russia),
    russiaLosesKm2: sum((c) => -c.delta.russia),
    ukraineGainsKm2: sum((c) => c.delta.ukraine),
    ukraineLosesKm2: sum((c) => -c.delta.ukraine),
    russiaKm2Before: a.russiaKm2,
    russiaKm2After: b.russiaKm2,
    russiaShareBefore: a.russiaShare,
    russiaShareAfter: b.russiaShare,
  };
}

const partyText = (p: Party) => `${p.name} (${optionLabel(p.role).toLowerCase()})`;

/** What changed, in words (every part of BeforeAfter but the unchanged terms), from one diff. */
function describeChanges(before: ScenarioDocument, after: ScenarioDocument, changes: readonly Change[]) {
  const changedIds = new Set(changes.map((c) => c.id));
  const regions = regionChanges(before.terms.territory, after.terms.territory);

  const headerChanges: string[] = [];
  if (changedIds.has("title")) headerChanges.push(`Title: “${before.title}” → “${after.title}”`);
  if (changedIds.has("summary")) headerChanges.push("Summary rewritten");
  if (changedIds.has("context.date") || changedIds.has("context.dateKind")) {
    headerChanges.push(`Date: ${contextDateLabel(before.context) || "none"} → ${contextDateLabel(after.context) || "none"}`);
  }
  if (changedIds.has("context.proposedBy")) {
    headerChanges.push(
      `Put forward by: ${proposersLabel(before.context.proposedBy) || "nobody named"} → ${proposersLabel(after.context.proposedBy) || "nobody named"}`,
    );
  }

  const partyChanges = changes.flatMap((c) => {
    if (c.id === PARTY_ORDER_ID) return ["Parties reordered"];
    if (!c.id.startsWith("parties.")) return [];
    if (c.kind === "added") return [`Added ${partyText(c.to as Party)}`];
    if (c.kind === "removed") return [`Removed ${partyText(c.from as Party)}`];
    return [`${partyText(c.from as Party)} → ${partyText(c.to as Party)}`];
  });

  const terms: TermChangeLine[] = [];
  const unchangedSpecs: (typeof TERM_SPECS)[number][] = [];
  for (const spec of TERM_SPECS) {
    const valueChanged = changedIds.has(`${spec.id}.value`);
    const statusChanged = changedIds.has(`${spec.id}.status`);
    const noteChanged = changedIds.has(`${spec.id}.note`);
    if (!valueChanged && !statusChanged && !noteChanged) {
      unchangedSpecs.push(spec);
      continue;
    }
    const details: string[] = [];
    if (statusChanged) {
      const label = (s: string | null) => (s ? optionLabel(s) : "no status");
      details.push(`status ${label(getTerm(before, spec.id).status)} → ${label(getTerm(after, spec.id).status)}`);
    }
    if (noteChanged) details.push("source note changed");
    terms.push({
      termId: spec.id,
      issue: issueLabel(spec.id),
      label: spec.label,
      from: describeTermValue(before, spec.id),
      to: describeTermValue(after, spec.id),
      detail: details.length ? details.join("; ") : null,
    });
  }

  return {
    headerChanges,
    partyChanges,
    // Largest movements first.
    regions: regions
      .map(regionLine)
      .sort(
        (x, y) => Math.abs(y.delta.russia) + Math.abs(y.delta.ukraine) - (Math.abs(x.delta.russia) + Math.abs(x.delta.ukraine)),
      ),
    totals: territoryTotals(before, after, regions),
    terms,
    unchangedSpecs,
    unchangedRegionCount: Object.keys(before.terms.territory).length - regions.length,
  };
}

const ISSUE_LABELS = new Map<string, string>(ISSUES.map((i) => [i.id, i.label]));
const issueLabel = (termId: string) => ISSUE_LABELS.get(termId.split(".")[0]!) ?? "";

export function describeBeforeAfter(before: ScenarioDocument, after: ScenarioDocument): BeforeAfter {
  const { unchangedSpecs, ...changed } = describeChanges(before, after, diffDocuments(before, after));
  return {
    ...changed,
    unchangedTerms: unchangedSpecs.map((spec) => ({
      termId: spec.id,
      issue: issueLabel(spec.id),
      label: spec.label,
      value: describeTermValue(after, spec.id),
    })),
  };
}

/** One line for a revision history: "Kharkiv, Zaporizhzhia and ceasefire type changed". */
export function summarizeChange(before: ScenarioDocument, after: ScenarioDocument): string {
  // One diff for both the words and the source check; the unchanged terms are not described.
  const changes = diffDocuments(before, after);
  const d = describeChanges(before, after, changes);
  const regionSourcesChanged = changes.some((c) => c.id.startsWith("territory.") && /\.(status|note|basis)$/.test(c.id));
  const items = [
    ...d.headerChanges.map((h) => h.split(":")[0]!.replace(" rewritten", "").toLowerCase()),
    ...(d.partyChanges.length ? ["parties"] : []),
    ...d.regions.map((r) => r.name),
    ...(regionSourcesChanged && d.regions.length === 0 ? ["territory sources"] : []),
    ...d.terms.map((t) => `${t.issue.toLowerCase()} ${t.label.toLowerCase()}`),
  ];
  if (items.length === 0) return "No changes";
  const shown = items.slice(0, 3);
  const rest = items.length - shown.length;
  const list =
    rest > 0
      ? `${shown.join(", ")} and ${rest} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`
        : shown[0]!;
  const { russiaShareBefore: a, russiaShareAfter: b } = d.totals;
  // One decimal, or two for a small move (100 km² is 0.02 points); a move too small to show at
  // two decimals gets no note rather than an "18.81% → 18.81%" that reads as no change.
  const digits = formatShare(a) !== formatShare(b) ? 1 : 2;
  const shareNote =
    formatShare(a, digits) !== formatShare(b, digits) ? ` (Russia ${formatShare(a, digits)} → ${formatShare(b, digits)})` : "";
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} changed${shareNote}`;
}

/** One side of a before/after as its page shows it: which scenario and revision, and what its maps draw. */
export interface BeforeAfterSide {
  id: string;
  title: string;
  revision: number;
  isCurrent: boolean;
  terms: Pick<ScenarioDocument["terms"], "territory" | "bufferZone">;
}

/** A stored revision of a scenario, as the store reads it. */
type StoredSide = Omit<BeforeAfterSide, "terms"> & { document: ScenarioDocument };

/**
 * The before/after page's reading of two revisions: the changes in words and each side's map terms,
 * without the two whole documents and the raw changes that scenario.diff gives programs.
 */
export function beforeAfterView(
  from: StoredSide,
  to: StoredSide,
): { from: BeforeAfterSide; to: BeforeAfterSide; beforeAfter: BeforeAfter } {
  const side = ({ id, title, revision, isCurrent, document }: StoredSide): BeforeAfterSide => ({
    id,
    title,
    revision,
    isCurrent,
    terms: { territory: document.terms.territory, bufferZone: document.terms.bufferZone },
  });
  return { from: side(from), to: side(to), beforeAfter: describeBeforeAfter(from.document, to.document) };
}
