import type { Db } from "@/server/db/client.ts";
import { onPostgres } from "./test-db.ts";

/**
 * Every row of every table (and the schema itself), byte-exact: each column as SQLite's own literal
 * via quote(), or each row as PostgreSQL's text form of the record.
 */
export type DbSnapshot = Record<string, string[]>;

/** Tables that must exist: a snapshot of a database without them is a test bug, not an empty table. */
const REQUIRED_TABLES = ["Scenario", "ScenarioRevision", "ProfileSet", "_prisma_migrations"] as const;

interface Catalogue {
  tables: string;
  rows(db: Db, table: string): Promise<string[]>;
  schema: string;
}

const sqlite: Catalogue = {
  // A text index (FTS5 virtual table) counts by its rows; its shadow tables hold the index's own
  // layout, which a delete does not return byte for byte to what it was (their definitions stay in
  // the schema below).
  tables: `SELECT name FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')
    ORDER BY name`,
  async rows(db, table) {
    const [{ virtual }] = (await db.$queryRawUnsafe<{ virtual: bigint | number }[]>(
      `SELECT count(*) AS virtual FROM sqlite_master WHERE name = ? AND sql LIKE 'CREATE VIRTUAL TABLE%'`,
      table,
    )) as [{ virtual: bigint | number }];
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`);
    const row = [...(Number(virtual) ? ["rowid"] : []), ...columns.map((c) => `quote("${c.name}")`)].join(` || '|' || `);
    return (await db.$queryRawUnsafe<{ row: string }[]>(`SELECT ${row} AS row FROM "${table}" ORDER BY 1`)).map((r) => r.row);
  },
  schema: `SELECT type || '|' || name || '|' || coalesce(sql, '') AS row FROM sqlite_master ORDER BY 1`,
};

const postgres: Catalogue = {
  tables: `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  async rows(db, table) {
    return (await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${table}" t ORDER BY 1`)).map((r) => r.row);
  },
  schema: `SELECT row FROM (
      SELECT table_name || '|' || column_name || '|' || data_type || '|' || is_nullable || '|' || coalesce(column_default, '') AS row
        FROM information_schema.columns WHERE table_schema = 'public'
      UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT conname || '|' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    ) s ORDER BY 1`,
};

export async function snapshotDatabase(db: Db): Promise<DbSnapshot> {
  const catalogue = onPostgres() ? postgres : sqlite;
  // Every table, so a table added by a later migration is covered without listing it here.
  const tables = (await db.$queryRawUnsafe<{ name: string }[]>(catalogue.tables)).map((t) => t.name);
  for (const required of REQUIRED_TABLES) if (!tables.includes(required)) throw new Error(`No table ${required}`);
  const snapshot: DbSnapshot = {};
  for (const table of tables) snapshot[table] = await catalogue.rows(db, table);
  snapshot.schema = (await db.$queryRawUnsafe<{ row: string }[]>(catalogue.schema)).map((r) => r.row);
  return snapshot;
}
