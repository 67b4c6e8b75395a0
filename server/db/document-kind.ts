import type { Db } from "./client.ts";
import type { Prisma } from "./generated/client.ts";
import type { EncodedRevision } from "./revision-codec.ts";

// What the one document store (document-store.ts) needs to know about a kind of document
// (a scenario, a profile set, what comes next): its tables, how its documents are read, titled,
// summarised and listed. Each kind is one small descriptor (scenarios.ts, profile-sets.ts).

/** The client or a transaction on it: every store function runs on either. */
export type DbClient = Db | Prisma.TransactionClient;

type Where = Record<string, unknown>;
type Data = Record<string, unknown>;
type Select = Record<string, boolean>;
type Order = Record<string, unknown> | Record<string, unknown>[];

/**
 * The part of a Prisma model delegate the store uses, typed loosely: the kinds' tables share the
 * columns the store reads and writes (see StoredRow), under their own model names.
 */
export interface RecordTable {
  findFirst(args: { where: Where; select: Select }): Promise<StoredRow | null>;
  findMany(args: { where: Where; select: Select; orderBy?: Order; take?: number }): Promise<StoredRow[]>;
  create(args: { data: Data; select: Select }): Promise<StoredRow>;
  updateMany(args: { where: Where; data: Data }): Promise<{ count: number }>;
}

export interface RevisionTable {
  findFirst(args: { where: Where; select: Select }): Promise<StoredRevision | null>;
  findMany(args: { where: Where; select: Select; orderBy?: Order; take?: number }): Promise<StoredRevision[]>;
  create(args: { data: Data }): Promise<unknown>;
  updateMany(args: { where: Where; data: Data }): Promise<{ count: number }>;
}

/** The columns every kind's record table has (the title column is named by the kind). */
export interface StoredRow {
  id: string;
  schemaVersion: number;
  document: string;
  version: number;
  parentId: string | null;
  seedKey: string | null;
  published: boolean;
  editSecretHash: string | null;
  createdAt: Date;
  updatedAt: Date;
  [column: string]: unknown;
}

export interface StoredRevision extends EncodedRevision {
  number: number;
  schemaVersion: number;
  summary: string | null;
  restoredFrom: number | null;
  createdAt: Date;
}

export type Noun = "scenario" | "profile set";

/**
 * A kind's two tables by its Prisma model's name: `model` and `${model}Revision`, whose column
 * `${model}Id` names the record (the convention every kind's schema follows).
 */
export function modelTables(
  model: "scenario" | "profileSet",
): Pick<DocumentKind<never>, "records" | "revisions" | "revisionOwner" | "table" | "revisionTable"> {
  const revisionModel = `${model}Revision` as const;
  return {
    table: model[0]!.toUpperCase() + model.slice(1),
    revisionTable: revisionModel[0]!.toUpperCase() + revisionModel.slice(1),
    records: (db) => db[model] as unknown as RecordTable,
    revisions: (db) => db[revisionModel] as unknown as RevisionTable,
    revisionOwner: `${model}Id`,
  };
}

export interface DocumentKind<Doc extends { schemaVersion: number }> {
  /** For messages: "scenario", "profile set". */
  noun: Noun;
  records(db: DbClient): RecordTable;
  revisions(db: DbClient): RevisionTable;
  /** The revision table's column naming its record ("scenarioId"). */
  revisionOwner: string;
  /** The record table's name in SQL ("Scenario"). */
  table: string;
  /** The revision table's name in SQL ("ScenarioRevision"). */
  revisionTable: string;
  /** The record table's title column ("title", "name"); `${titleColumn}Search` holds it lower-cased for search. */
  titleColumn: string;
  /** The schema version this build writes: stored documents of it were validated on write. */
  schemaVersion: number;
  /** Reads a stored document, upgrading older schema versions and validating. */
  parse(json: string): Doc;
  title(document: Doc): string;
  /** The kind's own columns kept from the document on every save (besides title, schema version, document). */
  columns(document: Doc): Data;
  /** One of `columns`, null only on rows from before those columns: the rows to fill in on start. */
  listedColumn: string;
  /** One line on what a save changed from `before` to `after`. */
  summarize(before: Doc, after: Doc): string;
  /**
   * Seeds refused whatever the secret, with this error (profile sets); without it a seed is refused
   * as any record without an edit secret is.
   */
  seedRefusal?: () => Error;
}
