import Database from "better-sqlite3";
import type { DbClient } from "./document-kind.ts";

// The store speaks Prisma's query API, which every provider runs. What Prisma cannot say (a text
// index lookup) sits behind this one interface, one implementation per provider: SQLite's (FTS5) and
// PostgreSQL's (pg_trgm GIN index). The provider (provider.ts) tags each client with its dialect.

/** A table searched by its lower-cased title column, and the text index kept over that column. */
export interface SearchTarget {
  table: string;
  /** The lower-cased title column (JavaScript's toLowerCase, so case folds beyond ASCII). */
  column: string;
  /** The full-text index over `column`, keyed by the table's rowid (kept by triggers created in a migration). */
  index: string;
}

/** How a read row's columns come back: which hold times and which truth values. */
export interface RowTypes {
  dates: readonly string[];
  booleans: readonly string[];
}

/** A conditional update of one row and the revision row it appends (Dialect.saveVersion). */
export interface VersionWrite {
  table: string;
  where: Record<string, unknown>;
  set: Record<string, unknown>;
  revisionTable: string;
  revision: Record<string, unknown>;
}

export interface Dialect {
  /**
   * The live row (deletedAt null) of `table` whose unique `key` column ("id", "seedKey") is `value`,
   * `columns` of it, through a prepared statement kept for the process; undefined where the dialect
   * has no such path for `db` (a transaction, another provider): use Prisma.
   */
  readLive(
    db: DbClient,
    table: string,
    columns: readonly string[],
    types: RowTypes,
    value: string,
    key?: "id" | "seedKey",
  ): Record<string, unknown> | null | undefined;

  /**
   * One save as one transaction through statements prepared once: set `write.set` on the row of
   * `write.table` matching every column of `write.where` (null: IS NULL), and when exactly one row
   * changed insert `write.revision` into `write.revisionTable`. "missed": no row matched (nothing
   * written); "busy": another writer holds the database (nothing written; it never waits, so the
   * event loop never blocks behind a lock); undefined where the dialect has no such path for `db`
   * (a transaction, another provider): use Prisma.
   */
  saveVersion(db: DbClient, write: VersionWrite): "saved" | "missed" | "busy" | undefined;

  /**
   * Ids of live (not deleted) rows whose search column contains `query` (already lower-cased)
   * literally: no wildcards, no syntax. Listed rows only when `published`. Most recently saved first,
   * at most `limit`.
   */
  searchIds(db: DbClient, target: SearchTarget, query: string, options: { published: boolean; limit: number }): Promise<string[]>;

  /**
   * A value that changes whenever anything is committed to the database, by any connection or
   * process, read without a query round trip; undefined where the dialect has none (then nothing
   * may be cached on it, see server/serve/page-cache.ts).
   */
  changeStamp(db: DbClient): string | undefined;
}

/** A table's search target: its lower-cased title column and the index named after both. */
export const searchTarget = (table: string, column: string): SearchTarget => ({
  table,
  column,
  index: `${table}${column[0]!.toUpperCase()}${column.slice(1)}`,
});

/** SQLite identifiers, quoted (the names come from the kind descriptors, never from a request). */
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** An FTS5 phrase: the text literally, double quotes doubled; FTS5 syntax inside a phrase is inert. */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** FTS5's trigram tokenizer matches substrings of three characters or more. */
const TRIGRAM = 3;

/**
 * Single-row reads and saves are the hottest paths and Prisma's adapter prepares every statement
 * anew (and runs an interactive transaction as several round trips): each client (sqlite.ts) also
 * opens its file here twice, read-only for reads and for saves, each statement prepared once. In
 * WAL mode the reader sees the last committed state, as the client's own reads do. The saver's busy
 * timeout is 0: a synchronous wait would block the event loop while one of Prisma's transactions
 * (on the client's connection, in this process) holds the lock it waits for.
 */
interface Connection {
  sqlite: Database.Database;
  statements: Map<string, Database.Statement>;
}
/** Numbers the readers opened in this process, so that a reopened file never repeats a change stamp. */
let readersOpened = 0;
/** One save: the conditional update, then (when it matched one row) the revision. */
function writeVersion(
  update: Database.Statement,
  insert: Database.Statement,
  updateValues: unknown[],
  revisionValues: unknown[],
) {
  if (update.run(...updateValues).changes !== 1) return "missed" as const;
  insert.run(...revisionValues);
  return "saved" as const;
}

interface Saver extends Connection {
  /** writeVersion as one transaction, wrapped once per connection. */
  writeVersion: Database.Transaction<typeof writeVersion>;
}
const connections = new WeakMap<object, { reader: Connection & { number: number }; saver: Saver }>();

export function openConnections(db: object, file: string): void {
  const saver = new Database(file, { fileMustExist: true, timeout: 0 });
  saver.pragma("synchronous = FULL");
  saver.pragma("foreign_keys = ON");
  connections.set(db, {
    reader: {
      sqlite: new Database(file, { readonly: true, fileMustExist: true }),
      statements: new Map(),
      number: ++readersOpened,
    },
    saver: { sqlite: saver, statements: new Map(), writeVersion: saver.transaction(writeVersion) },
  });
}

export function closeConnections(db: object): void {
  const open = connections.get(db);
  open?.reader.sqlite.close();
  open?.saver.sqlite.close();
  connections.delete(db);
}

function prepared(connection: Connection, sql: string): Database.Statement {
  let statement = connection.statements.get(sql);
  if (!statement) connection.statements.set(sql, (statement = connection.sqlite.prepare(sql)));
  return statement;
}

/** A value as Prisma's SQLite adapter stores it: times as ISO 8601 text, truth values as 0 or 1. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Uint8Array && !Buffer.isBuffer(value)) return Buffer.from(value);
  return value;
}

const isBusyError = (error: unknown) => /^SQLITE_BUSY/.test((error as { code?: string }).code ?? "");

export const sqliteDialect: Dialect = {
  readLive(db, table, columns, types, value, key = "id") {
    const reader = connections.get(db)?.reader;
    if (!reader) return undefined;
    const sql = `SELECT ${columns.map(quote).join(", ")} FROM ${quote(table)} WHERE ${quote(key)} = ? AND "deletedAt" IS NULL`;
    const row = prepared(reader, sql).get(value) as Record<string, unknown> | undefined;
    if (!row) return null;
    // SQLite keeps a DateTime as ISO 8601 text and a Boolean as 0 or 1 (as Prisma's adapter writes them).
    for (const column of types.dates) if (row[column] !== null) row[column] = new Date(row[column] as string);
    for (const column of types.booleans) row[column] = row[column] === 1;
    return row;
  },

  saveVersion(db, write) {
    const saver = connections.get(db)?.saver;
    if (!saver) return undefined;
    const set = Object.entries(write.set);
    const where = Object.entries(write.where);
    const revision = Object.entries(write.revision);
    const update = prepared(
      saver,
      `UPDATE ${quote(write.table)} SET ${set.map(([c]) => `${quote(c)} = ?`).join(", ")} WHERE ${where
        .map(([c, v]) => (v === null ? `${quote(c)} IS NULL` : `${quote(c)} = ?`))
        .join(" AND ")}`,
    );
    const insert = prepared(
      saver,
      `INSERT INTO ${quote(write.revisionTable)} (${revision.map(([c]) => quote(c)).join(", ")}) VALUES (${revision.map(() => "?").join(", ")})`,
    );
    const updateValues = [...set, ...where.filter(([, v]) => v !== null)].map(([, v]) => sqliteValue(v));
    try {
      // IMMEDIATE: take the write lock at BEGIN, so a busy database fails before anything is written.
      return saver.writeVersion.immediate(
        update,
        insert,
        updateValues,
        revision.map(([, v]) => sqliteValue(v)),
      );
    } catch (error) {
      if (isBusyError(error)) return "busy";
      throw error;
    }
  },

  // SQLite's data_version moves on every commit by any other connection, and the reader never writes.
  changeStamp(db) {
    const reader = connections.get(db)?.reader;
    return reader && `${reader.number}:${String(reader.sqlite.pragma("data_version", { simple: true }))}`;
  },

  async searchIds(db, target, query, { published, limit }) {
    const [table, column, index] = [quote(target.table), quote(target.column), quote(target.index)];
    const filter = `t."deletedAt" IS NULL${published ? ` AND t."published" = TRUE` : ""}`;
    const order = `ORDER BY t."updatedAt" DESC, t."id" DESC LIMIT ?`;
    // CROSS JOIN keeps the index as the outer loop: left to itself the planner walks the table in
    // list order and asks the index about every row (10 s at 100,000 rows instead of under 1 ms).
    // A query shorter than a trigram cannot use the index; such a query is short, so scanning the
    // titles for it is what a person typing two letters expects (instr: no LIKE wildcards).
    const indexed = Array.from(query).length >= TRIGRAM;
    const sql = indexed
      ? `SELECT t."id" AS id FROM ${index} f CROSS JOIN ${table} t ON t."rowid" = f."rowid" WHERE f.${column} MATCH ? AND ${filter} ${order}`
      : `SELECT t."id" AS id FROM ${table} t WHERE instr(t.${column}, ?) > 0 AND ${filter} ${order}`;
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql, indexed ? phrase(query) : query, limit);
    return rows.map((r) => r.id);
  },
};

/** A LIKE pattern matching `text` anywhere, literally (\\, % and _ escaped with a backslash). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const postgresDialect: Dialect = {
  // No path of its own (yet): Prisma reads the row, as it does in a transaction.
  readLive: () => undefined,
  saveVersion: () => undefined,
  // No cheap equivalent of data_version (the WAL position moves with every rate-limit write too).
  changeStamp: () => undefined,

  async searchIds(db, target, query, { published, limit }) {
    const [table, column] = [quote(target.table), quote(target.column)];
    const filter = `t."deletedAt" IS NULL${published ? ` AND t."published" = TRUE` : ""}`;
    // pg_trgm's GIN index over the column (migration title_search_index) answers LIKE '%…%' for
    // three characters or more; a shorter query reads the titles, as on SQLite.
    const sql = `SELECT t."id" AS id FROM ${table} t WHERE t.${column} LIKE $1 ESCAPE '\\' AND ${filter} ORDER BY t."updatedAt" DESC, t."id" DESC LIMIT $2`;
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql, containing(query), limit);
    return rows.map((r) => r.id);
  },
};

const DIALECT = Symbol.for("parley.dialect");

/** Marks a client with its database's dialect (provider.ts, when it opens one). */
export function withDialect<Client extends object>(client: Client, dialect: Dialect): Client {
  (client as Record<symbol, Dialect>)[DIALECT] = dialect;
  return client;
}

/** The dialect of the database `db` talks to (a client not opened by the provider: SQLite's, the default). */
export function dialectOf(db: DbClient): Dialect {
  return (db as unknown as Record<symbol, Dialect | undefined>)[DIALECT] ?? sqliteDialect;
}
