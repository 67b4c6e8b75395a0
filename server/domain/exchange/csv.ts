import { unassignedKm2 } from "../derived.ts";
import { issueInWords } from "../issue-words.ts";
import { REGION_BASES, TERM_STATUSES, ZONES, optionLabel, type TermStatus, type Zone } from "../options.ts";
import { REGIONS, REGIONS_BY_NAME, regionById, type RegionId } from "../reference/regions.ts";
import type { RegionTerm } from "../scenario.ts";
import { Territory } from "../scenario.ts";
import { UTF8_BOM, exceedsBytes, stripBom, tooBig, utf8ByteLength } from "./text.ts";

// A scenario's territory table as CSV, for spreadsheets: one row per region. Export writes RFC 4180
// (quoted where needed, CRLF line ends) behind a UTF-8 byte-order mark, so spreadsheet apps read
// "km²" and Cyrillic notes correctly. Text cells a spreadsheet would run as a formula are defused
// with a leading apostrophe, which import takes off again. Import checks every row against the
// same per-region schema the editor uses and reports all problems, each with its line and column;
// it never returns a partly imported table.

export const TERRITORY_CSV_COLUMNS = [
  "region_id",
  "region",
  "country",
  "area_km2",
  "russia_km2",
  "ukraine_km2",
  "contested_km2",
  "unassigned_km2",
  "zone",
  "basis",
  "status",
  "note",
] as const;
export type TerritoryCsvColumn = (typeof TERRITORY_CSV_COLUMNS)[number];

/** Columns an import needs; zone, basis, status and note are optional (missing ones keep the current values). The rest are ignored. */
export const REQUIRED_TERRITORY_CSV_COLUMNS = ["region_id", "russia_km2", "ukraine_km2", "contested_km2"] as const;

export const MAX_TERRITORY_CSV_BYTES = 200_000;

export interface TerritoryCsvProblem {
  /** 1-based line of the file (the header is line 1; a row's first line if a cell spans lines); 0 for the file as a whole. */
  line: number;
  column?: string;
  message: string;
}

export type ParseTerritoryCsvResult = { ok: true; territory: Territory } | { ok: false; problems: TerritoryCsvProblem[] };

// ---------------------------------------------------------------------------------------------
// Export

/** Characters that make a spreadsheet cell a formula (or, for the apostrophe, our own escape). */
const FORMULA_START = /^[=+\-@\t\r']/;

/** Prefixes a text cell a spreadsheet would evaluate with an apostrophe (which spreadsheets hide). */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula: an apostrophe is taken off only where export would have added it. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The territory table as CSV text (starting with a BOM, CRLF line ends). */
export function exportTerritoryCsv(doc: { terms: { territory: Territory } }): string {
  const text = (s: string) => quote(neutraliseFormula(s));
  const num = (n: number) => String(n);
  const lines = [TERRITORY_CSV_COLUMNS.join(",")];
  for (const region of REGIONS_BY_NAME) {
    const id = region.id as RegionId;
    const term = doc.terms.territory[id];
    lines.push(
      [
        text(region.id),
        text(region.name),
        text(region.country),
        num(region.areaKm2),
        num(term.russiaKm2),
        num(term.ukraineKm2),
        num(term.contestedKm2),
        num(unassignedKm2(id, term)),
        text(term.zone),
        text(term.basis),
        text(term.status ?? ""),
        text(term.note),
      ].join(","),
    );
  }
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading CSV records

interface CsvRecord {
  line: number;
  cells: string[];
}

/** Splits RFC 4180 text into records (CRLF, LF or CR line ends); blank lines are skipped. */
export function readCsvRecords(text: string): { records: CsvRecord[]; problems: TerritoryCsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: TerritoryCsvProblem[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  const atLineEnd = () => text[i] === "\n" || text[i] === "\r";
  const skipLineEnd = () => {
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else i += 1;
    line++;
  };

  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let onlyBlank = true;
    // One record: cells separated by commas, up to a line end outside quotes.
    while (true) {
      let cell = "";
      if (text[i] === '"') {
        onlyBlank = false;
        const cellLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
          cell += c;
          i++;
        }
        if (!closed) {
          problems.push({ line: cellLine, message: 'A quoted cell is never closed (a missing ")' });
          cells.push(cell);
          records.push({ line: recordLine, cells });
          return { records, problems };
        }
        if (i < n && text[i] !== "," && !atLineEnd()) {
          problems.push({ line, message: "Text after a closing quote; quote the whole cell and double any quotes inside it" });
          while (i < n && text[i] !== "," && !atLineEnd()) cell += text[i++];
        }
      } else {
        while (i < n && text[i] !== "," && !atLineEnd()) cell += text[i++];
        if (cell !== "") onlyBlank = false;
      }
      cells.push(cell);
      if (i < n && text[i] === ",") {
        onlyBlank = false;
        i++;
        continue;
      }
      if (i < n) skipLineEnd();
      break;
    }
    if (!onlyBlank) records.push({ line: recordLine, cells });
  }
  return { records, problems };
}

// ---------------------------------------------------------------------------------------------
// Import

const FIELD_OF_COLUMN = {
  russia_km2: "russiaKm2",
  ukraine_km2: "ukraineKm2",
  contested_km2: "contestedKm2",
} as const;
const COLUMN_OF_FIELD: Record<string, TerritoryCsvColumn> = {
  russiaKm2: "russia_km2",
  ukraineKm2: "ukraine_km2",
  contestedKm2: "contested_km2",
  zone: "zone",
  basis: "basis",
  status: "status",
  note: "note",
};

/** "1,150", "1150.5", "0.25", "1e3" → number; thousands separators must group by three. */
const NUMBER = /^(-)?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:[eE][+-]?\d+)?$/;

export function parseKm2Cell(cell: string): { ok: true; value: number } | { ok: false; message: string } {
  const s = restoreFormula(cell.trim()).trim();
  if (s === "") return { ok: false, message: "Enter a number of km²" };
  const m = NUMBER.exec(s);
  if (!m || (m[2] === "" && !m[3])) return { ok: false, message: `Not a number: ${shown(s)} (write e.g. 1150 or 1,150.5)` };
  const value = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { ok: false, message: `Not a finite number: ${shown(s)}` };
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}

function shown(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}…` : s);
}

const normaliseWord = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** A closed-vocabulary cell: the stored value or its label, in any case ("Buffer zone", "buffer"). */
function matchOption<T extends string>(cell: string, options: readonly T[], extra: Record<string, T> = {}): T | undefined {
  const wanted = normaliseWord(cell);
  return options.find((o) => o === wanted || normaliseWord(optionLabel(o)) === wanted) ?? extra[wanted];
}

const ZONE_ALIASES: Record<string, Zone> = { "": "none", no_zone: "none" };

/** The header's column names: trimmed, lower-case, spaces as underscores ("Region ID" → region_id). */
const normaliseHeader = (cell: string) => normaliseWord(cell);

/**
 * Reads a territory table exported by exportTerritoryCsv (or edited in a spreadsheet). Every region
 * must appear exactly once. Columns zone, status and note are optional: where one is missing, each
 * region keeps its value from `current`. Never throws.
 */
export function parseTerritoryCsv(text: string, current: Territory): ParseTerritoryCsvResult {
  if (exceedsBytes(text, MAX_TERRITORY_CSV_BYTES)) {
    return {
      ok: false,
      problems: [{ line: 0, message: tooBig(utf8ByteLength(text), MAX_TERRITORY_CSV_BYTES, "a territory CSV") }],
    };
  }
  const { records, problems } = readCsvRecords(stripBom(text));
  const [header, ...rows] = records;
  if (!header)
    return {
      ok: false,
      problems: problems.length
        ? problems
        : [{ line: 1, message: "The file is empty; expected a header row and one row per region" }],
    };

  // Header: which column holds what.
  const index = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = normaliseHeader(restoreFormula(cell));
    if (name === "") return;
    if (index.has(name)) problems.push({ line: header.line, column: name, message: `Column "${name}" appears twice` });
    else index.set(name, i);
  });
  const missingColumns = REQUIRED_TERRITORY_CSV_COLUMNS.filter((c) => !index.has(c));
  for (const column of missingColumns) problems.push({ line: header.line, column, message: `Missing the column "${column}"` });
  if (missingColumns.length) {
    return {
      ok: false,
      problems: [
        ...problems,
        {
          line: header.line,
          message: `The first row must name the columns: at least ${REQUIRED_TERRITORY_CSV_COLUMNS.join(", ")}`,
        },
      ],
    };
  }

  const seen = new Map<string, number>();
  const parsed = new Map<RegionId, RegionTerm>();
  for (const row of rows) {
    const cell = (column: string): string | undefined => {
      const at = index.get(column);
      return at === undefined ? undefined : (row.cells[at] ?? "");
    };
    const extra = row.cells.slice(header.cells.length).filter((c) => c.trim() !== "");
    if (extra.length)
      problems.push({
        line: row.line,
        message: `${row.cells.length} cells, but the header names ${header.cells.length} columns`,
      });

    const rawId = restoreFormula(cell("region_id")!.trim()).trim();
    if (rawId === "") {
      problems.push({ line: row.line, column: "region_id", message: "Missing the region id (e.g. UA-63)" });
      continue;
    }
    const region = regionById(rawId.toUpperCase());
    if (!region) {
      problems.push({ line: row.line, column: "region_id", message: `Unknown region ${shown(rawId)}` });
      continue;
    }
    const id = region.id as RegionId;
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      problems.push({
        line: row.line,
        column: "region_id",
        message: `${region.shortName} (${id}) appears twice (also on line ${firstLine})`,
      });
      continue;
    }
    seen.set(id, row.line);

    const candidate: Record<string, unknown> = { ...current[id] };
    let readable = true;
    for (const [column, field] of Object.entries(FIELD_OF_COLUMN)) {
      const value = parseKm2Cell(cell(column)!);
      if (value.ok) candidate[field] = value.value;
      else {
        readable = false;
        problems.push({ line: row.line, column, message: value.message });
      }
    }
    const zoneCell = cell("zone");
    if (zoneCell !== undefined) {
      const zone = matchOption(restoreFormula(zoneCell.trim()), ZONES, ZONE_ALIASES);
      if (zone) candidate.zone = zone;
      else {
        readable = false;
        problems.push({
          line: row.line,
          column: "zone",
          message: `Unknown zone ${shown(zoneCell.trim())}; use ${ZONES.join(", ")}`,
        });
      }
    }
    const basisCell = cell("basis");
    if (basisCell !== undefined) {
      const basis = basisCell.trim() === "" ? "entered" : matchOption(restoreFormula(basisCell.trim()), REGION_BASES);
      if (basis) candidate.basis = basis;
      else {
        readable = false;
        problems.push({
          line: row.line,
          column: "basis",
          message: `Unknown basis ${shown(basisCell.trim())}; use ${REGION_BASES.join(", ")}`,
        });
      }
    }
    const statusCell = cell("status");
    if (statusCell !== undefined) {
      const wanted = restoreFormula(statusCell.trim());
      const status: TermStatus | null | undefined = wanted.trim() === "" ? null : matchOption(wanted, TERM_STATUSES);
      if (status !== undefined) candidate.status = status;
      else {
        readable = false;
        problems.push({
          line: row.line,
          column: "status",
          message: `Unknown status ${shown(statusCell.trim())}; use ${TERM_STATUSES.join(", ")} or leave it empty`,
        });
      }
    }
    const noteCell = cell("note");
    if (noteCell !== undefined) candidate.note = restoreFormula(noteCell);
    if (!readable) continue;

    // The same rules as the editor: each figure within the area, the three together too.
    const checked = Territory.shape[id].safeParse(candidate);
    if (checked.success) parsed.set(id, checked.data);
    else {
      for (const issue of checked.error.issues) {
        const column = COLUMN_OF_FIELD[String(issue.path[0])];
        problems.push({
          line: row.line,
          ...(column ? { column } : {}),
          message: issueInWords({ ...issue, path: ["terms", "territory", id, ...issue.path] }),
        });
      }
    }
  }

  for (const region of REGIONS) {
    if (!seen.has(region.id))
      problems.push({ line: 0, column: "region_id", message: `No row for ${region.shortName} (${region.id})` });
  }
  if (problems.length) return { ok: false, problems };

  const territory = Object.fromEntries(REGIONS.map((r) => [r.id, parsed.get(r.id)!]));
  // Belt and braces: the result must be a valid table as a whole.
  const whole = Territory.safeParse(territory);
  if (!whole.success) {
    return {
      ok: false,
      problems: whole.error.issues.map((issue) => ({
        line: seen.get(String(issue.path[0])) ?? 0,
        ...(COLUMN_OF_FIELD[String(issue.path[1])] ? { column: COLUMN_OF_FIELD[String(issue.path[1])] } : {}),
        message: issueInWords({ ...issue, path: ["terms", "territory", ...issue.path] }),
      })),
    };
  }
  return { ok: true, territory: whole.data as Territory };
}
