import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { migrateDatabase } from "@/server/db/migrate.ts";
import { seedScenarios } from "@/server/db/seed.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { connect } from "../helpers/connect.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { onPostgres, openTestDb, testProvider } from "../helpers/test-db.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";

// The migration folders of this run's database, read from disk rather than from the migration runner.
const migrationFolders = readdirSync(path.resolve(process.cwd(), "prisma", testProvider(), "migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const t = testDbPerTest();

describe("migrations", () => {
  it("_prisma_migrations lists every migration folder, each finished and not rolled back", async () => {
    expect(migrationFolders.length).toBeGreaterThan(0);
    const rows = await t.db.$queryRawUnsafe<
      { migration_name: string; finished_at: unknown; rolled_back_at: unknown; logs: unknown }[]
    >(`SELECT migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(migrationFolders);
    for (const row of rows) {
      expect(row.finished_at, row.migration_name).not.toBeNull();
      expect(row.rolled_back_at, row.migration_name).toBeNull();
    }
  });

  it("running the migrations again applies nothing and changes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    expect(await migrateDatabase(t.database)).toEqual([]);
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it.skipIf(onPostgres())(
    "creates the Scenario and ScenarioRevision tables with the revision key and the list index",
    async () => {
      const objects = await t.db.$queryRawUnsafe<{ type: string; name: string }[]>(
        `SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name`,
      );
      expect(objects.map((o) => `${o.type}:${o.name}`)).toEqual(
        expect.arrayContaining([
          "table:Scenario",
          "table:ScenarioRevision",
          "table:_prisma_migrations",
          "index:Scenario_seedKey_key",
          "index:Scenario_deletedAt_updatedAt_id_idx",
          "index:Scenario_published_deletedAt_updatedAt_id_idx",
        ]),
      );
    },
  );
});

describe.skipIf(onPostgres())("SQLite settings", () => {
  it("the file is in WAL mode, also for a new connection", async () => {
    expect(await t.db.$queryRawUnsafe(`PRAGMA journal_mode`)).toEqual([{ journal_mode: "wal" }]);
    const other = await connect(t.database);
    try {
      expect(await other.db.$queryRawUnsafe(`PRAGMA journal_mode`)).toEqual([{ journal_mode: "wal" }]);
    } finally {
      await other.close();
    }
  });

  it("connections enforce foreign keys and use synchronous=FULL", async () => {
    expect(await t.db.$queryRawUnsafe(`PRAGMA foreign_keys`)).toEqual([{ foreign_keys: 1n }]);
    expect(await t.db.$queryRawUnsafe(`PRAGMA synchronous`)).toEqual([{ synchronous: 2n }]);
  });

  it("a revision cannot point at a scenario that does not exist", async () => {
    const before = await snapshotDatabase(t.db);
    await expect(
      t.db.scenarioRevision.create({ data: { scenarioId: "missing", number: 1, schemaVersion: 1, document: "{}" } }),
    ).rejects.toThrow();
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});

describe("seeding", () => {
  it("bootstrap inserts the seeds once, each with revision 1, published and with no edit secret", async () => {
    const seeds = await t.db.scenario.findMany({
      where: { seedKey: { not: null } },
      select: { seedKey: true, version: true, published: true, editSecretHash: true, revisions: { select: { number: true } } },
    });
    expect(seeds.map((s) => s.seedKey).sort()).toEqual(SEED_SCENARIOS.map((s) => s.key).sort());
    expect(seeds.every((s) => s.version === 1 && s.revisions.length === 1 && s.revisions[0]!.number === 1)).toBe(true);
    expect(seeds.every((s) => s.published && s.editSecretHash === null)).toBe(true);
  });

  it("seeding again, or preparing the database again, inserts nothing", async () => {
    const before = await snapshotDatabase(t.db);
    expect(await seedScenarios(t.db)).toEqual([]);
    expect(await prepareDatabase(t.database)).toEqual({ migrations: [], seeded: [] });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("does not bring back a seed that was deleted, nor overwrite one that was edited", async () => {
    // Nobody can delete or edit a seed through the API any more (it has no edit secret), but
    // databases from before capability links may hold seeds deleted or edited by anyone: do it in SQL.
    const [first, second] = (await t.caller.scenario.list({})).items;
    await t.db.scenario.update({ where: { id: first!.id }, data: { deletedAt: new Date() } });
    const edited = JSON.stringify({ ...statusQuoDocument(), title: "Edited seed" });
    await t.db.scenario.update({
      where: { id: second!.id },
      data: { title: "Edited seed", titleSearch: "edited seed", document: edited, version: 2 },
    });
    // With its summary, as every revision is written now (start fills in summaries missing from older rows).
    await t.db.scenarioRevision.create({
      data: { scenarioId: second!.id, number: 2, schemaVersion: 1, document: edited, summary: "Edited in SQL" },
    });
    const before = await snapshotDatabase(t.db);
    expect(await prepareDatabase(t.database)).toEqual({ migrations: [], seeded: [] });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("on an empty migrated database, seeds exactly the missing keys", async () => {
    const empty = await openTestDb({ seed: false });
    try {
      expect(await empty.caller.scenario.list({})).toEqual({ items: [], nextCursor: null });
      const inserted = await seedScenarios(empty.db);
      expect([...inserted].sort()).toEqual(SEED_SCENARIOS.map((s) => s.key).sort());
      expect((await empty.caller.scenario.list({ limit: 100 })).items).toHaveLength(SEED_SCENARIOS.length);
    } finally {
      await empty.close();
    }
  });
});

describe("two connections to one file", () => {
  // Both connections live in this one process, so the loser waits out SQLite's busy timeout (~5 s)
  // before its retry sees the winner's version and answers CONFLICT.
  it("two saves from the same base version on different connections: one wins, the other is CONFLICT", async () => {
    const other = await connect(t.database);
    try {
      const { id, editSecret } = await createEditable(t.caller);
      const results = await Promise.allSettled(
        [t.caller, other.caller].map((caller, i) =>
          caller.scenario.update({ id, editSecret, baseVersion: 1, document: { ...statusQuoDocument(), title: `Writer ${i}` } }),
        ),
      );
      expect(results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as { code: string }).code)).sort()).toEqual([
        "CONFLICT",
        "ok",
      ]);
      expect((await t.db.scenarioRevision.findMany({ where: { scenarioId: id } })).map((r) => r.number).sort()).toEqual([1, 2]);
    } finally {
      await other.close();
    }
  });

  it("a save on one connection is read by the other", async () => {
    const other = await connect(t.database);
    try {
      const { id, editSecret } = await createEditable(t.caller, { ...statusQuoDocument(), title: "Written by one" });
      expect((await other.caller.scenario.get({ id })).document.title).toBe("Written by one");
      await other.caller.scenario.update({
        id,
        editSecret,
        baseVersion: 1,
        document: { ...statusQuoDocument(), title: "Written by two" },
      });
      expect(await t.caller.scenario.get({ id })).toMatchObject({ version: 2, document: { title: "Written by two" } });
    } finally {
      await other.close();
    }
  });
});
