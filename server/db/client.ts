import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client.ts";
import { databaseFileFromUrl, databaseUrl } from "./database-url.ts";

export type Db = PrismaClient;

/** A Prisma client on an SQLite file that has already been migrated (see bootstrap.ts). */
export async function createDb(databaseFile: string): Promise<Db> {
  // `timeout` is SQLite's busy timeout: wait up to 5 s for another writer instead of failing.
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseFile, timeout: 5000 }) });
  // WAL (set on the file by the migration runner) with synchronous=FULL: a committed save survives
  // a crash or power loss, not only a process kill.
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

const globalForDb = globalThis as unknown as { parleyDb?: Promise<Db> };

/** The server's one client, on DATABASE_URL (kept across hot reloads in development). */
export function getDb(): Promise<Db> {
  globalForDb.parleyDb ??= createDb(databaseFileFromUrl(databaseUrl()));
  return globalForDb.parleyDb;
}
