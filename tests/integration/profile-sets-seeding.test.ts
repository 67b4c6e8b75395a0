import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { seedProfileSets, seedScenarios } from "@/server/db/seed.ts";
import { PROFILE_SET_SCHEMA_VERSION } from "@/server/domain/analysis/model.ts";
import { SEED_PROFILE_SET_KEY, seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { seedProfileSetRow } from "../helpers/profile-sets.ts";
import { onPostgres, openTestDb } from "../helpers/test-db.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";

// Profile sets' migration and seeding, on a real database (the store's reads and writes:
// profile-sets.test.ts).

const t = testDbPerTest();

describe("migration", () => {
  it.skipIf(onPostgres())(
    "the profile_sets migration is recorded, and creates the table, its seed key and its list index",
    async () => {
      const folder = readdirSync(path.resolve(process.cwd(), "prisma/sqlite/migrations")).find((name) =>
        name.endsWith("_profile_sets"),
      );
      expect(folder).toBeDefined();
      const rows = await t.db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
        `SELECT migration_name, finished_at FROM "_prisma_migrations" WHERE migration_name = ?`,
        folder,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.finished_at).not.toBeNull();
      const objects = await t.db.$queryRawUnsafe<{ type: string; name: string }[]>(
        `SELECT type, name FROM sqlite_master WHERE tbl_name = 'ProfileSet' ORDER BY name`,
      );
      expect(objects.map((o) => `${o.type}:${o.name}`)).toEqual(
        expect.arrayContaining([
          "table:ProfileSet",
          "index:ProfileSet_seedKey_key",
          "index:ProfileSet_deletedAt_updatedAt_id_idx",
        ]),
      );
    },
  );
});

describe("seeding", () => {
  it("bootstrap inserts the seed profile set once, at version 1, as the seed document", async () => {
    const rows = await t.db.profileSet.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      seedKey: SEED_PROFILE_SET_KEY,
      version: 1,
      parentId: null,
      deletedAt: null,
      schemaVersion: PROFILE_SET_SCHEMA_VERSION,
    });
    expect(rows[0]!.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const seed = await t.caller.profileSet.get({ id: rows[0]!.id });
    expect(seed).toMatchObject({ isSeed: true, version: 1, parentId: null, parentName: null, document: seedProfileSet() });
    expect((await t.caller.profileSet.list()).items).toEqual([
      expect.objectContaining({
        id: rows[0]!.id,
        name: seedProfileSet().name,
        isSeed: true,
        parties: seedProfileSet().parties.map((p) => ({ partyId: p.partyId, name: p.name })),
      }),
    ]);
  });

  it("seeding again, or preparing the database again, inserts nothing and changes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    expect(await seedProfileSets(t.db)).toEqual([]);
    expect(await seedScenarios(t.db)).toEqual([]);
    expect(await prepareDatabase(t.database)).toEqual({ migrations: [], seeded: [] });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("does not bring back a seed set that was deleted, nor overwrite one that was edited", async () => {
    const seed = await seedProfileSetRow(t.db);
    // The API refuses to change the seed set; an older database may still hold an edited one.
    await t.db.profileSet.update({
      where: { id: seed.id },
      data: { name: "Edited seed", nameSearch: "edited seed", version: 2 },
    });
    let before = await snapshotDatabase(t.db);
    expect(await prepareDatabase(t.database)).toEqual({ migrations: [], seeded: [] });
    expect(await snapshotDatabase(t.db)).toEqual(before);

    await t.db.profileSet.update({ where: { id: seed.id }, data: { deletedAt: new Date() } });
    before = await snapshotDatabase(t.db);
    expect(await seedProfileSets(t.db)).toEqual([]);
    expect(await prepareDatabase(t.database)).toEqual({ migrations: [], seeded: [] });
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect((await t.caller.profileSet.list()).items).toEqual([]);
  });

  it("on an empty migrated database, inserts the seed set exactly once", async () => {
    const empty = await openTestDb({ seed: false });
    try {
      expect(await empty.caller.profileSet.list()).toEqual({ items: [] });
      expect(await seedProfileSets(empty.db)).toEqual([SEED_PROFILE_SET_KEY]);
      const after = await snapshotDatabase(empty.db);
      expect(await seedProfileSets(empty.db)).toEqual([]);
      expect(await snapshotDatabase(empty.db)).toEqual(after);
      expect(await empty.db.profileSet.count()).toBe(1);
    } finally {
      await empty.close();
    }
  });

  it("prepareDatabase on a migrated but unseeded file reports the profile set's key with the scenarios'", async () => {
    const empty = await openTestDb({ seed: false });
    try {
      const { migrations, seeded } = await prepareDatabase(empty.database);
      expect(migrations).toEqual([]);
      expect(seeded).toContain(SEED_PROFILE_SET_KEY);
      expect(seeded.filter((key) => key === SEED_PROFILE_SET_KEY)).toHaveLength(1);
    } finally {
      await empty.close();
    }
  });
});
