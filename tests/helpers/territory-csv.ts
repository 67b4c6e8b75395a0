import { expect } from "vitest";
import { TERRITORY_CSV_COLUMNS, exportTerritoryCsv, parseTerritoryCsv, readCsvRecords } from "@/server/domain/exchange/csv.ts";
import { recognisedBorders } from "@/server/domain/defaults.ts";
import { REGIONS_BY_NAME } from "@/server/domain/reference/regions.ts";
import type { Territory } from "@/server/domain/scenario.ts";
import { statusQuoDocument } from "./documents.ts";

// The territory CSV tests' tools: an independent CSV writer, and readers of what an import answers.

export const BOM = "\uFEFF";
const quoteCell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
export const toCsv = (rows: string[][], eol = "\r\n") => rows.map((r) => r.map(quoteCell).join(",")).join(eol) + eol;
/** The exported file as rows of cells (header first), BOM and quoting undone. */
export const rowsOf = (csv: string) => readCsvRecords(csv.replace(/^\uFEFF/, "")).records.map((r) => r.cells);
export const col = (name: (typeof TERRITORY_CSV_COLUMNS)[number]) => TERRITORY_CSV_COLUMNS.indexOf(name);
/** Line of a region's row in an export (header = line 1). */
export const lineOf = (id: string) => REGIONS_BY_NAME.findIndex((r) => r.id === id) + 2;

export function territoryOf(text: string, current: Territory = recognisedBorders()): Territory {
  const result = parseTerritoryCsv(text, current);
  if (!result.ok) throw new Error(`Expected the CSV to import: ${JSON.stringify(result.problems.slice(0, 5))}`);
  return result.territory;
}

export function problemsOf(text: string, current: Territory = recognisedBorders()) {
  const result = parseTerritoryCsv(text, current);
  if (result.ok) throw new Error("Expected the CSV to be rejected");
  expect(result).not.toHaveProperty("territory"); // never a partial result
  return result.problems;
}

/** The status-quo export with some rows changed (by region id) and rows removed or added. */
export function editedExport(edit: (rows: string[][]) => string[][], doc = statusQuoDocument()): string {
  return toCsv(edit(rowsOf(exportTerritoryCsv(doc))));
}
export const setCell = (rows: string[][], id: string, column: (typeof TERRITORY_CSV_COLUMNS)[number], value: string) =>
  rows.map((r) => (r[0] === id ? r.map((c, i) => (i === col(column) ? value : c)) : r));
