import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@/server/db/client.ts";
import { seedProfileSets, seedScenarios } from "@/server/db/seed.ts";
import { createInnerContext } from "@/server/trpc/context.ts";
import { createCaller } from "@/server/trpc/root.ts";

/**
 * Where the integration project's template databases are (its global setup made them, migrated,
 * seeded or not): SQLite files to copy, or PostgreSQL databases to create from.
 */
export type TestDatabaseTemplates =
  | { provider: "sqlite"; seeded: string; empty: string }
  | { provider: "postgresql"; /** a URL with {database} for the name */ url: string; seeded: string; empty: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTemplates;
  }
}

export interface TestDb {
  /** The database, as createDb and prepareDatabase take it: an SQLite file path, or a postgresql:// URL. */
  database: string;
  /** The SQLite file (SQLite only: tests of the file itself). */
  file: string;
  db: Db;
  caller: ReturnType<typeof createCaller>;
  close(): Promise<void>;
}

/** Which database this project's integration tests run on. */
export function testProvider(): "sqlite" | "postgresql" {
  return inject("testDatabase").provider;
}

export const onPostgres = () => testProvider() === "postgresql";

/**
 * A fresh database, migrated with the real migrations (and seeded, unless `seed: false`): a copy of
 * the run's template (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL). `seed` as a
 * list of seed keys gives only those scenarios and the seed profile set: the bad-input suites snapshot
 * every row around each call, and the other seeds' documents would make each snapshot several times
 * slower without being touched.
 */
export async function openTestDb(options: { seed?: boolean | string[] } = {}): Promise<TestDb> {
  const { database, drop } = await newTestDatabase(options.seed === undefined || options.seed === true ? "seeded" : "empty");
  const db = await createDb(database);
  if (Array.isArray(options.seed)) {
    const inserted = await seedScenarios(db, options.seed);
    if (inserted.length !== options.seed.length) throw new Error(`Not all of these are seeds: ${options.seed.join(", ")}`);
    await seedProfileSets(db);
  }
  const onSqlite = !database.startsWith("postgresql:");
  return {
    database,
    get file() {
      if (!onSqlite) throw new Error("This test is about the SQLite file: run it on SQLite only.");
      return database;
    },
    db,
    caller: createCaller(createInnerContext({ db })),
    async close() {
      await db.$disconnect();
      await drop();
    },
  };
}

let counter = 0;

/** A new database copied from a template (or "blank": not even migrated); `drop` removes it. */
export async function newTestDatabase(
  template: "seeded" | "empty" | "blank",
): Promise<{ database: string; drop(): Promise<void> }> {
  const templates = inject("testDatabase");
  if (templates.provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "parley-test-"));
    const file = path.join(dir, "test.db");
    if (template !== "blank") copyFileSync(templates[template], file);
    return { database: file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `t_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  // FILE_COPY copies the template's files (PostgreSQL 15's default writes them all to the WAL): 17 ms
  // against 30 ms a database here.
  await admin(
    templates.url,
    `CREATE DATABASE "${name}" TEMPLATE "${template === "blank" ? "template0" : templates[template]}" STRATEGY FILE_COPY`,
  );
  return {
    database: templates.url.replace("{database}", name),
    drop: () => admin(templates.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace("{database}", "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
