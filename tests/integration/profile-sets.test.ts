import { describe, expect, it } from "vitest";
import { seedProfileSets } from "@/server/db/seed.ts";
import { PROFILE_SET_SCHEMA_VERSION } from "@/server/domain/analysis/model.ts";
import { PROFILE_SET_UPGRADES, parseStoredProfileSet, upgradeProfileSet } from "@/server/domain/analysis/profile-versioning.ts";
import { seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { StoredDocumentError } from "@/server/domain/versioning.ts";
import { connect } from "../helpers/connect.ts";
import { strangerSecret } from "../helpers/editable.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { createSet, forkSet, namedProfileDocument, seedProfileDocument, seedProfileSetRow } from "../helpers/profile-sets.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// Profile sets on a real database, migrated with the real migrations and seeded by bootstrap: the
// store's reads and writes (migration and seeding: profile-sets-seeding.test.ts; capability links:
// profile-sets-links.test.ts).

const ID = /^[A-Za-z0-9_-]{22}$/;

const t = testDbPerTest();

describe("create and get", () => {
  it("create returns what get returns; the row holds the name, its lower-cased search form and the JSON", async () => {
    const document = namedProfileDocument("Kyiv Hawks — ÄÖÜ");
    const { editSecret, ...created } = await t.caller.profileSet.create({ document });
    expect(created).toMatchObject({
      version: 1,
      parentId: null,
      parentName: null,
      isSeed: false,
      published: false,
      readOnly: false,
      document,
    });
    expect(created.id).toMatch(ID);
    expect(editSecret).toMatch(ID);
    expect(created.createdAt).toBe(created.updatedAt);
    // get carries no secret: it is what a view link shows.
    expect(await t.caller.profileSet.get({ id: created.id })).toEqual(created);
    const row = await t.db.profileSet.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      name: "Kyiv Hawks — ÄÖÜ",
      nameSearch: "kyiv hawks — äöü",
      schemaVersion: 1,
      seedKey: null,
      deletedAt: null,
      published: false,
    });
    expect(JSON.parse(row.document)).toEqual(document);
  });

  it("stores what the schema parsed: names and rationales trimmed", async () => {
    const document = seedProfileDocument();
    document.name = "  Padded  ";
    document.parties[0]!.rationale = "  Why.  ";
    const created = await t.caller.profileSet.create({ document });
    expect(created.document.name).toBe("Padded");
    expect(created.document.parties[0]!.rationale).toBe("Why.");
    expect(await t.db.profileSet.findUniqueOrThrow({ where: { id: created.id }, select: { name: true } })).toEqual({
      name: "Padded",
    });
  });

  it("ids are distinct 128-bit base64url strings", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await t.caller.profileSet.create({ document: namedProfileDocument(`Set ${i}`) })).id);
    expect(ids.size).toBe(20);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(16);
  });
});

describe("update", () => {
  it("saves on top of the version it started from, returns what get returns, and keeps createdAt", async () => {
    const created = await createSet(t.caller, namedProfileDocument("Before"));
    const { createdAt, updatedAt } = await t.caller.profileSet.get({ id: created.id });
    const document = seedProfileDocument();
    document.name = "After";
    document.parties[1]!.weights.nato = 30;
    document.parties[1]!.reservation = 50;
    const saved = await t.caller.profileSet.update({ id: created.id, editSecret: created.editSecret, baseVersion: 1, document });
    expect(saved).toMatchObject({ id: created.id, version: 2, createdAt, readOnly: false, document });
    expect(saved).not.toHaveProperty("editSecret");
    expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(Date.parse(updatedAt));
    expect(await t.caller.profileSet.get({ id: created.id })).toEqual(saved);
    expect(
      await t.db.profileSet.findUniqueOrThrow({
        where: { id: created.id },
        select: { name: true, nameSearch: true, version: true },
      }),
    ).toEqual({
      name: "After",
      nameSearch: "after",
      version: 2,
    });
    const third = await t.caller.profileSet.update({
      id: created.id,
      editSecret: created.editSecret,
      baseVersion: 2,
      document: namedProfileDocument("Third"),
    });
    expect(third.version).toBe(3);
  });

  it("a stale or future baseVersion is CONFLICT naming baseVersion and the current version; nothing changes", async () => {
    const { id, editSecret } = await createSet(t.caller, namedProfileDocument("Contested"));
    await t.caller.profileSet.update({ id, editSecret, baseVersion: 1, document: namedProfileDocument("First save") });
    const before = await snapshotDatabase(t.db);
    for (const baseVersion of [1, 3, 99]) {
      const error = await expectTRPCError(
        () => t.caller.profileSet.update({ id, editSecret, baseVersion, document: namedProfileDocument("Lost save") }),
        "CONFLICT",
      );
      expect(error.message).toMatch(/baseVersion: .*version 2/);
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect((await t.caller.profileSet.get({ id })).document.name).toBe("First save");
  });

  it("the seed set is read-only for everyone (fork it), and a refused change writes nothing", async () => {
    const seed = await seedProfileSetRow(t.db);
    // Whatever secret is sent (another set's included), the seed stays as it is.
    const other = await createSet(t.caller);
    const before = await snapshotDatabase(t.db);
    expect(seed.editSecretHash).toBeNull();
    expect(await t.caller.profileSet.get({ id: seed.id })).toMatchObject({ isSeed: true, readOnly: true, published: true });
    for (const editSecret of [strangerSecret(), other.editSecret]) {
      await expectTRPCError(
        () =>
          t.caller.profileSet.update({
            id: seed.id,
            editSecret,
            baseVersion: 1,
            document: namedProfileDocument("My assumptions"),
          }),
        "FORBIDDEN",
      );
      await expectTRPCError(() => t.caller.profileSet.delete({ id: seed.id, editSecret }), "FORBIDDEN");
      await expectTRPCError(() => t.caller.profileSet.rotateEditSecret({ id: seed.id, editSecret }), "FORBIDDEN");
      await expectTRPCError(() => t.caller.profileSet.setPublished({ id: seed.id, editSecret, published: false }), "FORBIDDEN");
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
    const copy = await forkSet(t.caller, seed.id);
    expect(await t.caller.profileSet.get({ id: copy.id })).toMatchObject({
      isSeed: false,
      readOnly: false,
      published: false,
      parentId: seed.id,
    });
    expect(
      await t.caller.profileSet.update({
        id: copy.id,
        editSecret: copy.editSecret,
        baseVersion: 1,
        document: namedProfileDocument("My assumptions"),
      }),
    ).toMatchObject({ version: 2 });
  });

  it("updating a deleted or unknown set is NOT_FOUND, and changes nothing", async () => {
    const { id, editSecret } = await createSet(t.caller, namedProfileDocument("Gone"));
    await t.caller.profileSet.delete({ id, editSecret });
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(
      () => t.caller.profileSet.update({ id, editSecret, baseVersion: 1, document: seedProfileDocument() }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      () =>
        t.caller.profileSet.update({ id: "AAAAAAAAAAAAAAAAAAAAAA", editSecret, baseVersion: 1, document: seedProfileDocument() }),
      "NOT_FOUND",
    );
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("two saves from the same base version on different connections: one wins, the other is CONFLICT", async () => {
    const other = await connect(t.database);
    try {
      const { id, editSecret } = await createSet(t.caller, namedProfileDocument("Shared"));
      const results = await Promise.allSettled(
        [t.caller, other.caller].map((caller, i) =>
          caller.profileSet.update({ id, editSecret, baseVersion: 1, document: namedProfileDocument(`Writer ${i}`) }),
        ),
      );
      expect(results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as { code: string }).code)).sort()).toEqual([
        "CONFLICT",
        "ok",
      ]);
      const winner = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ document: { name: string } }>;
      expect(await t.caller.profileSet.get({ id })).toMatchObject({ version: 2, document: { name: winner.value.document.name } });
    } finally {
      await other.close();
    }
  });
});

describe("fork", () => {
  it('copies the document under the name + " (copy)", remembers its parent, and leaves the source alone', async () => {
    const source = await createSet(t.caller, namedProfileDocument("Original"));
    const before = await t.db.profileSet.findUniqueOrThrow({ where: { id: source.id } });
    const { editSecret, ...fork } = await t.caller.profileSet.fork({ id: source.id });
    expect(fork.id).not.toBe(source.id);
    expect(fork).toMatchObject({
      version: 1,
      parentId: source.id,
      parentName: "Original",
      isSeed: false,
      readOnly: false,
      published: false,
      document: { ...source.document, name: "Original (copy)" },
    });
    // The fork has its own secret: the source's does not open it, nor the fork's the source.
    expect(editSecret).toMatch(ID);
    expect(editSecret).not.toBe(source.editSecret);
    await expectTRPCError(() => t.caller.profileSet.delete({ id: fork.id, editSecret: source.editSecret }), "FORBIDDEN");
    await expectTRPCError(() => t.caller.profileSet.delete({ id: source.id, editSecret: editSecret! }), "FORBIDDEN");
    expect(await t.caller.profileSet.get({ id: fork.id })).toEqual(fork);
    expect(await t.db.profileSet.findUniqueOrThrow({ where: { id: source.id } })).toEqual(before);
  });

  it("takes a name when given one", async () => {
    const seed = await seedProfileSetRow(t.db);
    const fork = await t.caller.profileSet.fork({ id: seed.id, name: "  Hawkish Russia  " });
    expect(fork).toMatchObject({
      parentId: seed.id,
      parentName: seedProfileSet().name,
      isSeed: false,
      document: { ...seedProfileSet(), name: "Hawkish Russia" },
    });
  });

  it("the seed set can be forked; the fork is not a seed and seeding does not touch it", async () => {
    const seed = await seedProfileSetRow(t.db);
    const fork = await t.caller.profileSet.fork({ id: seed.id });
    expect(fork).toMatchObject({ isSeed: false, parentId: seed.id, document: { name: `${seedProfileSet().name} (copy)` } });
    expect(await t.db.profileSet.findUniqueOrThrow({ where: { id: fork.id }, select: { seedKey: true } })).toEqual({
      seedKey: null,
    });
    const snapshot = await snapshotDatabase(t.db);
    expect(await seedProfileSets(t.db)).toEqual([]);
    expect(await snapshotDatabase(t.db)).toEqual(snapshot);
  });

  it("a long name is cut by whole code points so that the copy's name stays within 200 characters", async () => {
    for (const name of ["x".repeat(200), "😀".repeat(100), `${"x".repeat(192)}😀😀😀😀`, `${"x".repeat(193)}😀😀😀`]) {
      const source = await createSet(t.caller, namedProfileDocument(name));
      const fork = await forkSet(t.caller, source.id);
      const forkName = fork.document.name;
      expect(forkName.length, name).toBeLessThanOrEqual(200);
      expect(forkName.endsWith(" (copy)")).toBe(true);
      // No half of a surrogate pair: encodeURIComponent throws on a lone surrogate.
      expect(() => encodeURIComponent(forkName), forkName).not.toThrow();
      expect(name.startsWith(forkName.slice(0, -" (copy)".length))).toBe(true);
      // The fork reads back and saves like any set: its name is valid.
      expect(
        (await t.caller.profileSet.update({ id: fork.id, editSecret: fork.editSecret, baseVersion: 1, document: fork.document }))
          .version,
      ).toBe(2);
    }
  });

  it("forking a deleted or unknown set is NOT_FOUND; a fork whose parent is deleted keeps parentId, without parentName", async () => {
    const source = await createSet(t.caller, namedProfileDocument("Parent"));
    const fork = await t.caller.profileSet.fork({ id: source.id });
    await t.caller.profileSet.delete({ id: source.id, editSecret: source.editSecret });
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(() => t.caller.profileSet.fork({ id: source.id }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.profileSet.fork({ id: "AAAAAAAAAAAAAAAAAAAAAA" }), "NOT_FOUND");
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect(await t.caller.profileSet.get({ id: fork.id })).toMatchObject({ parentId: source.id, parentName: null });
  });
});

describe("delete", () => {
  it("hides the set from get and list but keeps its row; a second delete is NOT_FOUND", async () => {
    const { id, editSecret } = await createSet(t.caller, namedProfileDocument("Doomed"), { published: true });
    expect((await t.caller.profileSet.list()).items.map((i) => i.id)).toContain(id);
    expect(await t.caller.profileSet.delete({ id, editSecret })).toEqual({ id, deleted: true });
    await expectTRPCError(() => t.caller.profileSet.get({ id }), "NOT_FOUND");
    expect((await t.caller.profileSet.list()).items.map((i) => i.id)).not.toContain(id);
    const row = await t.db.profileSet.findUniqueOrThrow({ where: { id } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(JSON.parse(row.document)).toEqual(namedProfileDocument("Doomed"));
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(() => t.caller.profileSet.delete({ id, editSecret }), "NOT_FOUND");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});

describe("list", () => {
  it("newest first, up to the limit, without deleted sets", async () => {
    const sets: { id: string; editSecret: string }[] = [];
    for (const name of ["Alpha", "Beta", "Gamma", "Delta"]) {
      sets.push(await createSet(t.caller, namedProfileDocument(name), { published: true }));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const ids = sets.map((s) => s.id);
    await t.caller.profileSet.delete({ id: ids[2]!, editSecret: sets[2]!.editSecret });
    const seed = await seedProfileSetRow(t.db);
    expect((await t.caller.profileSet.list()).items.map((i) => i.id)).toEqual([ids[3], ids[1], ids[0], seed.id]);
    expect((await t.caller.profileSet.list({ limit: 2 })).items.map((i) => i.name)).toEqual(["Delta", "Beta"]);
    // A save moves a set to the top.
    await t.caller.profileSet.update({
      id: ids[0]!,
      editSecret: sets[0]!.editSecret,
      baseVersion: 1,
      document: namedProfileDocument("Alpha 2"),
    });
    expect((await t.caller.profileSet.list({ limit: 1 })).items).toEqual([
      expect.objectContaining({
        id: ids[0],
        name: "Alpha 2",
        version: 2,
        isSeed: false,
        parentId: null,
        description: seedProfileSet().description,
      }),
    ]);
  });

  it("searches names anywhere, ignoring case (also beyond ASCII), taking % and _ literally", async () => {
    for (const name of ["Kyiv hawks", "ÖSTERREICH view", "100% ceasefire", "under_score", "plain"])
      await createSet(t.caller, namedProfileDocument(name), { published: true });
    // Unpublished sets match nothing: they are reachable only by their link.
    await createSet(t.caller, namedProfileDocument("Kyiv hawks, unlisted"));
    const names = async (query: string) => (await t.caller.profileSet.list({ query })).items.map((i) => i.name).sort();
    expect(await names("HAWK")).toEqual(["Kyiv hawks"]);
    expect(await names("österreich")).toEqual(["ÖSTERREICH view"]);
    expect(await names("%")).toEqual(["100% ceasefire"]);
    expect(await names("_")).toEqual(["under_score"]);
    expect(await names("analyst")).toEqual([seedProfileSet().name]);
    expect(await names("  ")).toHaveLength(6);
    expect(await names("nothing like this")).toEqual([]);
  });
});

describe("reading stored documents (upgrade on read)", () => {
  it("is at schemaVersion 1 with no upgrade steps registered", () => {
    expect(PROFILE_SET_SCHEMA_VERSION).toBe(1);
    expect(Object.keys(PROFILE_SET_UPGRADES)).toEqual([]);
  });

  it("a current document loads without running an upgrade, and is not mutated", () => {
    const calls: number[] = [];
    const upgrades = Object.fromEntries(
      [0, 1, 2].map((v) => [v, (doc: Record<string, unknown>) => (calls.push(v), { ...doc, schemaVersion: v + 1 })]),
    );
    const raw = seedProfileSet();
    const copy = structuredClone(raw);
    expect(upgradeProfileSet(raw, upgrades)).toEqual(seedProfileSet());
    expect(raw).toEqual(copy);
    expect(calls).toEqual([]);
  });

  it("rejects what is not a current or upgradable profile set", () => {
    const storedError = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(StoredDocumentError);
        return (error as Error).message;
      }
      throw new Error("expected a StoredDocumentError");
    };
    expect(storedError(() => parseStoredProfileSet("{"))).toMatch(/not valid JSON/);
    expect(storedError(() => parseStoredProfileSet("[]"))).toMatch(/not an object/);
    expect(storedError(() => parseStoredProfileSet(JSON.stringify({ ...seedProfileSet(), schemaVersion: 0 })))).toMatch(
      /no valid schemaVersion/,
    );
    expect(storedError(() => parseStoredProfileSet(JSON.stringify({ ...seedProfileSet(), schemaVersion: 2 })))).toMatch(
      /reads up to 1/,
    );
    expect(storedError(() => parseStoredProfileSet(JSON.stringify({ ...seedProfileSet(), legacy: true })))).toMatch(
      /does not match schemaVersion 1/,
    );
  });
});
