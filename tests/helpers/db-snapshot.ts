import type { Db } from "@/server/db/client.ts";

/** Every row of every table (and the schema itself), each column as SQLite's own literal via quote(): byte-exact. */
export type DbSnapshot = Record<string, string[]>;

/** Tables that must exist: a snapshot of a database without them is a test bug, not an empty table. */
const REQUIRED_TABLES = ["Scenario", "ScenarioRevision", "ProfileSet", "_prisma_migrations"] as const;

export async function snapshotDatabase(db: Db): Promise<DbSnapshot> {
  // Every table in the file, so a table added by a later migration is covered without listing it here.
  const tables = (
    await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
  ).map((t) => t.name);
  for (const required of REQUIRED_TABLES) if (!tables.includes(required)) throw new Error(`No table ${required}`);
  const snapshot: DbSnapshot = {};
  for (const table of tables) {
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`);
    const row = columns.map((c) => `quote("${c.name}")`).join(` || '|' || `);
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT ${row} AS row FROM "${table}" ORDER BY 1`);
    snapshot[table] = rows.map((r) => r.row);
  }
  const schema = await db.$queryRawUnsafe<{ row: string }[]>(
    `SELECT type || '|' || name || '|' || coalesce(sql, '') AS row FROM sqlite_master ORDER BY 1`,
  );
  snapshot.sqlite_master = schema.map((r) => r.row);
  return snapshot;
}
