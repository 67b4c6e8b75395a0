import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/server/db/client.ts";
import { migrateDatabase } from "@/server/db/migrate.ts";
import { databaseProvider } from "@/server/db/provider.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { newTestDatabase, onPostgres } from "../helpers/test-db.ts";

// Several instances on one PostgreSQL database (SQLite is one process on one file): two instances
// starting at once on an empty database, each its own process as in a deployment, and the
// rate-limit budgets they share.

const run = promisify(execFile);
const root = process.cwd();
const CHILD = path.join(root, "tests/helpers/prepare-child.ts");

/** One instance's start (`npm start` prepares the database: migrations, then seeds), in its own process. */
async function startInstance(database: string): Promise<{ migrations: string[]; seeded: string[] }> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", CHILD, database], { cwd: root });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as { migrations: string[]; seeded: string[] };
}

const migrationFolders = () =>
  readdirSync(path.join(root, "prisma/postgresql/migrations"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe.skipIf(!onPostgres())("instances starting at once on one PostgreSQL database", () => {
  let database: string;
  let drop: () => Promise<void>;
  beforeEach(async () => {
    ({ database, drop } = await newTestDatabase("blank"));
  });
  afterEach(async () => {
    await drop();
  });

  it("two full starts at once on an empty database: one applies every migration and inserts the seeds, the other finds nothing to do", async () => {
    const results = await Promise.all([startInstance(database), startInstance(database)]);
    const [first, second] = [...results].sort((a, b) => b.migrations.length - a.migrations.length);
    expect([first!.migrations, second!.migrations]).toEqual([migrationFolders(), []]);
    expect(results.map((r) => r.seeded.length).sort((a, b) => b - a)).toEqual([SEED_SCENARIOS.length + 1, 0]);
    const db = await createDb(database);
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: Date | null }[]>(
        `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(migrationFolders());
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      expect(await db.scenario.count()).toBe(SEED_SCENARIOS.length);
      expect(await db.profileSet.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });

  it("rate-limit budgets are kept in the database, so every instance draws from the same one", async () => {
    await migrateDatabase(database);
    // Two limiters as two instances would make them; each sees what the other took.
    const options = { keyPrefix: "parley-test", points: 3, duration: 60 };
    const [a, b] = [databaseProvider(database).rateLimiter(options), databaseProvider(database).rateLimiter(options)];
    try {
      await a.consume("client-1", 2);
      const other = await b.consume("client-1", 1);
      expect(other.remainingPoints).toBe(0);
      await expect(a.consume("client-1", 1)).rejects.toMatchObject({ remainingPoints: 0 });
      expect((await b.consume("client-2", 1)).remainingPoints).toBe(2);
      const db = await createDb(database);
      try {
        expect(await db.$queryRawUnsafe(`SELECT key, points FROM "rate_limits" ORDER BY key`)).toEqual([
          { key: "parley-test:client-1", points: 4 },
          { key: "parley-test:client-2", points: 1 },
        ]);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await databaseProvider(database).closeRateLimiters();
    }
  });
});
