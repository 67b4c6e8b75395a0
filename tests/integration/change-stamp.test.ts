import { describe, expect, it } from "vitest";
import { dialectOf } from "@/server/db/dialect.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { onPostgres } from "../helpers/test-db.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";

// The change stamp the page cache keys on (server/serve/page-cache.ts): every kind of write moves it,
// reads never do. PostgreSQL has none, so nothing is cached there.

const t = testDbPerTest();

const stamp = () => dialectOf(t.db).changeStamp(t.db);

describe.skipIf(onPostgres())("the SQLite change stamp", () => {
  it("moves with every write a page can show, and stays put on reads", async () => {
    const stamps = [stamp()];
    const moved = () => {
      const now = stamp();
      expect(now, `after write ${stamps.length}`).not.toBe(stamps.at(-1));
      stamps.push(now);
    };
    expect(stamps[0]).toMatch(/^\d+:\d+$/);

    const created = await createEditable(t.caller, { ...statusQuoDocument(), title: "Stamped" });
    moved();
    const { id, editSecret } = created;
    await t.caller.scenario.get({ id });
    await t.caller.scenario.list({ limit: 5 });
    await t.caller.scenario.history({ id });
    expect(stamp()).toBe(stamps.at(-1));

    // A save takes the prepared path (dialect.saveVersion) or Prisma's: both move it.
    const saved = await t.caller.scenario.update({
      id,
      editSecret,
      baseVersion: 1,
      document: { ...created.document, title: "Renamed" },
    });
    moved();
    await t.caller.scenario.setPublished({ id, editSecret, published: true });
    moved();
    await t.caller.scenario.fork({ id });
    moved();
    await t.caller.scenario.delete({ id, editSecret });
    moved();
    await t.caller.scenario.undelete({ id, editSecret });
    moved();
    await t.caller.scenario.restore({ id, editSecret, baseVersion: saved.version, revision: 1 });
    moved();
    // A write by another connection to the same file (another process would be the same).
    expect(
      await t.db.$executeRawUnsafe(`UPDATE "Scenario" SET "summary" = ? WHERE "id" = ?`, "Changed behind the store", id),
    ).toBe(1);
    moved();
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});

describe.runIf(onPostgres())("PostgreSQL", () => {
  it("has no change stamp, so pages are rendered each time", () => {
    expect(stamp()).toBeUndefined();
  });
});
