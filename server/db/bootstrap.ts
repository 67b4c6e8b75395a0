import { createDb, type Db } from "./client.ts";
import { checkDatabaseFile } from "./database-file.ts";
import { migrateDatabase } from "./migrate.ts";
import type { DocumentStore } from "./document-store.ts";
import { profileSetStore } from "./profile-sets.ts";
import { fillRevisionSummaries } from "./revisions.ts";
import { scenarioStore } from "./scenarios.ts";
import { seedProfileSets, seedScenarios } from "./seed.ts";

const fillDerived =
  <Doc extends { schemaVersion: number }, Detail extends object>(store: DocumentStore<Doc, Detail>) =>
  async (db: Db) => {
    await store.fillListColumns(db);
    await fillRevisionSummaries(db, store);
  };

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
    // Rows from before the list columns and revision summaries existed get them once.
    for (const fill of [fillDerived(scenarioStore), fillDerived(profileSetStore)]) await fill(db);
    return { migrations, seeded };
  } finally {
    await db.$disconnect();
  }
}
