import { createDb, type Db } from "./client.ts";
import type { DocumentStore } from "./document-store.ts";
import { profileSetStore } from "./profile-sets.ts";
import { databaseProvider } from "./provider.ts";
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
    const seeded = await provider.whileLocked(async () => {
      const inserted = [...(await seedScenarios(db)), ...(await seedProfileSets(db))];
      // Rows from before the list columns and revision summaries existed get them once.
      for (const fill of [fillDerived(scenarioStore), fillDerived(profileSetStore)]) await fill(db);
      return inserted;
    });
    return { migrations, seeded };
  } finally {
    await db.$disconnect();
  }
}
