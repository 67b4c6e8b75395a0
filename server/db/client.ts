import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client.ts";
import { rememberDatabaseFile } from "./database-file.ts";
import { databaseFileFromUrl, databaseUrl } from "./database-url.ts";
import { closeReader, openReader } from "./dialect.ts";

export type Db = PrismaClient;

/** A Prisma client on an SQLite file that has already been migrated (see bootstrap.ts). */
export async function createDb(databaseFile: string): Promise<Db> {
  // `timeout` is SQLite's busy timeout: wait up to 5 s for another writer instead of failing.
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseFile, timeout: 5000 }) });
  // WAL (set on the file by the migration runner) with synchronous=FULL: a committed save survives
  // a crash or power loss, not only a process kill.
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // From now on every change checks that this very file is still there (see database-file.ts).
  rememberDatabaseFile(db, databaseFile);
  // The hot single-row reads go through cached prepared statements on a read-only connection.
  openReader(db, databaseFile);
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    closeReader(db);
    await disconnect();
  };
  return db;
}

const globalForDb = globalThis as unknown as { parleyDb?: Promise<Db> };

/** Closes the server's one client, if it was opened (on shutdown, see server/serve/server.ts). */
export async function closeDb(): Promise<void> {
  const db = globalForDb.parleyDb;
  globalForDb.parleyDb = undefined;
  if (db) await (await db.catch(() => undefined))?.$disconnect();
}

/** The server's one client, on DATABASE_URL (kept across hot reloads in development). */
export function getDb(): Promise<Db> {
  globalForDb.parleyDb ??= createDb(databaseFileFromUrl(databaseUrl()));
  return globalForDb.parleyDb;
}
