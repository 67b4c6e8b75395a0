import { createDb, type Db } from "./client.ts";
import { databaseProvider } from "./provider.ts";
import { seedProfileSets, seedScenarios } from "./seed.ts";

/**
 * Brings a database up to date: refuses one that cannot be used (SQLite: a file that cannot be
 * opened or is damaged, database-file.ts), then migrations, then the seed scenarios and the seed
 * profile set (all idempotent; instances starting at once take turns). `seeded` lists the seed keys
 * inserted, scenarios' and the profile set's. `database` is a DATABASE_URL or an SQLite file path.
 */
export async function prepareDatabase(database: string): Promise<{ migrations: string[]; seeded: string[] }> {
  const provider = databaseProvider(database);
  await provider.check();
  const migrations = await provider.migrate();
  const db: Db = await createDb(database);
  try {
    const seeded = await provider.whileLocked(async () => [...(await seedScenarios(db)), ...(await seedProfileSets(db))]);
    return { migrations, seeded };
  } finally {
    await db.$disconnect();
  }
}
