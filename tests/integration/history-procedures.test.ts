import { beforeEach, describe, expect, it } from "vitest";
import { withTerm } from "@/server/domain/edit.ts";
import { connect } from "../helpers/connect.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, usProposalDocument, withRegion } from "../helpers/documents.ts";
import { createEditable, strangerSecret } from "../helpers/editable.ts";
import { seedId, storedRevisions } from "../helpers/revisions.ts";
import { testDbPerTest } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// scenario.diff / history / restore on a real SQLite file. Each test starts from a scenario with
// three revisions: 1 the status quo, 2 Kharkiv at 2,150 km² Russian, 3 a mutual ceasefire as well.

const t = testDbPerTest();
let id: string;
let editSecret: string;
const rev1 = statusQuoDocument();
const rev2 = withRegion(rev1, "UA-63", { russiaKm2: 2_150, ukraineKm2: 29_265 });
const rev3 = withTerm(rev2, "ceasefire.type", { value: "mutual" });

beforeEach(async () => {
  ({ id, editSecret } = await createEditable(t.caller, rev1));
  await t.caller.scenario.update({ id, editSecret, baseVersion: 1, document: rev2 });
  await t.caller.scenario.update({ id, editSecret, baseVersion: 2, document: rev3 });
});

describe("scenario.diff", () => {
  it("seed vs seed: the status quo against the U.S. proposal, current revisions", async () => {
    const [sq, us] = [await seedId(t.db, "status-quo-2025-05"), await seedId(t.db, "us-proposal-2025-04")];
    const result = await t.caller.scenario.diff({ from: { id: sq }, to: { id: us } });
    expect(result.from).toMatchObject({
      id: sq,
      title: "Status quo, early May 2025",
      revision: 1,
      isCurrent: true,
      document: statusQuoDocument(),
    });
    expect(result.to).toMatchObject({ id: us, revision: 1, isCurrent: true, document: usProposalDocument() });
    expect(result.changes).toContainEqual({ id: "territory.UA-63.russiaKm2", kind: "changed", from: 1_150, to: 0 });
    expect(result.changes).toContainEqual({ id: "territory.UA-48.russiaKm2", kind: "changed", from: 110, to: 0 });
    expect(result.changes).toContainEqual({ id: "sanctions.relief.value", kind: "changed", from: "none", to: "full" });
    expect(result.beforeAfter.regions.map((r) => r.text)).toEqual([
      "Kharkiv: Russia 1,150 → 0 km², Ukraine +1,150 km²",
      "Mykolaiv: Russia 110 → 0 km², Ukraine +110 km²",
    ]);
    expect(result.beforeAfter.totals).toMatchObject({
      ukraineGainsKm2: 1_260,
      russiaLosesKm2: 1_260,
      russiaGainsKm2: 0,
      russiaKm2Before: 113_530,
      russiaKm2After: 112_270,
    });
  });

  it("revision 1 → revision 3 of one scenario: exactly the Kharkiv figures and the ceasefire type", async () => {
    const result = await t.caller.scenario.diff({ from: { id, revision: 1 }, to: { id, revision: 3 } });
    expect(result.from).toMatchObject({ revision: 1, isCurrent: false, document: rev1 });
    expect(result.to).toMatchObject({ revision: 3, isCurrent: true, document: rev3 });
    expect(result.changes).toEqual([
      { id: "territory.UA-63.russiaKm2", kind: "changed", from: 1_150, to: 2_150 },
      { id: "territory.UA-63.ukraineKm2", kind: "changed", from: 30_265, to: 29_265 },
      { id: "ceasefire.type.value", kind: "changed", from: "unilateral", to: "mutual" },
    ]);
    expect(result.beforeAfter.regions.map((r) => r.text)).toEqual(["Kharkiv: Russia 1,150 → 2,150 km², Ukraine −1,000 km²"]);
    expect(result.beforeAfter.terms.map((x) => [x.termId, x.from, x.to])).toEqual([["ceasefire.type", "Unilateral", "Mutual"]]);
  });

  it("without a revision, each side is the current one; a revision against itself is empty", async () => {
    const current = await t.caller.scenario.diff({ from: { id, revision: 2 }, to: { id } });
    expect(current.to.revision).toBe(3);
    expect(current.changes.map((c) => c.id)).toEqual(["ceasefire.type.value"]);
    expect((await t.caller.scenario.diff({ from: { id, revision: 2 }, to: { id, revision: 2 } })).changes).toEqual([]);
  });

  it("an unknown revision or scenario is NOT_FOUND naming it, and writes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    expect(
      (await expectTRPCError(() => t.caller.scenario.diff({ from: { id, revision: 99 }, to: { id } }), "NOT_FOUND")).message,
    ).toMatch(/revision 99/);
    expect(
      (await expectTRPCError(() => t.caller.scenario.diff({ from: { id }, to: { id, revision: 4 } }), "NOT_FOUND")).message,
    ).toMatch(/revision 4/);
    expect(
      (await expectTRPCError(() => t.caller.scenario.diff({ from: { id: "AAAAAAAAAAAAAAAAAAAAAA" }, to: { id } }), "NOT_FOUND"))
        .message,
    ).toContain("AAAAAAAAAAAAAAAAAAAAAA");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});

describe("scenario.beforeAfter (what the before/after page reads)", () => {
  it("scenario.diff's changes in words, and each side's map terms instead of its whole document", async () => {
    const withBand = withTerm(withTerm(rev3, "bufferZone.segments", { value: ["sumy_kursk"] }), "bufferZone.depthKm", {
      value: 30,
    });
    await t.caller.scenario.update({ id, editSecret, baseVersion: 3, document: withBand });
    const input = { from: { id, revision: 1 }, to: { id } };
    const [view, diff] = [await t.caller.scenario.beforeAfter(input), await t.caller.scenario.diff(input)];
    expect(view.beforeAfter).toEqual(diff.beforeAfter);
    // Each side as stored: which revision, and the terms its map draws.
    const side = (document: typeof rev1, revision: number, isCurrent: boolean) => ({
      id,
      title: document.title,
      revision,
      isCurrent,
      terms: { territory: document.terms.territory, bufferZone: document.terms.bufferZone },
    });
    expect(view.from).toEqual(side(rev1, 1, false));
    expect(view.to).toEqual(side(withBand, 4, true));
    expect(view.to.terms.bufferZone.depthKm.value).toBe(30);
    // Not the raw changes either: the page lists them in words.
    expect(Object.keys(view).sort()).toEqual(["beforeAfter", "from", "to"]);
  });

  it("an unknown revision is NOT_FOUND naming it, as scenario.diff", async () => {
    const error = await expectTRPCError(
      () => t.caller.scenario.beforeAfter({ from: { id, revision: 99 }, to: { id } }),
      "NOT_FOUND",
    );
    expect(error.message).toMatch(/revision 99/);
  });
});

describe("scenario.history", () => {
  it("newest first, numbered 1..n, one-line summaries, the latest current", async () => {
    const history = await t.caller.scenario.history({ id });
    expect(history).toMatchObject({ scenarioId: id, title: "Status quo, early May 2025" });
    expect(history.items.map((r) => [r.number, r.summary, r.isCurrent, r.restoredFrom])).toEqual([
      [3, "Ceasefire type changed", true, null],
      [2, "Kharkiv changed (Russia 18.8% → 19.0%)", false, null],
      [1, "Created", false, null],
    ]);
    const times = history.items.map((r) => Date.parse(r.createdAt));
    expect(times.every((x) => !Number.isNaN(x))).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("a seed has one revision, 'Created'; a save with no changes says 'No changes'", async () => {
    const sq = await seedId(t.db, "status-quo-2025-05");
    expect((await t.caller.scenario.history({ id: sq })).items).toMatchObject([
      { number: 1, summary: "Created", isCurrent: true },
    ]);
    await t.caller.scenario.update({ id, editSecret, baseVersion: 3, document: rev3 });
    expect((await t.caller.scenario.history({ id })).items[0]).toMatchObject({
      number: 4,
      summary: "No changes",
      isCurrent: true,
    });
  });

  it("an unknown or deleted scenario is NOT_FOUND", async () => {
    await expectTRPCError(() => t.caller.scenario.history({ id: "AAAAAAAAAAAAAAAAAAAAAA" }), "NOT_FOUND");
    await t.caller.scenario.delete({ id, editSecret });
    await expectTRPCError(() => t.caller.scenario.history({ id }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.scenario.diff({ from: { id, revision: 1 }, to: { id, revision: 2 } }), "NOT_FOUND");
    await expectTRPCError(() => t.caller.scenario.restore({ id, editSecret, revision: 1 }), "NOT_FOUND");
  });
});

describe("scenario.restore", () => {
  it("restoring revision 1 appends revision 4 equal to it; revisions 2 and 3 stay as they were", async () => {
    const [, r2, r3] = await storedRevisions(t.db, id);
    const restored = await t.caller.scenario.restore({ id, editSecret, revision: 1, baseVersion: 3 });
    expect(restored).toMatchObject({ id, version: 4, document: rev1 });

    const stored = await storedRevisions(t.db, id);
    expect(stored.map((r) => [r.number, r.restoredFrom])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, 1],
    ]);
    expect(stored[3]!.document).toEqual(stored[0]!.document);
    expect(stored[3]!.document).toEqual(rev1);
    expect(stored[1]).toEqual(r2);
    expect(stored[2]).toEqual(r3);

    expect((await t.caller.scenario.get({ id })).document).toEqual(rev1);
    expect((await t.caller.scenario.diff({ from: { id, revision: 1 }, to: { id, revision: 4 } })).changes).toEqual([]);
    expect((await t.caller.scenario.diff({ from: { id, revision: 3 }, to: { id } })).changes.map((c) => c.id)).toEqual([
      "territory.UA-63.russiaKm2",
      "territory.UA-63.ukraineKm2",
      "ceasefire.type.value",
    ]);

    const history = await t.caller.scenario.history({ id });
    expect(history.items.map((r) => [r.number, r.summary, r.isCurrent, r.restoredFrom])).toEqual([
      [4, "Restored revision 1", true, 1],
      [3, "Ceasefire type changed", false, null],
      [2, "Kharkiv changed (Russia 18.8% → 19.0%)", false, null],
      [1, "Created", false, null],
    ]);
  });

  it("without baseVersion restores on top of the current version; the restore survives reopening the file", async () => {
    expect(await t.caller.scenario.restore({ id, editSecret, revision: 2 })).toMatchObject({ version: 4, document: rev2 });
    const other = await connect(t.database);
    try {
      expect(await other.caller.scenario.get({ id })).toMatchObject({ version: 4, document: rev2 });
      // Russia 114,530 → 114,420 km² of 603,540: the same at one decimal, so two.
      const next = withRegion(rev2, "UA-48", { russiaKm2: 0, ukraineKm2: 24_598 });
      await other.caller.scenario.update({ id, editSecret, baseVersion: 4, document: next });
      expect((await other.caller.scenario.history({ id })).items.map((r) => r.summary).slice(0, 2)).toEqual([
        "Mykolaiv changed (Russia 18.98% → 18.96%)",
        "Restored revision 2",
      ]);
    } finally {
      await other.close();
    }
  });

  it("restores the title too: the scenario's title and history title follow the restored document", async () => {
    await t.caller.scenario.update({ id, editSecret, baseVersion: 3, document: { ...rev3, title: "Renamed" } });
    expect((await t.caller.scenario.history({ id })).title).toBe("Renamed");
    await t.caller.scenario.restore({ id, editSecret, revision: 1, baseVersion: 4 });
    expect((await t.caller.scenario.history({ id })).title).toBe("Status quo, early May 2025");
    // Listed under the restored title once its author publishes it.
    await t.caller.scenario.setPublished({ id, editSecret, published: true });
    const listed = await t.caller.scenario.list({ query: "status quo" });
    expect(listed.items.filter((i) => i.id === id)).toHaveLength(1);
  });

  it("two restores racing from the same baseVersion: one wins, the other is CONFLICT", async () => {
    const a = await connect(t.database);
    const b = await connect(t.database);
    try {
      const results = await Promise.allSettled([
        a.caller.scenario.restore({ id, editSecret, revision: 1, baseVersion: 3 }),
        b.caller.scenario.restore({ id, editSecret, revision: 2, baseVersion: 3 }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((rejected.reason as { code: string }).code).toBe("CONFLICT");
      expect((await storedRevisions(t.db, id)).map((r) => r.number)).toEqual([1, 2, 3, 4]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a stale baseVersion is CONFLICT and writes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    const error = await expectTRPCError(
      () => t.caller.scenario.restore({ id, editSecret, revision: 1, baseVersion: 2 }),
      "CONFLICT",
    );
    expect(error.message).toMatch(/baseVersion/);
    await expectTRPCError(() => t.caller.scenario.restore({ id, editSecret, revision: 1, baseVersion: 9 }), "CONFLICT");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("needs the scenario's edit secret: a wrong one is FORBIDDEN, even with a stale baseVersion, and writes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    for (const baseVersion of [3, 1, undefined]) {
      const error = await expectTRPCError(
        () => t.caller.scenario.restore({ id, editSecret: strangerSecret(), revision: 1, baseVersion }),
        "FORBIDDEN",
      );
      expect(error.message).toMatch(/^editSecret: /);
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("an unknown revision or scenario is NOT_FOUND and writes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    expect(
      (await expectTRPCError(() => t.caller.scenario.restore({ id, editSecret, revision: 99, baseVersion: 3 }), "NOT_FOUND"))
        .message,
    ).toMatch(/revision 99/);
    await expectTRPCError(() => t.caller.scenario.restore({ id, editSecret, revision: 4 }), "NOT_FOUND");
    await expectTRPCError(
      () => t.caller.scenario.restore({ id: "AAAAAAAAAAAAAAAAAAAAAA", editSecret, revision: 1 }),
      "NOT_FOUND",
    );
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});
