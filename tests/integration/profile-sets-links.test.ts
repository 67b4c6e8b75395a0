import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EDIT_SECRET_SHAPE, strangerSecret } from "../helpers/editable.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { createSet, forkSet, namedProfileDocument, seedProfileDocument, seedProfileSetRow } from "../helpers/profile-sets.ts";
import { onPostgres } from "../helpers/test-db.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// Profile sets' capability links (edit secrets, view links, rotation, publishing), on a real database
// migrated with the real migrations and seeded by bootstrap. The store's other behaviour: profile-sets.test.ts.

const t = testDbPerTest();

describe("capability links", () => {
  const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
  const refusal = async (fn: () => Promise<unknown>) => {
    const error = await expectTRPCError(fn, "FORBIDDEN");
    return error.message;
  };

  it.skipIf(onPostgres())(
    "the profile_set_edit_secrets migration is recorded, and adds editSecretHash, published and the list index",
    async () => {
      const folder = readdirSync(path.resolve(process.cwd(), "prisma/sqlite/migrations")).find((name) =>
        name.endsWith("_profile_set_edit_secrets"),
      );
      expect(folder).toBeDefined();
      const rows = await t.db.$queryRawUnsafe<{ finished_at: unknown }[]>(
        `SELECT finished_at FROM "_prisma_migrations" WHERE migration_name = ?`,
        folder,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.finished_at).not.toBeNull();
      const columns = await t.db.$queryRawUnsafe<{ name: string; notnull: bigint | number }[]>(`PRAGMA table_info("ProfileSet")`);
      expect(columns.map((c) => c.name)).toEqual(expect.arrayContaining(["editSecretHash", "published"]));
      const objects = await t.db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT name FROM sqlite_master WHERE tbl_name = 'ProfileSet' AND type = 'index'`,
      );
      expect(objects.map((o) => o.name)).toContain("ProfileSet_published_deletedAt_updatedAt_id_idx");
    },
  );

  it("create returns the secret once; only its SHA-256 is stored, in no other column", async () => {
    const { id, editSecret } = await createSet(t.caller, namedProfileDocument("Hashed"));
    const row = await t.db.profileSet.findUniqueOrThrow({ where: { id } });
    expect(row.editSecretHash).toBe(sha256(editSecret));
    expect(JSON.stringify(await snapshotDatabase(t.db))).not.toContain(editSecret);
    expect(JSON.stringify(await t.caller.profileSet.get({ id }))).not.toContain(editSecret);
    expect(JSON.stringify(await t.caller.profileSet.list())).not.toContain(editSecret);
  });

  it("a view link never mutates: no, a wrong or another set's secret is refused, with one message, and nothing changes", async () => {
    const target = await createSet(t.caller, namedProfileDocument("Target"), { published: true });
    const other = await createSet(t.caller, namedProfileDocument("Other"));
    const before = await snapshotDatabase(t.db);
    const messages = new Set<string>();
    for (const editSecret of [
      strangerSecret(),
      other.editSecret,
      `${target.editSecret}x`,
      target.editSecret.slice(1),
      "x",
      sha256(target.editSecret).slice(0, 64),
    ]) {
      messages.add(
        await refusal(() =>
          t.caller.profileSet.update({ id: target.id, editSecret, baseVersion: 1, document: namedProfileDocument("Hijacked") }),
        ),
      );
      messages.add(await refusal(() => t.caller.profileSet.delete({ id: target.id, editSecret })));
      messages.add(await refusal(() => t.caller.profileSet.rotateEditSecret({ id: target.id, editSecret })));
      messages.add(await refusal(() => t.caller.profileSet.setPublished({ id: target.id, editSecret, published: false })));
      // A stale baseVersion does not reveal a conflict to a view link: the secret is checked first.
      messages.add(
        await refusal(() =>
          t.caller.profileSet.update({ id: target.id, editSecret, baseVersion: 7, document: namedProfileDocument("Hijacked") }),
        ),
      );
    }
    expect([...messages]).toEqual([expect.stringMatching(/^editSecret: /)]);
    // No secret at all is a bad input, naming editSecret.
    const bare = { id: target.id } as { id: string; editSecret: string };
    await expectTRPCError(() => t.caller.profileSet.delete(bare), "BAD_REQUEST");
    await expectTRPCError(() => t.caller.profileSet.rotateEditSecret(bare), "BAD_REQUEST");
    await expectTRPCError(() => t.caller.profileSet.setPublished({ ...bare, published: false }), "BAD_REQUEST");
    await expectTRPCError(
      () => t.caller.profileSet.update({ ...bare, baseVersion: 1, document: seedProfileDocument() }),
      "BAD_REQUEST",
    );
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("rotation makes the old secret FORBIDDEN everywhere and the new one work; an unknown id is NOT_FOUND", async () => {
    const set = await createSet(t.caller, namedProfileDocument("Rotated"));
    const rotated = await t.caller.profileSet.rotateEditSecret({ id: set.id, editSecret: set.editSecret });
    expect(rotated).toEqual({ id: set.id, editSecret: expect.stringMatching(EDIT_SECRET_SHAPE) });
    expect(rotated.editSecret).not.toBe(set.editSecret);
    expect((await t.db.profileSet.findUniqueOrThrow({ where: { id: set.id } })).editSecretHash).toBe(sha256(rotated.editSecret));
    const before = await snapshotDatabase(t.db);
    await refusal(() =>
      t.caller.profileSet.update({
        id: set.id,
        editSecret: set.editSecret,
        baseVersion: 1,
        document: namedProfileDocument("Old link"),
      }),
    );
    await refusal(() => t.caller.profileSet.rotateEditSecret({ id: set.id, editSecret: set.editSecret }));
    await refusal(() => t.caller.profileSet.setPublished({ id: set.id, editSecret: set.editSecret, published: true }));
    await refusal(() => t.caller.profileSet.delete({ id: set.id, editSecret: set.editSecret }));
    await expectTRPCError(
      () => t.caller.profileSet.rotateEditSecret({ id: "AAAAAAAAAAAAAAAAAAAAAA", editSecret: rotated.editSecret }),
      "NOT_FOUND",
    );
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect(
      await t.caller.profileSet.update({
        id: set.id,
        editSecret: rotated.editSecret,
        baseVersion: 1,
        document: namedProfileDocument("New link"),
      }),
    ).toMatchObject({
      version: 2,
    });
  });

  it("new sets are unlisted (reachable by id) until published; unpublishing hides them again; the seed stays listed", async () => {
    const seed = await seedProfileSetRow(t.db);
    const set = await createSet(t.caller, namedProfileDocument("Quiet"));
    const listed = async () => (await t.caller.profileSet.list()).items.map((i) => i.id);
    expect(await listed()).toEqual([seed.id]);
    expect((await t.caller.profileSet.list({ query: "quiet" })).items).toEqual([]);
    expect(await t.caller.profileSet.get({ id: set.id })).toMatchObject({ published: false, document: { name: "Quiet" } });
    expect(await t.caller.profileSet.setPublished({ id: set.id, editSecret: set.editSecret, published: true })).toMatchObject({
      id: set.id,
      published: true,
    });
    expect(await listed()).toEqual([set.id, seed.id]);
    await t.caller.profileSet.setPublished({ id: set.id, editSecret: set.editSecret, published: false });
    expect(await listed()).toEqual([seed.id]);
    // Forks of a listed set start unlisted.
    await t.caller.profileSet.setPublished({ id: set.id, editSecret: set.editSecret, published: true });
    const fork = await forkSet(t.caller, set.id);
    expect(await listed()).not.toContain(fork.id);
  });

  it("fork gives an editable copy of a set one can only view (unpublished or read-only)", async () => {
    const owner = await createSet(t.caller, namedProfileDocument("Someone else's"));
    const fork = await forkSet(t.caller, owner.id, "Mine now");
    const saved = await t.caller.profileSet.update({
      id: fork.id,
      editSecret: fork.editSecret,
      baseVersion: 1,
      document: namedProfileDocument("Mine, edited"),
    });
    expect(saved).toMatchObject({ parentId: owner.id, readOnly: false, version: 2, document: { name: "Mine, edited" } });
    expect(await t.caller.profileSet.get({ id: owner.id })).toMatchObject({ version: 1, document: { name: "Someone else's" } });
    await t.caller.profileSet.setPublished({ id: fork.id, editSecret: fork.editSecret, published: true });
    await t.caller.profileSet.delete({ id: fork.id, editSecret: fork.editSecret });
    await expectTRPCError(() => t.caller.profileSet.get({ id: fork.id }), "NOT_FOUND");
  });

  it("sets from before edit links (no hash) are read-only but forkable", async () => {
    const set = await createSet(t.caller, namedProfileDocument("Legacy"));
    await t.db.profileSet.update({ where: { id: set.id }, data: { editSecretHash: null, published: true } });
    expect(await t.caller.profileSet.get({ id: set.id })).toMatchObject({ readOnly: true, published: true });
    const before = await snapshotDatabase(t.db);
    for (const editSecret of [set.editSecret, strangerSecret()]) {
      await refusal(() =>
        t.caller.profileSet.update({ id: set.id, editSecret, baseVersion: 1, document: namedProfileDocument("Changed") }),
      );
      await refusal(() => t.caller.profileSet.delete({ id: set.id, editSecret }));
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect(await forkSet(t.caller, set.id)).toMatchObject({ document: { name: "Legacy (copy)" } });
  });
});
