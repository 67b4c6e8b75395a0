import { getTerm } from "../edit.ts";
import { regionById } from "../reference/regions.ts";
import type { ScenarioDocument } from "../scenario.ts";
import { DIMENSIONS, type Dimension, type TerritoryDimension } from "./model.ts";

// Where a scenario stands on each analysis dimension.

/** Territory: Russia's share (0–1) of the group's area. Term: an option id, or null (not specified). */
export type Position = number | string | null;

/** The catalogue of dimensions scored: DIMENSIONS unless a caller (tests, the benchmark) passes its own. */
export type Catalogue = readonly Dimension[];

/** The official area (km²) of a territory dimension's region group. */
export function groupAreaKm2(dimension: TerritoryDimension): number {
  return dimension.regionIds.reduce((sum, id) => sum + (regionById(id)?.areaKm2 ?? 0), 0);
}

/**
 * Russia's share of a region group's official area: Σ russiaKm2 / Σ areaKm2. Contested and
 * unassigned land count as not Russian: the share measures what Russia is stated to hold.
 */
export function territoryShare(doc: ScenarioDocument, dimension: TerritoryDimension): number {
  const area = groupAreaKm2(dimension);
  if (area <= 0) return 0;
  const russia = dimension.regionIds.reduce((sum, id) => sum + doc.terms.territory[id].russiaKm2, 0);
  return russia / area;
}

/** A scenario's position on one dimension. A term value outside the dimension's options counts as not specified. */
export function scenarioPosition(doc: ScenarioDocument, dimension: Dimension): Position {
  if (dimension.kind === "territory") return territoryShare(doc, dimension);
  const value = getTerm(doc, dimension.termId).value;
  return typeof value === "string" && dimension.options.some((o) => o.id === value) ? value : null;
}

/** Where one scenario stands on every dimension, by dimension id. */
export type Positions = Record<string, Position>;

/** What the analysis reads of a saved scenario: its positions and title, none of its notes or sources. */
export interface PositionedScenario {
  id: string;
  title: string;
  positions: Positions;
}

/** A scenario's position on every dimension of the catalogue, by dimension id. */
export function scenarioPositions(doc: ScenarioDocument, catalogue: Catalogue = DIMENSIONS): Positions {
  return Object.fromEntries(catalogue.map((d) => [d.id, scenarioPosition(doc, d)]));
}

/** A saved scenario as the analysis reads it (see PositionedScenario). */
export function positionedScenario(id: string, doc: ScenarioDocument): PositionedScenario {
  return { id, title: doc.title, positions: scenarioPositions(doc) };
}
