import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dialectOf } from "@/server/db/dialect.ts";
import { hashEditSecret } from "@/server/db/edit-secrets.ts";
import { scenarioStore } from "@/server/db/scenarios.ts";
import { territoryHeadline } from "@/server/domain/derived.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { storedRevisions } from "../helpers/revisions.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";
import { onPostgres } from "../helpers/test-db.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// Saves on SQLite run as one prepared transaction beside Prisma's connection (dialect.saveVersion);
// on PostgreSQL through Prisma. Either way a save writes what a read expects, refuses a stale
// version or a wrong secret in its WHERE, and never waits on a lock with the event loop blocked.

const t = testDbPerFile();

const renamed = (title: string) => ({ ...statusQuoDocument(), title });

/** The dialect's prepared save of a title (and a placeholder revision) on top of `version`. */
const preparedSave = (id: string, secret: string, version: number) =>
  dialectOf(t.db).saveVersion(t.db, {
    table: "Scenario",
    where: { id, deletedAt: null, editSecretHash: hashEditSecret(secret), version },
    set: { title: "Must not land", version: version + 1, updatedAt: new Date() },
    revisionTable: "ScenarioRevision",
    revision: { scenarioId: id, number: version + 1, schemaVersion: 2, document: "{}", encoding: "text", summary: "x" },
  });

describe("a save", () => {
  it("writes the row, its list columns and a compressed revision with its summary, as Prisma reads them", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    const document = { ...renamed("Saved through the store"), summary: "A new summary" };
    const saved = await t.caller.scenario.update({ id, editSecret, baseVersion: 1, document });

    const row = await t.db.scenario.findUniqueOrThrow({ where: { id } });
    const headline = territoryHeadline(document.terms.territory);
    expect(row).toMatchObject({
      title: "Saved through the store",
      titleSearch: "saved through the store",
      summary: "A new summary",
      russiaKm2: headline.russiaKm2,
      russiaShare: headline.russiaShare,
      context: JSON.stringify(document.context),
      version: 2,
      editSecretHash: hashEditSecret(editSecret),
      published: false,
      deletedAt: null,
    });
    expect(row.updatedAt.toISOString()).toBe(saved.updatedAt);
    expect(JSON.parse(row.document)).toEqual(document);

    const revisions = await storedRevisions(t.db, id);
    expect(revisions.map((r) => [r.number, r.restoredFrom])).toEqual([
      [1, null],
      [2, null],
    ]);
    expect(revisions[1]!.document).toEqual(document);
    expect(revisions[1]!.createdAt.toISOString()).toBe(saved.updatedAt);
    const history = await t.caller.scenario.history({ id });
    expect(history.items.map((i) => i.summary)).toEqual(["Title and summary changed", "Created"]);
    // The search index follows a save like any other change of the title.
    expect((await t.caller.scenario.list({ query: "saved through the", limit: 10 })).items).toEqual([]);
    await t.caller.scenario.setPublished({ id, editSecret, published: true });
    expect((await t.caller.scenario.list({ query: "saved through the", limit: 10 })).items.map((i) => i.id)).toEqual([id]);
  });

  it("with a wrong secret in its WHERE or a stale version writes nothing", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    const before = await snapshotDatabase(t.db);
    const write = (secret: string, version: number) => preparedSave(id, secret, version);
    // PostgreSQL has no such path (undefined: the store uses Prisma); SQLite misses.
    expect(write(`${editSecret}x`, 1)).toBe(onPostgres() ? undefined : "missed");
    expect(write(editSecret, 2)).toBe(onPostgres() ? undefined : "missed");
    expect(await snapshotDatabase(t.db)).toEqual(before);
    await expectTRPCError(
      () => t.caller.scenario.update({ id, editSecret: `${editSecret}x`, baseVersion: 1, document: renamed("Lost") }),
      "FORBIDDEN",
    );
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("while another writer holds SQLite's lock says busy at once and writes nothing", async (context) => {
    if (onPostgres()) return context.skip();
    const { id, editSecret } = await createEditable(t.caller);
    const holder = new Database(t.file);
    try {
      holder.prepare("BEGIN IMMEDIATE").run();
      expect(preparedSave(id, editSecret, 1)).toBe("busy");
      holder.prepare("ROLLBACK").run();
    } finally {
      holder.close();
    }
    expect((await t.caller.scenario.get({ id })).version).toBe(1);
    expect((await storedRevisions(t.db, id)).map((r) => r.number)).toEqual([1]);
  });

  it("waits for a transaction of the same client that holds the lock, then lands", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    const other = await createEditable(t.caller);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // A transaction on Prisma's own connection takes the write lock and keeps it across an await.
    const holding = t.db.$transaction(async (tx) => {
      await tx.scenario.updateMany({ where: { id: other.id }, data: { title: "Held" } });
      locked();
      await released;
    });
    await lockTaken;
    const saving = scenarioStore.update(t.db, { id, editSecret, baseVersion: 1, document: renamed("After the lock") });
    // The save cannot finish before the lock is released (the event loop still runs: this line runs).
    setTimeout(release, 50);
    await holding;
    const saved = await saving;
    expect(saved.version).toBe(2);
    expect((await t.caller.scenario.get({ id })).document.title).toBe("After the lock");
    expect((await t.db.scenario.findUniqueOrThrow({ where: { id: other.id } })).title).toBe("Held");
    expect((await storedRevisions(t.db, id)).map((r) => r.number)).toEqual([1, 2]);
  });
});
