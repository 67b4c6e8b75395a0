import { notFound, ParleyError } from "../domain/errors.ts";
import type { Db } from "./client.ts";
import type { DbClient } from "./document-kind.ts";
import type { DocumentStore, SaveInput } from "./document-store.ts";

// The immutable history of a versioned document (a scenario, a profile set): one revision per
// save, numbered from 1; restoring saves an old revision again as a new one. Every kind gets list,
// read-at and restore from its store (document-store.ts).

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

export interface RevisionHistory<Doc, Saved> {
  /** Newest first. */
  list(db: DbClient, id: string): Promise<{ id: string; title: string; revisions: RevisionSummary[] }>;
  /** The document as it was at a revision, or as it is now. */
  at(db: DbClient, id: string, revision?: number): Promise<DocumentAt<Doc>>;
  /** Makes an earlier revision current again by saving it as a new revision; every later revision stays. */
  restore(db: Db, input: { id: string; revision: number; baseVersion?: number; editSecret: string }): Promise<Saved>;
}

/** `save` is the kind's update, answering what its update procedure answers. */
export function revisionHistory<Doc extends { schemaVersion: number }, Saved>(
  store: DocumentStore<Doc>,
  save: (db: Db, input: SaveInput<Doc>, options: { restoredFrom: number }) => Promise<Saved>,
): RevisionHistory<Doc, Saved> {
  const { kind } = store;
  const requireRecord = async (db: DbClient, id: string) => {
    const row = await kind.records(db).findFirst({ where: { id, deletedAt: null }, select: { version: true, [kind.titleColumn]: true } });
    if (!row) throw notFound(kind.noun, id);
    return { version: row.version, title: row[kind.titleColumn] as string };
  };
  const at = async (db: DbClient, id: string, revision?: number): Promise<DocumentAt<Doc>> => {
    const record = await requireRecord(db, id);
    const number = revision ?? record.version;
    const row = await kind.revisions(db).findFirst({ where: { [kind.revisionOwner]: id, number }, select: { document: true } });
    if (!row) throw new ParleyError("not_found", `${kind.noun[0]!.toUpperCase()}${kind.noun.slice(1)} "${id}" has no revision ${number}`);
    const document = kind.parse(row.document);
    return { id, title: kind.title(document), revision: number, isCurrent: number === record.version, document };
  };
  return {
    async list(db, id) {
      const record = await requireRecord(db, id);
      const rows = await kind.revisions(db).findMany({
        where: { [kind.revisionOwner]: id },
        select: { number: true, createdAt: true, restoredFrom: true, document: true },
        orderBy: { number: "asc" },
      });
      let previous: Doc | null = null;
      const revisions = rows.map((row): RevisionSummary => {
        const document = kind.parse(row.document);
        const summary =
          row.restoredFrom !== null
            ? `Restored revision ${row.restoredFrom}`
            : previous !== null
              ? kind.summarize(previous, document)
              : row.number === 1
                ? "Created"
                : "Earliest version kept";
        previous = document;
        return { number: row.number, createdAt: row.createdAt.toISOString(), restoredFrom: row.restoredFrom, summary, isCurrent: row.number === record.version };
      });
      return { id, title: record.title, revisions: revisions.reverse() };
    },
    at,
    async restore(db, input) {
      await store.requireEditSecret(db, input.id, input.editSecret);
      const current = await requireRecord(db, input.id);
      const old = await at(db, input.id, input.revision);
      return save(
        db,
        { id: input.id, baseVersion: input.baseVersion ?? current.version, document: old.document, editSecret: input.editSecret },
        { restoredFrom: input.revision },
      );
    },
  };
}
