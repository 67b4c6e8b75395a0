import { DEFAULT_PARTIES, newScenarioDocument } from "../../defaults.ts";
import { formatIsoDate, formatKm2 } from "../../format.ts";
import { lineDateOn, lineTerritory, regionOnLine } from "../../line-of-control.ts";
import { ACTORS, type Actor, type RegionBasis, type TermStatus, type Zone } from "../../options.ts";
import { REGIONS, type RegionId } from "../../reference/regions.ts";
import type { Party, RegionTerm, ScenarioContext, ScenarioDocument, Territory } from "../../scenario.ts";
import { cite, SOURCES } from "../sources.ts";

// The machinery every position seed shares: territory worked out against the line of the
// position's own date, a region at a time, and terms written with their status and source.

/** What a position says about one region: follow the line of its date, or give it wholly to one side. */
export interface RegionRule {
  basis: Exclude<RegionBasis, "entered">;
  status: TermStatus;
  /** What the position says, in our words, with its source. */
  statement: string;
  zone?: Zone;
}

export interface PositionSpec {
  title: string;
  summary: string;
  /** The day the position was put forward; its territory is worked out against the line of that day. */
  date: string;
  proposedBy: Actor[];
  confidence: NonNullable<ScenarioContext["confidence"]>;
  /** The addresses, as the brief gives them. */
  sources: string[];
  regions: Partial<Record<RegionId, RegionRule>>;
  /** Parties besides Russia, Ukraine and the U.S. mediator (e.g. the European partners). */
  extraParties?: Party[];
}

export const EUROPEAN_PARTNERS: Party = { id: "europe", name: "European partners", role: "party" };

/** The line of the day a position was made against: the newest day of the series on or before it. */
export function lineDateFor(date: string): string {
  const lineDate = lineDateOn(date);
  if (!lineDate) throw new Error(`No line of control on or before ${date}`);
  return lineDate;
}

function regionRow(id: RegionId, lineDate: string, rule: RegionRule): RegionTerm {
  const line = regionOnLine(lineDate, id);
  const area = line.russiaKm2 + line.ukraineKm2;
  const onLine = `Line of ${formatIsoDate(lineDate)}: Russia ${formatKm2(line.russiaKm2)}, Ukraine ${formatKm2(line.ukraineKm2)} (${SOURCES.computedLine}).`;
  const zone = rule.zone ?? "none";
  const base = { contestedKm2: 0, zone, basis: rule.basis, status: rule.status };
  if (rule.basis === "line")
    return { ...base, russiaKm2: line.russiaKm2, ukraineKm2: line.ukraineKm2, note: `${rule.statement} ${onLine}` };
  const toRussia = rule.basis === "whole_russia";
  const changing = toRussia ? line.ukraineKm2 : line.russiaKm2;
  const change = changing > 0 ? ` ${formatKm2(changing)} change hands.` : "";
  return {
    ...base,
    russiaKm2: toRussia ? area : 0,
    ukraineKm2: toRussia ? 0 : area,
    note: `${rule.statement} ${onLine}${change}`,
  };
}

/** The Ukrainian regions Russia held any of on the line of a position's date. */
export function occupiedOn(date: string): RegionId[] {
  const lineDate = lineDateFor(date);
  return REGIONS.filter((r) => r.country === "UA" && regionOnLine(lineDate, r.id).russiaKm2 > 0).map((r) => r.id);
}

/** The same rule for each of `ids`. */
export const each = (ids: readonly RegionId[], rule: RegionRule): Partial<Record<RegionId, RegionRule>> =>
  Object.fromEntries(ids.map((id) => [id, rule]));

/**
 * The territory of a position: the line of its date, with the regions it speaks of set by their rule.
 * Occupied Ukrainian regions it leaves unsaid keep the line, marked as our assumption.
 */
export function positionTerritory(date: string, regions: PositionSpec["regions"]): Territory {
  const lineDate = lineDateFor(date);
  const territory = lineTerritory(lineDate);
  for (const r of REGIONS) {
    const rule = regions[r.id];
    if (rule) territory[r.id] = regionRow(r.id, lineDate, rule);
    else if (r.country === "UA" && territory[r.id].russiaKm2 > 0) {
      territory[r.id] = regionRow(r.id, lineDate, {
        basis: "line",
        status: "assumption",
        statement: "Not addressed by the position: the line of its day is assumed.",
      });
    }
  }
  return territory;
}

export function positionDocument(spec: PositionSpec): ScenarioDocument {
  const doc = newScenarioDocument(spec.title, positionTerritory(spec.date, spec.regions));
  doc.summary = spec.summary;
  doc.parties = [...DEFAULT_PARTIES.map((p) => ({ ...p })), ...(spec.extraParties ?? [])];
  doc.context = {
    date: spec.date,
    dateKind: "put_forward",
    // In catalogue order, as the schema stores them.
    proposedBy: ACTORS.filter((a) => spec.proposedBy.includes(a)),
    answers: null,
    confidence: spec.confidence,
    sources: spec.sources.join("; "),
  };
  return doc;
}

/** A term writer for one source: `say(value, statement)` gives `{ value, status, note }` with the source cited. */
export function termsFrom(source: string, status: TermStatus) {
  return <T>(value: T, statement: string) => ({ value, status, note: cite(source, statement) });
}

/** A term the position leaves open, with a note saying why (no value, so no status). */
export const leftOpen = (note: string) => ({ value: null, status: null, note });
