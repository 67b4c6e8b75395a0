import path from "node:path";
import Database from "better-sqlite3";
import { ensureDatabaseFolder } from "./database-file.ts";
import { openSchemaEngine, readMigrationList } from "./schema-engine.ts";

/**
 * Applies the pending migrations in prisma/migrations, exactly as `prisma migrate deploy` does
 * (recording them in _prisma_migrations), and sets the file to WAL mode.
 */
export async function migrateDatabase(databaseFile: string): Promise<string[]> {
  ensureDatabaseFolder(path.dirname(databaseFile));
  const migrationsList = await readMigrationList();
  const sqlite = new Database(databaseFile);
  let upToDate: boolean;
  try {
    // WAL persists in the file; every later connection inherits it.
    sqlite.pragma("journal_mode = WAL");
    upToDate = allApplied(
      sqlite,
      migrationsList.migrationDirectories.map((d) => d.path),
    );
  } finally {
    sqlite.close();
  }
  // The schema engine takes the file in exclusive locking mode, which fails while a running server
  // has it open; so it runs only when there is something to apply.
  if (upToDate) return [];

  const { engine, close } = await openSchemaEngine(databaseFile);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    });
    return appliedMigrationNames;
  } catch (error) {
    if (String(error).includes("SQLITE_BUSY") || String(error).includes("SocketTimeout")) {
      throw new Error(
        `${databaseFile} is in use by another process (is Parley already running on it?); migrations need it to themselves.`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await close();
  }
}

function allApplied(sqlite: Database.Database, names: string[]): boolean {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  if (!table) return names.length === 0;
  const applied = new Set(
    sqlite
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all()
      .map((row) => (row as { migration_name: string }).migration_name),
  );
  return names.every((name) => applied.has(name));
}
