import { createDb, type Db } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import { seedScenarios } from "./seed.ts";

/** Brings a database file up to date: migrations, then the seed scenarios (both idempotent). */
export async function prepareDatabase(databaseFile: string): Promise<{ migrations: string[]; seeded: string[] }> {
  const migrations = await migrateDatabase(databaseFile);
  const db: Db = await createDb(databaseFile);
  try {
    const seeded = await seedScenarios(db);
    return { migrations, seeded };
  } finally {
    await db.$disconnect();
  }
}
