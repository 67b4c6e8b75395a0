import { summarizeChange } from "../domain/before-after.ts";
import { notFound, ParleyError } from "../domain/errors.ts";
import type { ScenarioDocument } from "../domain/scenario.ts";
import { parseStoredDocument } from "../domain/versioning.ts";
import type { Db } from "./client.ts";
import { requireEditSecret, updateScenario, type ScenarioRecord } from "./scenarios.ts";

// The immutable history of a versioned document (a scenario, a profile set): one revision per
// save, numbered from 1; restoring saves an old revision again as a new one. Each kind of document
// describes its storage in a RevisionStore; revisionHistory() gives it list, read-at and restore.

export interface RevisionSummary {
  number: number;
  createdAt: string;
  restoredFrom: number | null;
  /** One line on what this revision changed against the one before it. */
  summary: string;
  isCurrent: boolean;
}

export interface RevisionRow {
  number: number;
  createdAt: Date;
  restoredFrom: number | null;
  /** The stored JSON. */
  document: string;
}

export interface SaveInput<Doc> {
  id: string;
  baseVersion: number;
  document: Doc;
  editSecret: string;
}

/** How one kind of document keeps its revisions. */
export interface RevisionStore<Doc, Saved> {
  /** "scenario", "profile set": for messages. */
  noun: string;
  /** The record's current version and title, or null if it does not exist (or is deleted). */
  current(db: Db, id: string): Promise<{ version: number; title: string } | null>;
  /** Every stored revision, oldest first. */
  rows(db: Db, id: string): Promise<RevisionRow[]>;
  row(db: Db, id: string, number: number): Promise<{ document: string } | null>;
  parse(json: string): Doc;
  title(document: Doc): string;
  /** One line on what changed from `before` to `after`. */
  summarize(before: Doc, after: Doc): string;
  requireEditSecret(db: Db, id: string, secret: string): Promise<void>;
  /** Saves a new revision (CONFLICT on a stale baseVersion), remembering which revision it restores. */
  save(db: Db, input: SaveInput<Doc>, options: { restoredFrom: number }): Promise<Saved>;
}

export interface DocumentAt<Doc> {
  id: string;
  title: string;
  /** The revision read; the current one when none was asked for. */
  revision: number;
  isCurrent: boolean;
  document: Doc;
}

export interface RevisionHistory<Doc, Saved> {
  /** Newest first. */
  list(db: Db, id: string): Promise<{ id: string; title: string; revisions: RevisionSummary[] }>;
  /** The document as it was at a revision, or as it is now. */
  at(db: Db, id: string, revision?: number): Promise<DocumentAt<Doc>>;
  /** Makes an earlier revision current again by saving it as a new revision; every later revision stays. */
  restore(db: Db, input: { id: string; revision: number; baseVersion?: number; editSecret: string }): Promise<Saved>;
}

export function revisionHistory<Doc, Saved>(store: RevisionStore<Doc, Saved>): RevisionHistory<Doc, Saved> {
  const requireRecord = async (db: Db, id: string) => {
    const record = await store.current(db, id);
    if (!record) throw notFound(store.noun, id);
    return record;
  };
  const at = async (db: Db, id: string, revision?: number): Promise<DocumentAt<Doc>> => {
    const record = await requireRecord(db, id);
    const number = revision ?? record.version;
    const row = await store.row(db, id, number);
    if (!row)
      throw new ParleyError(
        "not_found",
        `${store.noun[0]!.toUpperCase()}${store.noun.slice(1)} "${id}" has no revision ${number}`,
      );
    const document = store.parse(row.document);
    return { id, title: store.title(document), revision: number, isCurrent: number === record.version, document };
  };
  return {
    async list(db, id) {
      const record = await requireRecord(db, id);
      const rows = await store.rows(db, id);
      let previous: Doc | null = null;
      const revisions = rows.map((row): RevisionSummary => {
        const document = store.parse(row.document);
        const summary =
          row.restoredFrom !== null
            ? `Restored revision ${row.restoredFrom}`
            : previous !== null
              ? store.summarize(previous, document)
              : row.number === 1
                ? "Created"
                : "Earliest version kept";
        previous = document;
        return {
          number: row.number,
          createdAt: row.createdAt.toISOString(),
          restoredFrom: row.restoredFrom,
          summary,
          isCurrent: row.number === record.version,
        };
      });
      return { id, title: record.title, revisions: revisions.reverse() };
    },
    at,
    async restore(db, input) {
      await store.requireEditSecret(db, input.id, input.editSecret);
      const current = await requireRecord(db, input.id);
      const old = await at(db, input.id, input.revision);
      return store.save(
        db,
        { id: input.id, baseVersion: input.baseVersion ?? current.version, document: old.document, editSecret: input.editSecret },
        { restoredFrom: input.revision },
      );
    },
  };
}

const scenarioHistory = revisionHistory<ScenarioDocument, ScenarioRecord>({
  noun: "scenario",
  current: (db, id) => db.scenario.findFirst({ where: { id, deletedAt: null }, select: { title: true, version: true } }),
  rows: (db, id) =>
    db.scenarioRevision.findMany({
      where: { scenarioId: id },
      select: { number: true, createdAt: true, restoredFrom: true, document: true },
      orderBy: { number: "asc" },
    }),
  row: (db, id, number) =>
    db.scenarioRevision.findUnique({ where: { scenarioId_number: { scenarioId: id, number } }, select: { document: true } }),
  parse: parseStoredDocument,
  title: (document) => document.title,
  summarize: summarizeChange,
  requireEditSecret: (db, id, secret) => requireEditSecret(db, id, secret),
  save: updateScenario,
});

/** A scenario's revisions, newest first. */
export async function listRevisions(
  db: Db,
  id: string,
): Promise<{ scenarioId: string; title: string; revisions: RevisionSummary[] }> {
  const { title, revisions } = await scenarioHistory.list(db, id);
  return { scenarioId: id, title, revisions };
}

/** A scenario as it was at a revision, or as it is now. */
export const getDocumentAt = (db: Db, id: string, revision?: number): Promise<DocumentAt<ScenarioDocument>> =>
  scenarioHistory.at(db, id, revision);

/** Saves an earlier revision of a scenario as a new revision. */
export const restoreRevision = (
  db: Db,
  input: { id: string; revision: number; baseVersion?: number; editSecret: string },
): Promise<ScenarioRecord> => scenarioHistory.restore(db, input);
