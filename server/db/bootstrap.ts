import { createDb, type Db } from "./client.ts";
import { checkDatabaseFile } from "./database-file.ts";
import { migrateDatabase } from "./migrate.ts";
import { seedProfileSets, seedScenarios } from "./seed.ts";

/**
 * Brings a database file up to date: refuses a file that cannot be opened or is damaged
 * (database-file.ts), then migrations, then the seed scenarios and the seed profile set
 * (all idempotent). `seeded` lists the seed keys inserted, scenarios' and the profile set's.
 */
export async function prepareDatabase(databaseFile: string): Promise<{ migrations: string[]; seeded: string[] }> {
  checkDatabaseFile(databaseFile);
  const migrations = await migrateDatabase(databaseFile);
  const db: Db = await createDb(databaseFile);
  try {
    const seeded = [...(await seedScenarios(db)), ...(await seedProfileSets(db))];
    return { migrations, seeded };
  } finally {
    await db.$disconnect();
  }
}
