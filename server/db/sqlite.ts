// SQLite (the default, DATABASE_URL=file:…): the client and migrations. Only server/db/provider.ts
// picks this module; the stores never know.

import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import type { Db } from "./client.ts";
import { ensureDatabaseFolder, rememberDatabaseFile } from "./database-file.ts";
import { closeConnections, openConnections, sqliteDialect, withDialect } from "./dialect.ts";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations, readMigrationList } from "./schema-engine.ts";

/** A Prisma client on an SQLite file that has already been migrated (see bootstrap.ts). */
export async function createSqliteDb(databaseFile: string): Promise<Db> {
  // `timeout` is SQLite's busy timeout: wait up to 5 s for another writer instead of failing.
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseFile, timeout: 5000 }) });
  // WAL (set on the file by the migration runner) with synchronous=FULL: a committed save survives
  // a crash or power loss, not only a process kill.
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // From now on every change checks that this very file is still there (see database-file.ts).
  rememberDatabaseFile(db, databaseFile);
  // The hot single-row reads and saves go through prepared statements on connections of their own.
  openConnections(db, databaseFile);
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    closeConnections(db);
    await disconnect();
  };
  return withDialect(db, sqliteDialect);
}

/** Applies the pending migrations in prisma/sqlite/migrations and sets the file to WAL mode. */
export async function migrateSqlite(databaseFile: string): Promise<string[]> {
  ensureDatabaseFolder(path.dirname(databaseFile));
  const names = (await readMigrationList("sqlite")).migrationDirectories.map((d) => d.path);
  const sqlite = new Database(databaseFile);
  let upToDate: boolean;
  try {
    // WAL persists in the file; every later connection inherits it.
    sqlite.pragma("journal_mode = WAL");
    upToDate = allApplied(sqlite, names);
  } finally {
    sqlite.close();
  }
  // The schema engine takes the file in exclusive locking mode, which fails while a running server
  // has it open; so it runs only when there is something to apply.
  if (upToDate) return [];
  try {
    return await applyMigrations("sqlite", new PrismaBetterSqlite3({ url: databaseFile }));
  } catch (error) {
    if (String(error).includes("SQLITE_BUSY") || String(error).includes("SocketTimeout")) {
      throw new Error(
        `${databaseFile} is in use by another process (is Parley already running on it?); migrations need it to themselves.`,
        { cause: error },
      );
    }
    throw error;
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
