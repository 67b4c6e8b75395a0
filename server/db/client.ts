import { databaseUrl } from "./database-url.ts";
import type { PrismaClient } from "./generated/client.ts";
import { databaseProvider } from "./provider.ts";

// One client type for both databases: the two schemas have the same models (prisma/*/schema.prisma).
export type Db = PrismaClient;

/** A Prisma client on a migrated database (see bootstrap.ts): a DATABASE_URL or an SQLite file path. */
export function createDb(database: string): Promise<Db> {
  return databaseProvider(database).connect();
}

const globalForDb = globalThis as unknown as { parleyDb?: Promise<Db> };

/** Closes the server's one client, if it was opened, and the rate limits' connections (on shutdown, see server/serve/server.ts). */
export async function closeDb(): Promise<void> {
  const db = globalForDb.parleyDb;
  globalForDb.parleyDb = undefined;
  if (db) await (await db.catch(() => undefined))?.$disconnect();
  await databaseProvider().closeRateLimiters();
}

/** The server's one client, on DATABASE_URL (kept across hot reloads in development). */
export function getDb(): Promise<Db> {
  globalForDb.parleyDb ??= createDb(databaseUrl());
  return globalForDb.parleyDb;
}
