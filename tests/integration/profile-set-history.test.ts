import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeRevision } from "@/server/db/revision-codec.ts";
import { createDb } from "@/server/db/client.ts";
import { migrateDatabase } from "@/server/db/migrate.ts";
import { SEED_PROFILE_SET_KEY, seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { createInnerContext } from "@/server/trpc/context.ts";
import { createCaller } from "@/server/trpc/root.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { strangerSecret } from "../helpers/editable.ts";
import { createSet } from "../helpers/profile-sets.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";
import { migrateBefore } from "../helpers/old-database.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// Profile sets keep their history as scenarios do: every save is an immutable revision, restore
// saves an old one again; and the server names the seed set.

const t = testDbPerTest();

/** A copy of the set's document with Ukraine's weight on guarantees set to `weight`. */
const withGuarantees = (document: ReturnType<typeof seedProfileSet>, weight: number) => ({
  ...document,
  parties: document.parties.map((p) => (p.partyId === "ukraine" ? { ...p, weights: { ...p.weights, guarantees: weight } } : p)),
});

describe("profileSet.seed", () => {
  it("names the seed set: read-only, published, the seed document, whatever else is published", async () => {
    for (let i = 0; i < 3; i++) await createSet(t.caller, { ...seedProfileSet(), name: `Newer ${i}` }, { published: true });
    const seed = await t.caller.profileSet.seed();
    const row = await t.db.profileSet.findUniqueOrThrow({ where: { seedKey: SEED_PROFILE_SET_KEY } });
    expect(seed.id).toBe(row.id);
    expect(seed.isSeed).toBe(true);
    expect(seed.readOnly).toBe(true);
    expect(seed.document).toEqual(seedProfileSet());
  });
});

describe("profile set history", () => {
  it("every save is a revision with a one-line summary, newest first; the seed has one, 'Created'", async () => {
    const set = await createSet(t.caller);
    const v2 = await t.caller.profileSet.update({
      id: set.id,
      editSecret: set.editSecret,
      baseVersion: 1,
      document: withGuarantees(set.document, 25),
    });
    await t.caller.profileSet.update({
      id: set.id,
      editSecret: set.editSecret,
      baseVersion: 2,
      document: { ...v2.document, name: "Renamed" },
    });
    const history = await t.caller.profileSet.history({ id: set.id });
    expect(history.title).toBe("Renamed");
    expect(history.items.map((r) => [r.number, r.summary, r.isCurrent])).toEqual([
      [3, `Name “${set.document.name}” → “Renamed”`, true],
      [2, "Ukraine: weight on Security guarantees 18 → 25", false],
      [1, "Created", false],
    ]);
    const seed = await t.caller.profileSet.seed();
    expect((await t.caller.profileSet.history({ id: seed.id })).items.map((r) => r.summary)).toEqual(["Created"]);
  });

  it("restoring revision 1 appends revision 3 equal to it and keeps revision 2", async () => {
    const set = await createSet(t.caller);
    await t.caller.profileSet.update({
      id: set.id,
      editSecret: set.editSecret,
      baseVersion: 1,
      document: withGuarantees(set.document, 30),
    });
    const restored = await t.caller.profileSet.restore({ id: set.id, editSecret: set.editSecret, revision: 1 });
    expect(restored.version).toBe(3);
    expect(restored.document).toEqual(set.document);
    expect((await t.caller.profileSet.get({ id: set.id })).document).toEqual(set.document);
    const history = await t.caller.profileSet.history({ id: set.id });
    expect(history.items.map((r) => [r.number, r.summary, r.restoredFrom])).toEqual([
      [3, "Restored revision 1", 1],
      [2, "Ukraine: weight on Security guarantees 18 → 30", null],
      [1, "Created", null],
    ]);
    const rows = await t.db.profileSetRevision.findMany({ where: { profileSetId: set.id }, orderBy: { number: "asc" } });
    expect(JSON.parse(decodeRevision(rows[1]!))).toEqual(withGuarantees(set.document, 30));
  });

  it("restore needs the edit secret, refuses the seed, a stale baseVersion and an unknown revision, and writes nothing", async () => {
    const set = await createSet(t.caller);
    await t.caller.profileSet.update({
      id: set.id,
      editSecret: set.editSecret,
      baseVersion: 1,
      document: withGuarantees(set.document, 30),
    });
    const seed = await t.caller.profileSet.seed();
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(
      () => t.caller.profileSet.restore({ id: set.id, editSecret: strangerSecret(), revision: 1 }),
      "FORBIDDEN",
    );
    await expectTRPCError(
      () => t.caller.profileSet.restore({ id: seed.id, editSecret: strangerSecret(), revision: 1 }),
      "FORBIDDEN",
    );
    await expectTRPCError(
      () => t.caller.profileSet.restore({ id: set.id, editSecret: set.editSecret, revision: 1, baseVersion: 1 }),
      "CONFLICT",
    );
    const missing = await expectTRPCError(
      () => t.caller.profileSet.restore({ id: set.id, editSecret: set.editSecret, revision: 9 }),
      "NOT_FOUND",
    );
    expect(missing.message).toContain("no revision 9");
    await expectTRPCError(() => t.caller.profileSet.history({ id: "no-such-set" }), "NOT_FOUND");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("bad input names the field and writes nothing", async () => {
    const set = await createSet(t.caller);
    const before = await snapshotDatabase(t.db);
    const error = await expectTRPCError(
      () => t.caller.profileSet.restore({ id: set.id, editSecret: set.editSecret, revision: 0 }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("Revisions are numbered from 1");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});

describe("the revisions migration", () => {
  it("gives sets saved before it their current document as their current revision", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "parley-profile-history-"));
    try {
      const file = path.join(dir, "old.db");
      await migrateBefore(file, "_profile_set_revisions");
      const raw = new Database(file);
      const document = JSON.stringify({ ...seedProfileSet(), name: "Saved three times" });
      raw
        .prepare(
          `INSERT INTO ProfileSet (id, name, nameSearch, schemaVersion, document, version, createdAt, updatedAt) VALUES ('old-set', 'Saved three times', 'saved three times', 1, ?, 3, 0, 0)`,
        )
        .run(document);
      raw.close();
      await migrateDatabase(file);
      const db = await createDb(file);
      const caller = createCaller(createInnerContext({ db }));
      const history = await caller.profileSet.history({ id: "old-set" });
      expect(history.items.map((r) => [r.number, r.summary, r.isCurrent])).toEqual([[3, "Earliest version kept", true]]);
      await db.$disconnect();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
