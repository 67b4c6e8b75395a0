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
   * Ids of live (not deleted) rows whose search column contains `query` (already lower-cased)
   * literally: no wildcards, no syntax. Listed rows only when `published`. Most recently saved first,
   * at most `limit`.
   */
  searchIds(db: DbClient, target: SearchTarget, query: string, options: { published: boolean; limit: number }): Promise<string[]>;
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
 * Reads of single rows are the hottest path and Prisma's adapter prepares every statement anew:
 * each client (client.ts) also opens its file read-only here, and each statement is prepared once.
 * In WAL mode this connection reads the last committed state, as the client's own reads do.
 */
const readers = new WeakMap<object, { sqlite: Database.Database; statements: Map<string, Database.Statement> }>();

export function openReader(db: object, file: string): void {
  readers.set(db, { sqlite: new Database(file, { readonly: true, fileMustExist: true }), statements: new Map() });
}

export function closeReader(db: object): void {
  readers.get(db)?.sqlite.close();
  readers.delete(db);
}

export const sqliteDialect: Dialect = {
  readLive(db, table, columns, types, value, key = "id") {
    const reader = readers.get(db);
    if (!reader) return undefined;
    const sql = `SELECT ${columns.map(quote).join(", ")} FROM ${quote(table)} WHERE ${quote(key)} = ? AND "deletedAt" IS NULL`;
    let statement = reader.statements.get(sql);
    if (!statement) reader.statements.set(sql, (statement = reader.sqlite.prepare(sql)));
    const row = statement.get(value) as Record<string, unknown> | undefined;
    if (!row) return null;
    // SQLite keeps a DateTime as ISO 8601 text and a Boolean as 0 or 1 (as Prisma's adapter writes them).
    for (const column of types.dates) if (row[column] !== null) row[column] = new Date(row[column] as string);
    for (const column of types.booleans) row[column] = row[column] === 1;
    return row;
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
