import { describe, expect, it } from "vitest";
import { emptyContext } from "@/server/domain/defaults.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable, type Editable } from "../helpers/editable.ts";
import { type TestDb } from "../helpers/test-db.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

const t = testDbPerFile();

const seedTitles = SEED_SCENARIOS.map((s) => s.document().title);
const titles = async (input: Parameters<TestDb["caller"]["scenario"]["list"]>[0]) =>
  (await t.caller.scenario.list(input)).items.map((i) => i.title);

/** A new published scenario titled `title` (new scenarios are unlisted until published). */
const createListed = (title: string) => createEditable(t.caller, { ...statusQuoDocument(), title }, { published: true });
const remove = (...scenarios: Editable[]) =>
  Promise.all(scenarios.map(({ id, editSecret }) => t.caller.scenario.delete({ id, editSecret })));

/** Follows nextCursor from the first page to the last. */
async function walk(limit: number, query?: string) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await t.caller.scenario.list({ limit, cursor, query });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
    expect(pages.length).toBeLessThan(100);
  } while (cursor);
  return pages;
}

describe("a freshly bootstrapped database", () => {
  it("lists the seeds, newest first in catalogue order, with their headline figures", async () => {
    const { items, nextCursor } = await t.caller.scenario.list({ limit: 100 });
    expect(items.map((i) => i.title)).toEqual(seedTitles);
    expect(nextCursor).toBeNull();
    expect(items.every((i) => i.isSeed && i.parentId === null)).toBe(true);
    const statusQuo = items[0]!;
    expect(statusQuo.russiaKm2).toBe(26_081 + 864 + 26_484 + 18_562 + 19_787 + 20_492 + 1_150 + 110);
    expect(statusQuo.russiaShare).toBeCloseTo(113_530 / 603_540, 12);
    expect(statusQuo.summary).toMatch(/^Where things stood/);
  });
});

describe("title search", () => {
  it("ignores case: 'u.s.' and 'U.S. PROPOSAL' find the U.S. proposal", async () => {
    expect((await titles({ query: "u.s." })).sort()).toEqual(seedTitles.filter((t) => t.includes("U.S.")).sort());
    expect(seedTitles.filter((t) => t.includes("U.S.")).length).toBeGreaterThan(1);
    expect(await titles({ query: "U.S. PROPOSAL" })).toEqual(["U.S. proposal (April 2025)"]);
    expect(await titles({ query: "  status QUO " })).toEqual(["Status quo, early May 2025"]);
  });

  it("matches anywhere in the title", async () => {
    expect((await titles({ query: "april 2025" })).sort()).toEqual(
      ["U.S. proposal (April 2025)", "Ukraine and Europe's counter-proposal (April 2025)"].sort(),
    );
    expect(await titles({ query: "'s conditions" })).toEqual([
      "Russia's conditions (June 2024, with the buffer zone of May 2025)",
    ]);
  });

  it("returns nothing when nothing matches", async () => {
    expect(await t.caller.scenario.list({ query: "armistice of 1953" })).toEqual({ items: [], nextCursor: null });
  });

  it("ignores case outside ASCII too (Cyrillic, accented Latin)", async () => {
    const kyiv = await createListed("Київ ЗАЛИШАЄТЬСЯ");
    const zurich = await createListed("ÉTÉ à Zürich");
    try {
      expect((await t.caller.scenario.list({ query: "київ залишається" })).items.map((i) => i.id)).toEqual([kyiv.id]);
      expect((await t.caller.scenario.list({ query: "été À zÜrich" })).items.map((i) => i.id)).toEqual([zurich.id]);
    } finally {
      await remove(kyiv, zurich);
    }
  });

  it("treats % and _ as literal characters, not wildcards", async () => {
    const percent = await createListed("100% of Donbas");
    const underscore = await createListed("plan_b");
    try {
      expect(await titles({ query: "%" })).toEqual(["100% of Donbas"]);
      expect(await titles({ query: "_" })).toEqual(["plan_b"]);
      expect(await titles({ query: "u_s_" })).toEqual([]);
    } finally {
      await remove(percent, underscore);
    }
  });
});

describe("cursor pagination", () => {
  it("with limit 1 walks every scenario exactly once, in the same order as one big page", async () => {
    const created: Editable[] = [];
    for (const n of [1, 2, 3]) created.push(await createListed(`Paged ${n}`));
    // An unlisted scenario matching the query: never on any page.
    const unlisted = await createEditable(t.caller, { ...statusQuoDocument(), title: "Paged, unlisted" });
    try {
      const all = (await t.caller.scenario.list({ limit: 100 })).items.map((i) => i.id);
      expect(all).toHaveLength(SEED_SCENARIOS.length + 3);
      const pages = await walk(1);
      expect(pages.every((p) => p.length === 1)).toBe(true);
      expect(pages.flat()).toEqual(all);
      expect((await walk(3)).flat()).toEqual(all);
      expect((await walk(2, "paged")).flat()).toEqual([...created].reverse().map((c) => c.id));
    } finally {
      await remove(...created, unlisted);
    }
  });

  it("breaks ties between equal timestamps by id, without skipping or repeating", async () => {
    const before = await snapshotDatabase(t.db);
    const created: Editable[] = [];
    for (const n of [1, 2, 3, 4, 5]) created.push(await createListed(`Tied ${n}`));
    const ids = created.map((c) => c.id);
    await t.db.scenario.updateMany({ where: { id: { in: ids } }, data: { updatedAt: new Date("2025-05-08T00:00:00.000Z") } });
    const walked = (await walk(2, "tied")).flat();
    expect(walked).toEqual([...ids].sort().reverse());
    await t.db.scenario.deleteMany({ where: { id: { in: ids } } });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("a deleted scenario drops out of the walk", async () => {
    // Seeds cannot be deleted: walk past three published scenarios of our own, newest first.
    const created: Editable[] = [];
    for (const n of [1, 2, 3]) created.push(await createListed(`Walked ${n}`));
    const [oldest, middle] = created;
    try {
      const all = (await t.caller.scenario.list({ limit: 100 })).items.map((i) => i.id);
      expect(all.slice(0, 3)).toEqual([...created].reverse().map((c) => c.id));
      const first = await t.caller.scenario.list({ limit: 2 });
      expect(all[2]).toBe(oldest!.id);
      await t.caller.scenario.delete({ id: oldest!.id, editSecret: oldest!.editSecret });
      const rest = await t.caller.scenario.list({ limit: 100, cursor: first.nextCursor! });
      expect(rest.items.map((i) => i.id)).toEqual(all.slice(3));
      // Unpublishing takes a scenario out of the walk the same way.
      const again = await t.caller.scenario.list({ limit: 1 });
      await t.caller.scenario.setPublished({ id: middle!.id, editSecret: middle!.editSecret, published: false });
      expect((await t.caller.scenario.list({ limit: 100, cursor: again.nextCursor! })).items.map((i) => i.id)).toEqual(
        all.slice(3),
      );
    } finally {
      await t.caller.scenario.undelete({ id: oldest!.id, editSecret: oldest!.editSecret });
      await remove(...created);
    }
  });

  it.each([
    ["not base64 JSON", "!!!"],
    ["base64 of a number", Buffer.from("42").toString("base64url")],
    ["base64 of null", Buffer.from("null").toString("base64url")],
    ["without an id", Buffer.from(JSON.stringify({ updatedAt: "2025-05-08T00:00:00.000Z" })).toString("base64url")],
    ["with a bad date", Buffer.from(JSON.stringify({ updatedAt: "yesterday", id: "x" })).toString("base64url")],
    ["too long", "a".repeat(501)],
  ])("a cursor that is %s is BAD_REQUEST naming the cursor", async (_label, cursor) => {
    const error = await expectTRPCError(() => t.caller.scenario.list({ cursor }), "BAD_REQUEST");
    expect(error.message).toMatch(/cursor/);
  });
});

describe("filter by proposer and sort by date", () => {
  const seedsBy = (test: (doc: ReturnType<(typeof SEED_SCENARIOS)[number]["document"]>) => boolean) =>
    SEED_SCENARIOS.map((s) => s.document()).filter(test);

  it("keeps the scenarios one party put forward, alone or with others", async () => {
    for (const proposer of ["russia", "ukraine", "united_states", "europe"] as const) {
      const expected = seedsBy((d) => d.context.proposedBy.includes(proposer)).map((d) => d.title);
      expect(expected.length, proposer).toBeGreaterThan(0);
      expect((await titles({ proposer, limit: 100 })).sort(), proposer).toEqual(expected.sort());
    }
  });

  it('"none" keeps the scenarios nobody put forward: the lines of control and the May 2025 status quo', async () => {
    const expected = seedsBy((d) => d.context.proposedBy.length === 0).map((d) => d.title);
    expect(expected.some((t) => t.startsWith("Line of control"))).toBe(true);
    expect((await titles({ proposer: "none", limit: 100 })).sort()).toEqual(expected.sort());
  });

  it("sorts by date, newest first, undated last, and pages through the same order", async () => {
    const undated = await createEditable(
      t.caller,
      { ...statusQuoDocument(), title: "Undated own scenario", context: emptyContext() },
      { published: true },
    );
    try {
      const items = (await t.caller.scenario.list({ sort: "date", limit: 100 })).items;
      const dates = items.map((i) => i.context.date);
      expect(dates.at(-1)).toBeNull();
      const dated = dates.filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort().reverse());
      expect(items[0]!.title).toBe("Line of control, 22 Aug 2026");
      const pages: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await t.caller.scenario.list({ sort: "date", limit: 2, cursor });
        pages.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(pages).toEqual(items.map((i) => i.id));
    } finally {
      await remove(undated);
    }
  });

  it("combines a proposer with a title search and a date sort", async () => {
    const expected = seedsBy((d) => d.context.proposedBy.includes("united_states") && d.title.toLowerCase().includes("proposal"));
    expect(await titles({ proposer: "united_states", query: "proposal", sort: "date" })).toEqual(
      expected.sort((a, b) => (b.context.date ?? "").localeCompare(a.context.date ?? "")).map((d) => d.title),
    );
  });

  it("refuses an unknown proposer or sort, naming the field, and a cursor from the other sort", async () => {
    expect((await expectTRPCError(() => t.caller.scenario.list({ proposer: "nato" as never }), "BAD_REQUEST")).message).toMatch(
      /proposer/,
    );
    expect((await expectTRPCError(() => t.caller.scenario.list({ sort: "title" as never }), "BAD_REQUEST")).message).toMatch(
      /sort/,
    );
    const { nextCursor } = await t.caller.scenario.list({ limit: 1 });
    expect(
      (await expectTRPCError(() => t.caller.scenario.list({ limit: 1, sort: "date", cursor: nextCursor! }), "BAD_REQUEST"))
        .message,
    ).toMatch(/cursor/);
  });
});

describe("scenario.titles (the scenario selects' choices)", () => {
  it("names the scenarios scenario.list names, in its order, with only their ids and titles", async () => {
    const input = { limit: 100 };
    const [list, choices] = await Promise.all([t.caller.scenario.list(input), t.caller.scenario.titles(input)]);
    expect(choices.items).toEqual(list.items.map(({ id, title }) => ({ id, title })));
    expect(choices.items.map((c) => c.title)).toEqual(expect.arrayContaining(seedTitles));
  });

  it("follows a newly published scenario and a delete", async () => {
    const created = await createListed("A scenario for the selects");
    expect((await t.caller.scenario.titles({ limit: 100 })).items[0]).toEqual({
      id: created.id,
      title: "A scenario for the selects",
    });
    await remove(created);
    expect((await t.caller.scenario.titles({ limit: 100 })).items.map((c) => c.id)).not.toContain(created.id);
  });
});

describe("scenario.title (the link to the position a scenario answers)", () => {
  it("names one scenario by id and title, and no longer once it is deleted", async () => {
    const created = await createListed("A position that is answered");
    expect(await t.caller.scenario.title({ id: created.id })).toEqual({ id: created.id, title: "A position that is answered" });
    await remove(created);
    await expectTRPCError(() => t.caller.scenario.title({ id: created.id }), "NOT_FOUND");
  });
});
