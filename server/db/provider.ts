// The one place that looks at which database Parley runs on: DATABASE_URL `file:…` (the default) is
// the embedded SQLite file, `postgresql://…` a PostgreSQL database. Everything else (the stores, the
// server, the rate limits) asks the provider and never branches on the database itself.

import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "./client.ts";
import { checkDatabaseFile } from "./database-file.ts";
import { databaseLocation, databaseUrl, describeDatabase, type DatabaseLocation } from "./database-url.ts";
import { closePostgresLimiters, createPostgresDb, migratePostgres, postgresLimiter, whileLockedPostgres } from "./postgresql.ts";
import { createSqliteDb, migrateSqlite } from "./sqlite.ts";

export interface DatabaseProvider {
  /** Where the data is, for people to read (the file, or the URL without its password). */
  shown: string;
  /** The DATABASE_URL for it (an SQLite file as `file:` and its absolute path). */
  url: string;
  /** Refuses a database that cannot be used, with a clear message (SQLite: opens it and runs quick_check). */
  check(): Promise<void>;
  /** Applies the pending migrations; safe while another instance does the same. */
  migrate(): Promise<string[]>;
  /** Runs start-up work (seeding) while no other instance starting on the same database does. */
  whileLocked<T>(work: () => Promise<T>): Promise<T>;
  /** A new client on the (migrated) database; `$disconnect()` closes it. */
  connect(): Promise<Db>;
  /** A rate-limit budget's store: shared by every instance on PostgreSQL, in memory on SQLite (one process). */
  rateLimiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract;
  /** Closes what rate limiters opened (on shutdown). */
  closeRateLimiters(): Promise<void>;
}

/** The provider for `database`: a DATABASE_URL, or a path to an SQLite file (default: DATABASE_URL). */
export function databaseProvider(database: string = databaseUrl()): DatabaseProvider {
  const location = databaseLocation(database);
  return location.provider === "postgresql" ? postgresProvider(location) : sqliteProvider(location);
}

function sqliteProvider({ file }: Extract<DatabaseLocation, { provider: "sqlite" }>): DatabaseProvider {
  return {
    shown: file,
    url: `file:${file}`,
    check: async () => checkDatabaseFile(file),
    migrate: () => migrateSqlite(file),
    // Migrations take the file to themselves, and one process runs on one file: nothing to wait for.
    whileLocked: (work) => work(),
    connect: () => createSqliteDb(file),
    rateLimiter: (options) => new RateLimiterMemory(options),
    closeRateLimiters: () => Promise.resolve(),
  };
}

function postgresProvider(location: Extract<DatabaseLocation, { provider: "postgresql" }>): DatabaseProvider {
  const { url } = location;
  return {
    shown: describeDatabase(location),
    url,
    // The server checks its own files; reaching it is checked by migrate(), with a clear message.
    check: () => Promise.resolve(),
    migrate: () => migratePostgres(url),
    whileLocked: (work) => whileLockedPostgres(url, work),
    connect: () => createPostgresDb(url),
    rateLimiter: (options) => postgresLimiter(url, options),
    closeRateLimiters: closePostgresLimiters,
  };
}
