import { describe, expect, it } from "vitest";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { capabilityLinks, sha256 } from "../helpers/capability-links.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable, forkEditable, publish, strangerSecret } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// Capability links over a scenario's life: publishing it (only with its secret) and deleting and
// undeleting it. The secret itself, view links, seeds and forks: capability-links.test.ts.

const { t, storedHash, scenarioWithHistory, mutation } = capabilityLinks();

describe("published", () => {
  it("a new scenario is unlisted; setPublished adds it to scenario.list and takes it off again; get works throughout", async () => {
    const s = await createEditable(t.caller, { ...statusQuoDocument(), title: "Publish me" });
    const listed = async () => (await t.caller.scenario.list({ query: "publish me" })).items.map((i) => i.id);
    expect(await listed()).toEqual([]);
    expect((await t.caller.scenario.list({ limit: 100 })).items.map((i) => i.id)).not.toContain(s.id);

    expect(await t.caller.scenario.setPublished({ id: s.id, editSecret: s.editSecret, published: true })).toMatchObject({
      id: s.id,
      published: true,
    });
    expect(await listed()).toEqual([s.id]);
    // Publishing twice is harmless.
    await publish(t.caller, s);
    expect(await listed()).toEqual([s.id]);
    // Saving keeps it listed; it is listed once.
    await t.caller.scenario.update({
      id: s.id,
      editSecret: s.editSecret,
      baseVersion: 1,
      document: { ...s.document, summary: "Edited" },
    });
    expect(await listed()).toEqual([s.id]);
    expect(await t.caller.scenario.get({ id: s.id })).toMatchObject({ published: true, version: 2 });

    expect(await t.caller.scenario.setPublished({ id: s.id, editSecret: s.editSecret, published: false })).toMatchObject({
      published: false,
    });
    expect(await listed()).toEqual([]);
    expect(await t.caller.scenario.get({ id: s.id })).toMatchObject({ published: false, version: 2 });
  });

  it("a fork of a published scenario starts unlisted; a deleted published scenario leaves the list until undeleted", async () => {
    const s = await createEditable(t.caller, { ...statusQuoDocument(), title: "Listed parent" }, { published: true });
    const fork = await forkEditable(t.caller, s.id, "Listed parent's child");
    const listed = async () => (await t.caller.scenario.list({ query: "listed parent" })).items.map((i) => i.id);
    expect(await listed()).toEqual([s.id]);
    await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret });
    expect(await listed()).toEqual([]);
    await t.caller.scenario.undelete({ id: s.id, editSecret: s.editSecret });
    expect(await listed()).toEqual([s.id]);
    await publish(t.caller, fork);
    expect(await listed()).toEqual([fork.id, s.id]);
  });

  it("only the seeds are listed on a fresh database, however many unlisted scenarios there are", async () => {
    for (let i = 0; i < 5; i++) await createEditable(t.caller);
    await forkEditable(t.caller, await seedId(t.db, "status-quo-2025-05"));
    const items = (await t.caller.scenario.list({ limit: 100 })).items;
    expect(items).toHaveLength(SEED_SCENARIOS.length);
    expect(items.every((i) => i.isSeed)).toBe(true);
  });
});

describe("delete and undelete", () => {
  it("deleting needs the secret; undelete works with it, and the secret keeps working after", async () => {
    const s = await scenarioWithHistory();
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(() => t.caller.scenario.delete({ id: s.id, editSecret: undefined as never }), "BAD_REQUEST");
    await expectTRPCError(() => t.caller.scenario.delete({ id: s.id, editSecret: strangerSecret() }), "FORBIDDEN");
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect((await t.caller.scenario.get({ id: s.id })).version).toBe(2);

    expect(await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret })).toEqual({ id: s.id, deleted: true });
    await expectTRPCError(() => t.caller.scenario.get({ id: s.id }), "NOT_FOUND");
    // While deleted, the secret opens nothing but undelete.
    await expectTRPCError(mutation("update", s, s.editSecret), "NOT_FOUND");
    await expectTRPCError(mutation("rotateEditSecret", s, s.editSecret), "NOT_FOUND");

    const undeleted = await t.caller.scenario.undelete({ id: s.id, editSecret: s.editSecret });
    expect(undeleted).toMatchObject({ id: s.id, version: 2, readOnly: false, published: false, document: s.document });
    expect(await storedHash(s.id)).toBe(sha256(s.editSecret));
    expect(
      (await t.caller.scenario.update({ id: s.id, editSecret: s.editSecret, baseVersion: 2, document: s.rev1 })).version,
    ).toBe(3);
  });
});
