import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openSchemaEngine, readMigrationList } from "./schema-engine.ts";

/** Turns a Prisma SQLite URL (`file:./data/parley.db`) into a file path, relative to the working directory. */
export function databaseFileFromUrl(url: string): string {
  const withoutScheme = url.startsWith("file:") ? url.slice("file:".length) : url;
  return path.resolve(process.cwd(), withoutScheme.split("?")[0]!);
}

/**
 * Applies the pending migrations in prisma/migrations, exactly as `prisma migrate deploy` does
 * (recording them in _prisma_migrations), and sets the file to WAL mode.
 */
export async function migrateDatabase(databaseFile: string): Promise<string[]> {
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const sqlite = new Database(databaseFile);
  // WAL persists in the file; every later connection inherits it.
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();

  const { engine, close } = await openSchemaEngine(databaseFile);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: { externalTables: [], externalEnums: [] },
    });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}
