import type { Db } from "@/server/db/client.ts";
import { onPostgres } from "./test-db.ts";

/**
 * Every row of every table (and the schema itself), byte-exact: each column as SQLite's own literal
 * via quote(), or each row as PostgreSQL's text form of the record.
 */
export type DbSnapshot = Record<string, string[]>;

/** Tables that must exist: a snapshot of a database without them is a test bug, not an empty table. */
const REQUIRED_TABLES = ["Scenario", "ScenarioRevision", "ProfileSet", "_prisma_migrations"] as const;

/** Joins a table's rows in one value (no row holds it: text fields refuse control characters). */
const SEPARATOR = "\u001e";

interface Catalogue {
  /** One row per table, column, index or constraint. */
  schema: string;
  /** The statement that reads every table's rows, one result row per table (run once per schema). */
  rowsStatement(db: Db): Promise<string>;
}

const sqlite: Catalogue = {
  schema: `SELECT type || '|' || name || '|' || coalesce(sql, '') AS row FROM sqlite_master ORDER BY 1`,
  async rowsStatement(db) {
    // A text index (FTS5 virtual table) counts by its rows; its shadow tables hold the index's own
    // layout, which a delete does not return byte for byte to what it was (their definitions stay in
    // the schema).
    const columns = await db.$queryRawUnsafe<{ name: string; virtual: bigint | number; column: string }[]>(
      `SELECT m.name AS name, m.sql LIKE 'CREATE VIRTUAL TABLE%' AS virtual, p.name AS "column"
         FROM sqlite_master m, pragma_table_info(m.name) p
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
          AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')
        ORDER BY m.name, p.cid`,
    );
    const tables = new Map<string, string[]>();
    for (const c of columns) {
      if (!tables.has(c.name)) tables.set(c.name, Number(c.virtual) ? ["rowid"] : []);
      tables.get(c.name)!.push(`quote("${c.column}")`);
    }
    return [...tables]
      .map(
        ([table, parts]) =>
          `SELECT '${table}' AS name, coalesce((SELECT group_concat(row, char(30) ORDER BY row) FROM (SELECT ${parts.join(` || '|' || `)} AS row FROM "${table}")), '') AS rows`,
      )
      .join(" UNION ALL ");
  },
};

const postgres: Catalogue = {
  // pg_catalog rather than information_schema: the same facts, several times faster to read.
  schema: `SELECT row FROM (
      SELECT c.relname || '|' || a.attname || '|' || format_type(a.atttypid, a.atttypmod) || '|' || a.attnotnull || '|' ||
             coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS row
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT conname || '|' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    ) s ORDER BY 1`,
  async rowsStatement(db) {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY 1`,
    );
    return tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, coalesce((SELECT string_agg(r, chr(30) ORDER BY r) FROM (SELECT t::text AS r FROM "${name}" t) s), '') AS rows`,
      )
      .join(" UNION ALL ");
  },
};

/** The rows statement of each schema seen (keyed by the schema's own snapshot), so a snapshot is two queries. */
const statements = new Map<string, string>();

export async function snapshotDatabase(db: Db): Promise<DbSnapshot> {
  const catalogue = onPostgres() ? postgres : sqlite;
  const schema = (await db.$queryRawUnsafe<{ row: string }[]>(catalogue.schema)).map((r) => r.row);
  const key = `${onPostgres()}\n${schema.join("\n")}`;
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = await catalogue.rowsStatement(db)));
  const snapshot: DbSnapshot = {};
  for (const { name, rows } of await db.$queryRawUnsafe<{ name: string; rows: string }[]>(statement))
    snapshot[name] = rows === "" ? [] : rows.split(SEPARATOR);
  // Every table, so a table added by a later migration is covered without listing it here.
  for (const required of REQUIRED_TABLES) if (!(required in snapshot)) throw new Error(`No table ${required}`);
  snapshot.schema = schema;
  return snapshot;
}
