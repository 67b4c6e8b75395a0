import type { z } from "zod";
import { issueInWords } from "../issue-words.ts";
import { CURRENT_SCHEMA_VERSION, ScenarioDocument } from "../scenario.ts";
import { UPGRADES, upgradeDocument } from "../versioning.ts";
import { findJsonSyntaxError } from "./json-syntax.ts";
import { exceedsBytes, lineAndColumn, stripBom, tooBig, utf8ByteLength } from "./text.ts";

// A scenario as a file: what "Export JSON" writes and "Import" reads. The file wraps the stored
// document with a little metadata; a bare document (what the API returns) is accepted too. Import
// runs the same upgrade as reading from the database (versioning.ts), so files exported by older
// builds keep importing, and reports every problem it finds, each at its path in the file.

export const SCENARIO_FILE_FORMAT = "parley-scenario";
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  source?: { id: string };
  document: ScenarioDocument;
}

export interface ScenarioFileProblem {
  /** Dotted path in the file ("document.terms.territory.UA-63.russiaKm2"); "" for the file as a whole. */
  path: string;
  message: string;
}

export type ParseScenarioFileResult = { ok: true; document: ScenarioDocument } | { ok: false; problems: ScenarioFileProblem[] };

/** The file's text: pretty-printed JSON ending in a newline. */
export function exportScenarioJson(doc: ScenarioDocument, meta: { id?: string; exportedAt?: string } = {}): string {
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    schemaVersion: doc.schemaVersion,
    exportedAt: meta.exportedAt ?? new Date().toISOString(),
    ...(meta.id !== undefined ? { source: { id: meta.id } } : {}),
    document: doc,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (o: Json, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const join = (prefix: string, path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter((p) => p !== "").join(".");
const fail = (...problems: ScenarioFileProblem[]): ParseScenarioFileResult => ({ ok: false, problems });

function describeJson(value: unknown): string {
  if (value === undefined) return "nothing";
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
}

/** The problem with a schema version, or null when it is one this build reads. */
function versionProblem(path: string, version: unknown): ScenarioFileProblem | null {
  if (version === undefined) return { path, message: "Missing the schema version" };
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { path, message: `Expected a schema version (a whole number from 1), found ${describeJson(version)}` };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      path,
      message: `This file was written by a newer version of Parley (schema version ${version}); this version reads schema versions up to ${CURRENT_SCHEMA_VERSION}. Update Parley to import it.`,
    };
  }
  return null;
}

const isTooNew = (version: unknown) =>
  typeof version === "number" && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION;

/** Reads an exported file (or a bare scenario document). Never throws: anything wrong comes back as problems. */
export function parseScenarioFile(text: string): ParseScenarioFileResult {
  if (exceedsBytes(text, MAX_SCENARIO_FILE_BYTES)) {
    return fail({ path: "", message: tooBig(utf8ByteLength(text), MAX_SCENARIO_FILE_BYTES, "a scenario file") });
  }
  const body = stripBom(text);
  if (body.trim() === "") return fail({ path: "", message: "The file is empty" });

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const found = findJsonSyntaxError(body);
    if (!found) return fail({ path: "", message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    const { line, column } = lineAndColumn(body, found.offset);
    return fail({
      path: "",
      message: `Not valid JSON at line ${line}, column ${column} (character ${found.offset + 1}): ${found.message}`,
    });
  }
  if (!isObject(raw))
    return fail({
      path: "",
      message: `Expected a Parley scenario (a JSON object), found ${Array.isArray(raw) ? "a list" : describeJson(raw)}`,
    });

  // A file with a format or document key is an export; anything else is taken as a bare document.
  if (!has(raw, "format") && !has(raw, "document")) return parseDocument(raw, "");

  if (raw.format !== SCENARIO_FILE_FORMAT) {
    return fail({
      path: "format",
      message:
        raw.format === undefined
          ? `Missing "format": expected "${SCENARIO_FILE_FORMAT}"`
          : `Not a Parley scenario file: format is ${describeJson(raw.format)}, expected "${SCENARIO_FILE_FORMAT}"`,
    });
  }
  // Too new: nothing else in the file can be judged by this build's rules.
  if (isTooNew(raw.schemaVersion)) return fail(versionProblem("schemaVersion", raw.schemaVersion)!);
  if (isObject(raw.document) && isTooNew(raw.document.schemaVersion))
    return fail(versionProblem("document.schemaVersion", raw.document.schemaVersion)!);

  const problems: ScenarioFileProblem[] = [];
  const fileVersion = versionProblem("schemaVersion", raw.schemaVersion);
  if (fileVersion) problems.push(fileVersion);
  if (!has(raw, "document")) return fail(...problems, { path: "document", message: "Missing the scenario (document)" });
  if (!isObject(raw.document))
    return fail(...problems, {
      path: "document",
      message: `Expected the scenario as a JSON object, found ${Array.isArray(raw.document) ? "a list" : describeJson(raw.document)}`,
    });
  const documentVersionReadable = versionProblem("", raw.document.schemaVersion) === null;
  if (!fileVersion && documentVersionReadable && raw.document.schemaVersion !== raw.schemaVersion) {
    problems.push({
      path: "schemaVersion",
      message: `The file says schema version ${describeJson(raw.schemaVersion)} but its document says ${describeJson(raw.document.schemaVersion)}`,
    });
  }
  const result = parseDocument(raw.document, "document");
  if (problems.length === 0) return result;
  return fail(...problems, ...(result.ok ? [] : result.problems));
}

/** Upgrades (versioning.ts) and validates a document found at `prefix` in the file, listing every problem. */
function parseDocument(raw: Json, prefix: string): ParseScenarioFileResult {
  const version = raw.schemaVersion;
  const badVersion = versionProblem(join(prefix, ["schemaVersion"]), version);
  if (badVersion && isTooNew(version)) return fail(badVersion);
  if (badVersion) {
    // Without a readable version the upgrade cannot run; judge the rest by the current schema so the other problems are listed too.
    const rest = ScenarioDocument.safeParse({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION });
    return fail(badVersion, ...(rest.success ? [] : schemaProblems(rest.error, prefix)));
  }
  // Watch the upgrade so that, when the upgraded document fails validation, every issue can be listed
  // (upgradeDocument reports only the first).
  let upgraded: unknown = raw;
  const watched = Object.fromEntries(
    Object.entries(UPGRADES).map(([from, step]) => [
      from,
      (doc: Record<string, unknown>) => (upgraded = step(doc)) as Record<string, unknown>,
    ]),
  );
  try {
    return { ok: true, document: upgradeDocument(raw, watched) };
  } catch (error) {
    const reachedCurrent = isObject(upgraded) && upgraded.schemaVersion === CURRENT_SCHEMA_VERSION;
    if (reachedCurrent) {
      const parsed = ScenarioDocument.safeParse(upgraded);
      if (!parsed.success) return fail(...schemaProblems(parsed.error, prefix));
    }
    const message = error instanceof Error ? error.message : String(error);
    return fail({
      path: join(prefix, ["schemaVersion"]),
      message: `Could not upgrade this scenario from schema version ${String(version)}: ${message}`,
    });
  }
}

function schemaProblems(error: z.ZodError, prefix: string): ScenarioFileProblem[] {
  const seen = new Set<string>();
  const problems: ScenarioFileProblem[] = [];
  for (const issue of error.issues) {
    // Named in words ("Kharkiv: Russia's km² can't be negative"); the path stays for the reader to find it.
    const problem = { path: join(prefix, issue.path), message: issueInWords(issue) };
    const key = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}
