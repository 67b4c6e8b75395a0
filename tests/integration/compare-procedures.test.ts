import { beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "@/server/domain/compare.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// scenario.compare on a real, migrated and seeded SQLite file. Which rows differ between the seeds
// is worked out by hand in tests/unit/domain/compare.test.ts; here: ids, order, reference, errors.

const t = testDbPerFile();
let sq: string;
let us: string;
let ru: string;
let ue: string;
beforeAll(async () => {
  sq = await seedId(t.db, "status-quo-2025-05");
  us = await seedId(t.db, "us-proposal-2025-04");
  ru = await seedId(t.db, "russia-conditions-2024-06");
  ue = await seedId(t.db, "ukraine-europe-2025-04");
});

const row = (c: Comparison, id: string) => c.groups.flatMap((g) => g.rows).find((r) => r.id === id)!;
const marks = (c: Comparison, id: string) => row(c, id).cells.map((cell) => cell.differsFromReference);

describe("scenario.compare", () => {
  it("two seeds: columns in the order asked, the first is the reference by default, Kharkiv differs", async () => {
    const result = await t.caller.scenario.compare({ ids: [sq, us] });
    expect(result.scenarios.map((s) => s.id)).toEqual([sq, us]);
    expect(result.scenarios.map((s) => s.title)).toEqual(["Status quo, early May 2025", "U.S. proposal (April 2025)"]);
    expect(result.scenarios.every((s) => s.isSeed && s.version === 1)).toBe(true);
    expect(result.referenceId).toBe(sq);
    expect(result.comparison.referenceIndex).toBe(0);
    expect(marks(result.comparison, "territory.UA-63")).toEqual([false, true]);
    expect(row(result.comparison, "territory.UA-63").cells.map((c) => c.text)).toEqual([
      "Russia 1,150 km² · Ukraine 30,265 km²",
      "Russia 0 km² · Ukraine 31,415 km²",
    ]);
    expect(result.comparison.differingRowCount).toBe(20);
  });

  it("the reverse order reverses the columns and the reference", async () => {
    const result = await t.caller.scenario.compare({ ids: [us, sq] });
    expect(result.scenarios.map((s) => s.id)).toEqual([us, sq]);
    expect(result.referenceId).toBe(us);
    expect(row(result.comparison, "territory.UA-63").cells.map((c) => c.text)).toEqual([
      "Russia 0 km² · Ukraine 31,415 km²",
      "Russia 1,150 km² · Ukraine 30,265 km²",
    ]);
  });

  it("referenceId picks the reference column", async () => {
    const result = await t.caller.scenario.compare({ ids: [sq, us], referenceId: us });
    expect(result.referenceId).toBe(us);
    expect(result.comparison.referenceIndex).toBe(1);
    expect(marks(result.comparison, "territory.UA-63")).toEqual([true, false]);
  });

  it("three and four scenarios, each column in the order asked", async () => {
    const three = await t.caller.scenario.compare({ ids: [ru, sq, us], referenceId: sq });
    expect(three.scenarios.map((s) => s.id)).toEqual([ru, sq, us]);
    expect(three.comparison.referenceIndex).toBe(1);
    expect(marks(three.comparison, "territory.UA-63")[1]).toBe(false);
    expect(marks(three.comparison, "territory.UA-63")[2]).toBe(true);

    const four = await t.caller.scenario.compare({ ids: [ue, ru, us, sq], referenceId: sq });
    expect(four.scenarios.map((s) => s.id)).toEqual([ue, ru, us, sq]);
    expect(four.referenceId).toBe(sq);
    for (const r of four.comparison.groups.flatMap((g) => g.rows)) {
      expect(r.cells, r.id).toHaveLength(4);
      expect(r.cells[3]!.differsFromReference, r.id).toBe(false);
    }
  });

  it("compares the current version of a saved scenario and writes nothing", async () => {
    // Unlisted: compare needs only the view link (the id).
    const { id, editSecret } = await createEditable(t.caller);
    const same = await t.caller.scenario.compare({ ids: [sq, id] });
    expect(same.comparison.differingRowCount).toBe(0);
    await t.caller.scenario.update({
      id,
      editSecret,
      baseVersion: 1,
      document: withRegion(statusQuoDocument(), "UA-59", { russiaKm2: 90, ukraineKm2: 23_744 }),
    });

    const before = await snapshotDatabase(t.db);
    const changed = await t.caller.scenario.compare({ ids: [sq, id] });
    expect(changed.scenarios[1]).toMatchObject({ id, version: 2, isSeed: false });
    expect(marks(changed.comparison, "territory.UA-59")).toEqual([false, true]);
    // Sumy, Russia's km² and its share of Ukraine (113,530 → 113,620: 18.81% → 18.83%).
    expect(
      changed.comparison.groups
        .flatMap((g) => g.rows)
        .filter((r) => r.differs)
        .map((r) => r.id)
        .sort(),
    ).toEqual(["headline.russiaKm2", "headline.russiaShare", "territory.UA-59"].sort());
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("an unknown or deleted id is NOT_FOUND naming it, and writes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    const error = await expectTRPCError(() => t.caller.scenario.compare({ ids: [sq, "AAAAAAAAAAAAAAAAAAAAAA"] }), "NOT_FOUND");
    expect(error.message).toContain("AAAAAAAAAAAAAAAAAAAAAA");
    expect(await snapshotDatabase(t.db)).toEqual(before);

    const { id, editSecret } = await createEditable(t.caller);
    await t.caller.scenario.delete({ id, editSecret });
    const deleted = await expectTRPCError(() => t.caller.scenario.compare({ ids: [id, sq] }), "NOT_FOUND");
    expect(deleted.message).toContain(id);
  });
});
