import { notFound } from "../domain/errors.ts";
import type { Db } from "./client.ts";
import type { DbClient } from "./document-kind.ts";
import { restoredSummary, type StoredRecord } from "./document-record.ts";
import type { DocumentStore } from "./document-store.ts";
import { decodeRevision, ENCODED_COLUMNS } from "./revision-codec.ts";

// The immutable history of a versioned document (a scenario, a profile set): one revision per
// save, numbered from 1, each with its one-line summary written with it; restoring saves an old
// revision again as a new one. Every kind gets list (in pages), read-at and restore from its store.

export interface RevisionSummary {
  number: number;
  createdAt: string;
  restoredFrom: number | null;
  /** One line on what this revision changed against the one before it. */
  summary: string;
  isCurrent: boolean;
}

export interface DocumentAt<Doc> {
  id: string;
  title: string;
  /** The revision read; the current one when none was asked for. */
  revision: number;
  isCurrent: boolean;
  document: Doc;
}

export interface HistoryPage {
  id: string;
  title: string;
  /** Newest first. */
  items: RevisionSummary[];
  /** Pass as `cursor` for the next (older) page; null on the last. */
  nextCursor: number | null;
}

export interface RevisionHistory<Doc, Saved> {
  /** A page of revisions, newest first, older than `cursor` (a revision number) when given. */
  list(db: DbClient, input: { id: string; cursor?: number; limit?: number }): Promise<HistoryPage>;
  /** The document as it was at a revision, or as it is now. */
  at(db: DbClient, id: string, revision?: number): Promise<DocumentAt<Doc>>;
  /** Makes an earlier revision current again by saving it as a new revision; every later revision stays. */
  restore(db: Db, input: { id: string; revision: number; baseVersion?: number; editSecret: string }): Promise<Saved>;
}

export const HISTORY_PAGE = 50;

/** Restore answers what the kind's update answers. */
export function revisionHistory<Doc extends { schemaVersion: number }, Detail extends object>(
  store: DocumentStore<Doc, Detail>,
): RevisionHistory<Doc, StoredRecord<Doc> & Detail> {
  const { kind } = store;
  const requireRecord = async (db: DbClient, id: string) => {
    const row = await kind
      .records(db)
      .findFirst({ where: { id, deletedAt: null }, select: { version: true, [kind.titleColumn]: true } });
    if (!row) throw notFound(kind.noun, id);
    return { version: row.version, title: row[kind.titleColumn] as string };
  };
  const at = async (db: DbClient, id: string, revision?: number): Promise<DocumentAt<Doc>> => {
    const record = await requireRecord(db, id);
    const number = revision ?? record.version;
    const document = await store.revisionAt(db, id, number);
    return { id, title: kind.title(document), revision: number, isCurrent: number === record.version, document };
  };
  return {
    async list(db, { id, cursor, limit = HISTORY_PAGE }) {
      const record = await requireRecord(db, id);
      const page = () =>
        kind.revisions(db).findMany({
          where: { [kind.revisionOwner]: id, ...(cursor === undefined ? {} : { number: { lt: cursor } }) },
          select: { number: true, createdAt: true, restoredFrom: true, summary: true },
          orderBy: { number: "desc" },
          take: limit + 1,
        });
      let rows = await page();
      // A database written before summaries were, not started since: fill this record's in once.
      if (rows.some((row) => row.summary === null) && (await fillRevisionSummaries(db, store, id)) > 0) rows = await page();
      const items = rows.slice(0, limit).map((row): RevisionSummary => ({
        number: row.number,
        createdAt: row.createdAt.toISOString(),
        restoredFrom: row.restoredFrom,
        summary: row.summary!,
        isCurrent: row.number === record.version,
      }));
      return { id, title: record.title, items, nextCursor: rows.length > limit ? items.at(-1)!.number : null };
    },
    at,
    async restore(db, input) {
      await store.requireEditSecret(db, input.id, input.editSecret);
      const current = await requireRecord(db, input.id);
      const old = await at(db, input.id, input.revision);
      return store.update(
        db,
        { id: input.id, baseVersion: input.baseVersion ?? current.version, document: old.document, editSecret: input.editSecret },
        { restoredFrom: input.revision },
      );
    },
  };
}

/**
 * Writes the summaries of revisions stored before summaries were (on start, and when a history page
 * meets one; idempotent): each against the revision before it, as the history once computed them.
 */
export async function fillRevisionSummaries<Doc extends { schemaVersion: number }, Detail extends object>(
  db: DbClient,
  store: DocumentStore<Doc, Detail>,
  only?: string,
): Promise<number> {
  const { kind } = store;
  const owners = await kind.revisions(db).findMany({
    where: { summary: null, ...(only === undefined ? {} : { [kind.revisionOwner]: only }) },
    select: { [kind.revisionOwner]: true },
  });
  const ids = [...new Set(owners.map((o) => (o as unknown as Record<string, string>)[kind.revisionOwner]!))];
  for (const id of ids) {
    const rows = await kind.revisions(db).findMany({
      where: { [kind.revisionOwner]: id },
      select: { number: true, restoredFrom: true, summary: true, schemaVersion: true, ...ENCODED_COLUMNS },
      orderBy: { number: "asc" },
    });
    let previous: Doc | null = null;
    for (const row of rows) {
      const document = store.read(decodeRevision(row), row.schemaVersion);
      if (row.summary === null) {
        const summary =
          row.restoredFrom !== null
            ? restoredSummary(row.restoredFrom)
            : previous !== null
              ? kind.summarize(previous, document)
              : row.number === 1
                ? "Created"
                : "Earliest version kept";
        await kind.revisions(db).updateMany({ where: { [kind.revisionOwner]: id, number: row.number }, data: { summary } });
      }
      previous = document;
    }
  }
  return ids.length;
}
