import type { Db } from "@/server/db/client.ts";

/** Every row of every table (and the schema itself), each column as SQLite's own literal via quote(): byte-exact. */
export type DbSnapshot = Record<string, string[]>;

const TABLES = ["Scenario", "ScenarioRevision", "_prisma_migrations"] as const;

export async function snapshotDatabase(db: Db): Promise<DbSnapshot> {
  const snapshot: DbSnapshot = {};
  for (const table of TABLES) {
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`);
    if (columns.length === 0) throw new Error(`No table ${table}`);
    const row = columns.map((c) => `quote("${c.name}")`).join(` || '|' || `);
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT ${row} AS row FROM "${table}" ORDER BY 1`);
    snapshot[table] = rows.map((r) => r.row);
  }
  const schema = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT type || '|' || name || '|' || coalesce(sql, '') AS row FROM sqlite_master ORDER BY 1`);
  snapshot.sqlite_master = schema.map((r) => r.row);
  return snapshot;
}
