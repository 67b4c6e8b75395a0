import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connect } from "../helpers/connect.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, usProposalDocument, withRegion } from "../helpers/documents.ts";
import { openTestDb, type TestDb } from "../helpers/test-db.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

let t: TestDb;
beforeEach(async () => {
  t = await openTestDb();
});
afterEach(async () => {
  await t.close();
});

const revisionsOf = (id: string) =>
  t.db.scenarioRevision.findMany({ where: { scenarioId: id }, orderBy: { number: "asc" }, select: { number: true, document: true, schemaVersion: true } });

describe("create and get", () => {
  it("create returns a new id at version 1; get returns the same document", async () => {
    const document = { ...statusQuoDocument(), title: "My scenario" };
    const created = await t.caller.scenario.create({ document });
    expect(created).toMatchObject({ version: 1, parentId: null, isSeed: false, document });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const got = await t.caller.scenario.get({ id: created.id });
    expect(got).toMatchObject({ id: created.id, version: 1, parentTitle: null, document });
    expect(Date.parse(got.createdAt)).not.toBeNaN();
  });

  it("stores the trimmed title", async () => {
    const created = await t.caller.scenario.create({ document: { ...statusQuoDocument(), title: "  Padded  " } });
    expect((await t.caller.scenario.get({ id: created.id })).document.title).toBe("Padded");
  });

  it("gives two creates of the same document two ids", async () => {
    const a = await t.caller.scenario.create({ document: statusQuoDocument() });
    const b = await t.caller.scenario.create({ document: statusQuoDocument() });
    expect(a.id).not.toBe(b.id);
  });

  it("appends revision 1 with the stored document", async () => {
    const document = usProposalDocument();
    const { id } = await t.caller.scenario.create({ document });
    const revisions = await revisionsOf(id);
    expect(revisions.map((r) => r.number)).toEqual([1]);
    expect(JSON.parse(revisions[0]!.document)).toEqual(document);
    expect(revisions[0]!.schemaVersion).toBe(1);
  });
});

describe("update", () => {
  it("with the right baseVersion bumps the version; the change is visible on reload and after reopening the file", async () => {
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    const changed = withRegion(statusQuoDocument(), "UA-14", { russiaKm2: 20_000, ukraineKm2: 6_517 });
    const updated = await t.caller.scenario.update({ id, baseVersion: 1, document: changed });
    expect(updated.version).toBe(2);
    expect((await t.caller.scenario.get({ id })).document.terms.territory["UA-14"].russiaKm2).toBe(20_000);

    const other = await connect(t.file);
    try {
      const reloaded = await other.caller.scenario.get({ id });
      expect(reloaded.version).toBe(2);
      expect(reloaded.document).toEqual(changed);
    } finally {
      await other.close();
    }
  });

  it("survives closing and reopening every connection", async () => {
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    await t.caller.scenario.update({ id, baseVersion: 1, document: { ...statusQuoDocument(), title: "Saved before restart" } });
    await t.db.$disconnect();
    const reopened = await connect(t.file);
    try {
      expect(await reopened.caller.scenario.get({ id })).toMatchObject({ version: 2, document: { title: "Saved before restart" } });
    } finally {
      await reopened.close();
    }
  });

  it("with a stale or future baseVersion is CONFLICT and changes nothing", async () => {
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    await t.caller.scenario.update({ id, baseVersion: 1, document: { ...statusQuoDocument(), title: "Second" } });
    const before = await snapshotDatabase(t.db);
    for (const baseVersion of [1, 3, 99]) {
      const error = await expectTRPCError(() => t.caller.scenario.update({ id, baseVersion, document: { ...statusQuoDocument(), title: "Lost" } }), "CONFLICT");
      expect(error.message).toContain("version 2");
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect((await t.caller.scenario.get({ id })).document.title).toBe("Second");
  });

  it("two saves from the same base version: one wins, the other is CONFLICT", async () => {
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    const results = await Promise.allSettled(
      ["A", "B"].map((title) => t.caller.scenario.update({ id, baseVersion: 1, document: { ...statusQuoDocument(), title } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
    expect((await revisionsOf(id)).map((r) => r.number)).toEqual([1, 2]);
  });

  it("every save appends one revision, numbered 1..n, holding what was saved", async () => {
    const { id } = await t.caller.scenario.create({ document: { ...statusQuoDocument(), title: "v1" } });
    for (let version = 1; version < 5; version++) {
      await t.caller.scenario.update({ id, baseVersion: version, document: { ...statusQuoDocument(), title: `v${version + 1}` } });
    }
    const revisions = await revisionsOf(id);
    expect(revisions.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(revisions.map((r) => JSON.parse(r.document).title)).toEqual(["v1", "v2", "v3", "v4", "v5"]);
    expect((await t.caller.scenario.get({ id })).version).toBe(5);
  });
});

describe("fork", () => {
  it("copies the document under a new id and remembers its parent", async () => {
    const source = await t.caller.scenario.create({ document: usProposalDocument() });
    const fork = await t.caller.scenario.fork({ id: source.id });
    expect(fork.id).not.toBe(source.id);
    expect(fork).toMatchObject({ version: 1, parentId: source.id, isSeed: false });
    expect(fork.document).toEqual({ ...usProposalDocument(), title: "U.S. proposal (April 2025) (copy)" });
    expect(await t.caller.scenario.get({ id: fork.id })).toMatchObject({ parentId: source.id, parentTitle: "U.S. proposal (April 2025)" });
    expect((await revisionsOf(fork.id)).map((r) => r.number)).toEqual([1]);
  });

  it("takes a new title when given one, and leaves the source untouched", async () => {
    const source = await t.caller.scenario.create({ document: statusQuoDocument() });
    const fork = await t.caller.scenario.fork({ id: source.id, title: "  My variant " });
    expect(fork.document.title).toBe("My variant");
    expect(await t.caller.scenario.get({ id: source.id })).toMatchObject({ version: 1, document: statusQuoDocument() });
  });

  it("keeps the default title within 200 characters", async () => {
    const title = "x".repeat(200);
    const source = await t.caller.scenario.create({ document: { ...statusQuoDocument(), title } });
    const fork = await t.caller.scenario.fork({ id: source.id });
    expect(fork.document.title).toBe(`${"x".repeat(193)} (copy)`);
    expect((await t.caller.scenario.get({ id: fork.id })).document.title).toHaveLength(200);
  });

  it("cuts a long default title without splitting a character", async () => {
    const title = "🇺🇦".repeat(50); // 200 code units, 100 astral code points
    const source = await t.caller.scenario.create({ document: { ...statusQuoDocument(), title } });
    const fork = await t.caller.scenario.fork({ id: source.id });
    expect(fork.document.title.length).toBeLessThanOrEqual(200);
    expect(fork.document.title.endsWith(" (copy)")).toBe(true);
    expect(fork.document.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("parentTitle follows the parent's current title, and is null once the parent is deleted", async () => {
    const source = await t.caller.scenario.create({ document: statusQuoDocument() });
    const fork = await t.caller.scenario.fork({ id: source.id });
    await t.caller.scenario.update({ id: source.id, baseVersion: 1, document: { ...statusQuoDocument(), title: "Renamed" } });
    expect((await t.caller.scenario.get({ id: fork.id })).parentTitle).toBe("Renamed");
    await t.caller.scenario.delete({ id: source.id });
    expect(await t.caller.scenario.get({ id: fork.id })).toMatchObject({ parentId: source.id, parentTitle: null });
  });
});

describe("delete and undelete", () => {
  it("delete hides a scenario from list and get; undelete brings it back unchanged", async () => {
    const created = await t.caller.scenario.create({ document: { ...statusQuoDocument(), title: "Short-lived" } });
    expect(await t.caller.scenario.delete({ id: created.id })).toEqual({ id: created.id, deleted: true });
    expect((await t.caller.scenario.list({ limit: 100 })).items.map((i) => i.id)).not.toContain(created.id);
    expect((await t.caller.scenario.list({ query: "short-lived" })).items).toEqual([]);
    await expectTRPCError(() => t.caller.scenario.get({ id: created.id }), "NOT_FOUND");

    const restored = await t.caller.scenario.undelete({ id: created.id });
    expect(restored).toMatchObject({ id: created.id, version: 1, document: created.document });
    expect((await t.caller.scenario.list({ query: "short-lived" })).items.map((i) => i.id)).toEqual([created.id]);
    expect((await revisionsOf(created.id)).map((r) => r.number)).toEqual([1]);
  });

  it("a deleted scenario cannot be deleted again, updated or forked; a live one cannot be undeleted", async () => {
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    await expectTRPCError(() => t.caller.scenario.undelete({ id }), "NOT_FOUND");
    await t.caller.scenario.delete({ id });
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(() => t.caller.scenario.delete({ id }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.scenario.update({ id, baseVersion: 1, document: statusQuoDocument() }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.scenario.fork({ id }), "NOT_FOUND");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});
