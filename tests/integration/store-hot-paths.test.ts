import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { territoryHeadline } from "@/server/domain/derived.ts";
import { CURRENT_SCHEMA_VERSION } from "@/server/domain/scenario.ts";
import { parseStoredDocument } from "@/server/domain/versioning.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { createSet, namedProfileDocument } from "../helpers/profile-sets.ts";
import { onPostgres } from "../helpers/test-db.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// The store's hot paths on a real migrated file: list pages by (updatedAt, id), the text index
// following every change, reads that skip validation only for the current schema version, history
// in pages, and profile sets through the same store.

const STORED_V1: string[] = JSON.parse(
  readFileSync(new URL("../fixtures/schema-v1/stored-documents.json", import.meta.url), "utf8"),
);

const t = testDbPerFile();

const titles = async (query: string) => (await t.caller.scenario.list({ query, limit: 100 })).items.map((i) => i.title).sort();

describe("list pages", () => {
  it("walk every row once, in (updatedAt, id) order, when many rows share one timestamp", async () => {
    const created = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        createEditable(t.caller, { ...statusQuoDocument(), title: `Same instant ${i}` }, { published: true }),
      ),
    );
    const ids = created.map((c) => c.id);
    const instant = new Date("2030-01-01T00:00:00.000Z");
    await t.db.scenario.updateMany({ where: { id: { in: ids } }, data: { updatedAt: instant } });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.caller.scenario.list({ limit: 3, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    // The newest first: the seven at 2030 by id descending, then everything older.
    expect(seen.slice(0, 7)).toEqual([...ids].sort().reverse());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await t.db.scenario.count({ where: { published: true, deletedAt: null } }));
  });

  it("read the list figures from columns written on save, equal to the document's", async () => {
    const { items } = await t.caller.scenario.list({ limit: 100 });
    for (const item of items) {
      const { document } = await t.caller.scenario.get({ id: item.id });
      const headline = territoryHeadline(document.terms.territory);
      expect(item).toMatchObject({
        title: document.title,
        summary: document.summary,
        russiaKm2: headline.russiaKm2,
        russiaShare: headline.russiaShare,
        context: document.context,
      });
    }
  });
});

describe("title search through the text index", () => {
  it("follows a rename, a delete, an undelete and a hard delete", async () => {
    const s = await createEditable(t.caller, { ...statusQuoDocument(), title: "Armistice of Quokka Bay" }, { published: true });
    expect(await titles("quokka")).toEqual(["Armistice of Quokka Bay"]);
    const saved = await t.caller.scenario.update({
      id: s.id,
      editSecret: s.editSecret,
      baseVersion: 1,
      document: { ...s.document, title: "Truce of Wombat Creek" },
    });
    expect(saved.version).toBe(2);
    expect(await titles("quokka")).toEqual([]);
    expect(await titles("wombat cr")).toEqual(["Truce of Wombat Creek"]);
    await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret });
    expect(await titles("wombat")).toEqual([]);
    await t.caller.scenario.undelete({ id: s.id, editSecret: s.editSecret });
    expect(await titles("wombat")).toEqual(["Truce of Wombat Creek"]);
    await t.db.scenario.delete({ where: { id: s.id } });
    expect(await titles("wombat")).toEqual([]);
    if (onPostgres()) return; // PostgreSQL's index is part of the table (see below); SQLite's is a table of its own
    const indexed = await t.db.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT count(*) AS n FROM "ScenarioTitleSearch" WHERE "titleSearch" MATCH '"wombat"'`,
    );
    expect(Number(indexed[0]!.n)).toBe(0);
  });

  it.runIf(onPostgres())("PostgreSQL: title and name search have pg_trgm's GIN indexes", async () => {
    const indexes = await t.db.$queryRawUnsafe<{ indexname: string; indexdef: string }[]>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname`,
    );
    expect(indexes.map((i) => i.indexdef.replace(/ ON public\./, " ON "))).toEqual([
      'CREATE INDEX "ProfileSet_nameSearch_idx" ON "ProfileSet" USING gin ("nameSearch" gin_trgm_ops)',
      'CREATE INDEX "Scenario_titleSearch_idx" ON "Scenario" USING gin ("titleSearch" gin_trgm_ops)',
    ]);
  });

  it.skipIf(onPostgres())("holds one index row per scenario and per profile set, kept by the migration's triggers", async () => {
    const count = async (table: string) =>
      Number((await t.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM "${table}"`))[0]!.n);
    expect(await count("ScenarioTitleSearch")).toBe(await t.db.scenario.count());
    expect(await count("ProfileSetNameSearch")).toBe(await t.db.profileSet.count());
    const triggers = await t.db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`,
    );
    expect(triggers.map((r) => r.name)).toEqual([
      "ProfileSetNameSearch_delete",
      "ProfileSetNameSearch_insert",
      "ProfileSetNameSearch_update",
      "ScenarioTitleSearch_delete",
      "ScenarioTitleSearch_insert",
      "ScenarioTitleSearch_update",
    ]);
  });

  it("finds one- and two-character queries too (shorter than the index's trigrams)", async () => {
    const s = await createEditable(t.caller, { ...statusQuoDocument(), title: "Q9 talks" }, { published: true });
    expect(await titles("q9")).toEqual(["Q9 talks"]);
    await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret });
  });

  it("searches profile set names through the same store and index", async () => {
    const set = await createSet(t.caller, namedProfileDocument("Hawkish Platypus assumptions"), { published: true });
    const names = async (query: string) => (await t.caller.profileSet.list({ query })).items.map((i) => i.name);
    expect(await names("platypus")).toEqual(["Hawkish Platypus assumptions"]);
    await t.caller.profileSet.update({
      id: set.id,
      editSecret: set.editSecret,
      baseVersion: 1,
      document: namedProfileDocument("Dovish echidna assumptions"),
    });
    expect(await names("platypus")).toEqual([]);
    const [listed] = (await t.caller.profileSet.list({ query: "echidna" })).items;
    expect(listed).toMatchObject({
      name: "Dovish echidna assumptions",
      version: 2,
      parties: set.document.parties.map((p) => ({ partyId: p.partyId, name: p.name })),
    });
  });
});

describe("reading stored documents", () => {
  it("upgrades a version-1 row (validation is skipped only for the current version), and start fills its list columns", async () => {
    const v1 = STORED_V1[0]!;
    const id = "stored-v1-scenario";
    const now = new Date();
    await t.db.scenario.create({
      data: {
        id,
        title: "Old row",
        titleSearch: "old row",
        schemaVersion: 1,
        document: v1,
        published: true,
        createdAt: now,
        updatedAt: now,
      },
    });
    await t.db.scenarioRevision.create({ data: { scenarioId: id, number: 1, schemaVersion: 1, document: v1 } });
    const read = await t.caller.scenario.get({ id });
    expect(read.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(read.document).toEqual(parseStoredDocument(v1));
    await prepareDatabase(t.database);
    const [item] = (await t.caller.scenario.list({ query: "old row" })).items;
    expect(item).toMatchObject({
      id,
      summary: read.document.summary,
      russiaKm2: territoryHeadline(read.document.terms.territory).russiaKm2,
    });
    const [revision] = (await t.caller.scenario.history({ id })).items;
    expect(revision).toMatchObject({ number: 1, summary: "Created", isCurrent: true });
    expect((await t.caller.scenario.diff({ from: { id, revision: 1 }, to: { id } })).changes).toEqual([]);
  });
});

describe("history in pages", () => {
  it("pages 50 at a time, newest first, for scenarios and profile sets alike", async () => {
    const s = await createEditable(t.caller);
    const set = await createSet(t.caller);
    for (let version = 1; version < 61; version++) {
      await t.caller.scenario.update({
        id: s.id,
        editSecret: s.editSecret,
        baseVersion: version,
        document: { ...s.document, title: `Save ${version + 1}` },
      });
      await t.caller.profileSet.update({
        id: set.id,
        editSecret: set.editSecret,
        baseVersion: version,
        document: namedProfileDocument(`Save ${version + 1}`),
      });
    }
    for (const history of [
      (cursor?: number) => t.caller.scenario.history({ id: s.id, cursor }),
      (cursor?: number) => t.caller.profileSet.history({ id: set.id, cursor }),
    ]) {
      const first = await history();
      expect(first.items.map((r) => r.number)).toEqual(Array.from({ length: 50 }, (_, i) => 61 - i));
      expect(first.items[0]).toMatchObject({ isCurrent: true });
      expect(first.nextCursor).toBe(12);
      const second = await history(first.nextCursor!);
      expect(second.items.map((r) => r.number)).toEqual(Array.from({ length: 11 }, (_, i) => 11 - i));
      expect(second.items.at(-1)).toMatchObject({ number: 1, summary: "Created", isCurrent: false });
      expect(second.nextCursor).toBeNull();
    }
    const small = await t.caller.scenario.history({ id: s.id, limit: 2, cursor: 3 });
    expect(small.items.map((r) => r.number)).toEqual([2, 1]);
    expect(small.nextCursor).toBeNull();
  });
});
