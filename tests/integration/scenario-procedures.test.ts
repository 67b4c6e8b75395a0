import { decodeRevision, ENCODED_COLUMNS } from "@/server/db/revision-codec.ts";
import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION } from "@/server/domain/scenario.ts";
import { connect } from "../helpers/connect.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, usProposalDocument, withRegion } from "../helpers/documents.ts";
import { createEditable, EDIT_SECRET_SHAPE, forkEditable } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

const t = testDbPerTest();

/** The stored revisions, oldest first, each document decoded to its JSON text (rows are stored compressed). */
const revisionsOf = async (id: string) =>
  (
    await t.db.scenarioRevision.findMany({
      where: { scenarioId: id },
      orderBy: { number: "asc" },
      select: { number: true, schemaVersion: true, ...ENCODED_COLUMNS },
    })
  ).map((row) => ({ ...row, document: decodeRevision(row) }));

describe("create and get", () => {
  it("create returns a new id at version 1; get returns the same document", async () => {
    const document = { ...statusQuoDocument(), title: "My scenario" };
    const created = await t.caller.scenario.create({ document });
    expect(created).toMatchObject({ version: 1, parentId: null, isSeed: false, published: false, readOnly: false, document });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.editSecret).toMatch(EDIT_SECRET_SHAPE);
    expect(created.editSecret).not.toBe(created.id);
    const got = await t.caller.scenario.get({ id: created.id });
    expect(got).toMatchObject({ id: created.id, version: 1, parentTitle: null, published: false, readOnly: false, document });
    // The secret is handed out once: reading the scenario never shows it.
    expect(got).not.toHaveProperty("editSecret");
    expect(JSON.stringify(got)).not.toContain(created.editSecret!);
    expect(Date.parse(got.createdAt)).not.toBeNaN();
  });

  it("stores the trimmed title", async () => {
    const created = await t.caller.scenario.create({ document: { ...statusQuoDocument(), title: "  Padded  " } });
    expect((await t.caller.scenario.get({ id: created.id })).document.title).toBe("Padded");
  });

  it("gives two creates of the same document two ids and two edit secrets", async () => {
    const a = await t.caller.scenario.create({ document: statusQuoDocument() });
    const b = await t.caller.scenario.create({ document: statusQuoDocument() });
    expect(a.id).not.toBe(b.id);
    expect(a.editSecret).not.toBe(b.editSecret);
  });

  it("appends revision 1 with the stored document", async () => {
    const document = usProposalDocument();
    const { id } = await t.caller.scenario.create({ document });
    const revisions = await revisionsOf(id);
    expect(revisions.map((r) => r.number)).toEqual([1]);
    expect(JSON.parse(revisions[0]!.document)).toEqual(document);
    expect(revisions[0]!.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe("update", () => {
  it("with the right baseVersion bumps the version; the change is visible on reload and after reopening the file", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    const changed = withRegion(statusQuoDocument(), "UA-14", { russiaKm2: 20_000, ukraineKm2: 6_517 });
    const updated = await t.caller.scenario.update({ id, editSecret, baseVersion: 1, document: changed });
    expect(updated).toMatchObject({ version: 2, published: false, readOnly: false });
    expect(updated).not.toHaveProperty("editSecret");
    expect((await t.caller.scenario.get({ id })).document.terms.territory["UA-14"].russiaKm2).toBe(20_000);

    const other = await connect(t.database);
    try {
      const reloaded = await other.caller.scenario.get({ id });
      expect(reloaded.version).toBe(2);
      expect(reloaded.document).toEqual(changed);
    } finally {
      await other.close();
    }
  });

  it("survives closing and reopening every connection", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    await t.caller.scenario.update({
      id,
      editSecret,
      baseVersion: 1,
      document: { ...statusQuoDocument(), title: "Saved before restart" },
    });
    await t.db.$disconnect();
    const reopened = await connect(t.database);
    try {
      expect(await reopened.caller.scenario.get({ id })).toMatchObject({
        version: 2,
        document: { title: "Saved before restart" },
      });
    } finally {
      await reopened.close();
    }
  });

  it("with a stale or future baseVersion is CONFLICT and changes nothing", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    await t.caller.scenario.update({ id, editSecret, baseVersion: 1, document: { ...statusQuoDocument(), title: "Second" } });
    const before = await snapshotDatabase(t.db);
    for (const baseVersion of [1, 3, 99]) {
      const error = await expectTRPCError(
        () => t.caller.scenario.update({ id, editSecret, baseVersion, document: { ...statusQuoDocument(), title: "Lost" } }),
        "CONFLICT",
      );
      expect(error.message).toContain("version 2");
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect((await t.caller.scenario.get({ id })).document.title).toBe("Second");
  });

  it("two saves from the same base version: one wins, the other is CONFLICT", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    const results = await Promise.allSettled(
      ["A", "B"].map((title) =>
        t.caller.scenario.update({ id, editSecret, baseVersion: 1, document: { ...statusQuoDocument(), title } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
    expect((await revisionsOf(id)).map((r) => r.number)).toEqual([1, 2]);
  });

  it("every save appends one revision, numbered 1..n, holding what was saved", async () => {
    const { id, editSecret } = await createEditable(t.caller, { ...statusQuoDocument(), title: "v1" });
    for (let version = 1; version < 5; version++) {
      await t.caller.scenario.update({
        id,
        editSecret,
        baseVersion: version,
        document: { ...statusQuoDocument(), title: `v${version + 1}` },
      });
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
    expect(fork).toMatchObject({ version: 1, parentId: source.id, isSeed: false, published: false, readOnly: false });
    expect(fork.editSecret).toMatch(EDIT_SECRET_SHAPE);
    expect(fork.editSecret).not.toBe(source.editSecret);
    expect(fork.document).toEqual({ ...usProposalDocument(), title: "U.S. proposal (April 2025) (copy)" });
    expect(await t.caller.scenario.get({ id: fork.id })).toMatchObject({
      parentId: source.id,
      parentTitle: "U.S. proposal (April 2025)",
    });
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

  it("forks a seed into an editable, unlisted copy; the seed stays as it was", async () => {
    const us = await seedId(t.db, "us-proposal-2025-04");
    const before = await t.caller.scenario.get({ id: us });
    expect(before).toMatchObject({ isSeed: true, published: true, readOnly: true });
    const fork = await forkEditable(t.caller, us);
    expect(await t.caller.scenario.get({ id: fork.id })).toMatchObject({
      parentId: us,
      isSeed: false,
      published: false,
      readOnly: false,
    });
    await t.caller.scenario.update({
      id: fork.id,
      editSecret: fork.editSecret,
      baseVersion: 1,
      document: { ...fork.document, title: "Mine now" },
    });
    expect(await t.caller.scenario.get({ id: us })).toEqual(before);
  });

  it("parentTitle follows the parent's current title, and is null once the parent is deleted", async () => {
    const source = await createEditable(t.caller);
    const fork = await t.caller.scenario.fork({ id: source.id });
    await t.caller.scenario.update({
      id: source.id,
      editSecret: source.editSecret,
      baseVersion: 1,
      document: { ...statusQuoDocument(), title: "Renamed" },
    });
    expect((await t.caller.scenario.get({ id: fork.id })).parentTitle).toBe("Renamed");
    await t.caller.scenario.delete({ id: source.id, editSecret: source.editSecret });
    expect(await t.caller.scenario.get({ id: fork.id })).toMatchObject({ parentId: source.id, parentTitle: null });
  });
});

describe("delete and undelete", () => {
  it("delete hides a scenario from list and get; undelete brings it back unchanged", async () => {
    // Published, so that dropping out of the list is the delete's doing.
    const created = await createEditable(t.caller, { ...statusQuoDocument(), title: "Short-lived" }, { published: true });
    const { editSecret } = created;
    expect((await t.caller.scenario.list({ query: "short-lived" })).items.map((i) => i.id)).toEqual([created.id]);
    expect(await t.caller.scenario.delete({ id: created.id, editSecret })).toEqual({ id: created.id, deleted: true });
    expect((await t.caller.scenario.list({ limit: 100 })).items.map((i) => i.id)).not.toContain(created.id);
    expect((await t.caller.scenario.list({ query: "short-lived" })).items).toEqual([]);
    await expectTRPCError(() => t.caller.scenario.get({ id: created.id }), "NOT_FOUND");

    const restored = await t.caller.scenario.undelete({ id: created.id, editSecret });
    expect(restored).toMatchObject({ id: created.id, version: 1, published: true, readOnly: false, document: created.document });
    expect((await t.caller.scenario.list({ query: "short-lived" })).items.map((i) => i.id)).toEqual([created.id]);
    expect((await revisionsOf(created.id)).map((r) => r.number)).toEqual([1]);
  });

  it("a deleted scenario cannot be deleted again, updated or forked; a live one cannot be undeleted", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    await expectTRPCError(() => t.caller.scenario.undelete({ id, editSecret }), "NOT_FOUND");
    await t.caller.scenario.delete({ id, editSecret });
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(() => t.caller.scenario.delete({ id, editSecret }), "NOT_FOUND");
    await expectTRPCError(
      () => t.caller.scenario.update({ id, editSecret, baseVersion: 1, document: statusQuoDocument() }),
      "NOT_FOUND",
    );
    await expectTRPCError(() => t.caller.scenario.restore({ id, editSecret, revision: 1 }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.scenario.rotateEditSecret({ id, editSecret }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.scenario.setPublished({ id, editSecret, published: true }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.scenario.fork({ id }), "NOT_FOUND");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});
