import { describe, expect, it } from "vitest";
import { scenarioPositions } from "@/server/domain/analysis/position.ts";
import { getScenarios } from "@/server/db/scenarios.ts";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// scenario.positions, what the analysis page reads of the newest scenarios, on a real migrated and
// seeded SQLite file: the same scenarios as scenario.list, reduced to their positions.

const t = testDbPerFile();

describe("scenario.positions", () => {
  it("names the scenarios scenario.list names, in its order, each with its title and its document's positions", async () => {
    const input = { limit: 8 };
    const [list, positions] = await Promise.all([t.caller.scenario.list(input), t.caller.scenario.positions(input)]);
    expect(positions.items.map((s) => s.id)).toEqual(list.items.map((s) => s.id));
    expect(positions.items).toHaveLength(8);
    for (const item of positions.items) {
      const record = await t.caller.scenario.get({ id: item.id });
      expect(item.title).toBe(record.document.title);
      expect(item.positions).toEqual(scenarioPositions(record.document));
    }
  });

  it("carries a small fraction of the documents it stands for (no notes, no sources)", async () => {
    const positions = await t.caller.scenario.positions({ limit: 8 });
    const records = await Promise.all(positions.items.map((s) => t.caller.scenario.get({ id: s.id })));
    expect(JSON.stringify(positions).length).toBeLessThan(JSON.stringify(records).length / 10);
  });

  it("follows saves: a newly published scenario comes first with its own figures", async () => {
    const kharkiv = withRegion(statusQuoDocument(), "UA-63", { russiaKm2: 31_415, ukraineKm2: 0, contestedKm2: 0 });
    const created = await createEditable(t.caller, kharkiv, { published: true });
    const first = (await t.caller.scenario.positions({ limit: 8 })).items[0]!;
    expect(first.id).toBe(created.id);
    expect(first.positions).toEqual(scenarioPositions(kharkiv));
    // The status quo's Kharkiv share is 1,150 / 31,415 km²; this one holds it all.
    expect(first.positions.kharkiv).toBe(1);
    const sq = await seedId(t.db, "status-quo-2025-05");
    const status = (await t.caller.scenario.positions({ limit: 100 })).items.find((s) => s.id === sq)!;
    expect(status.positions.kharkiv).toBeCloseTo(1150 / 31_415, 12);
  });

  it("leaves out a scenario deleted between the list and the read, where getScenarios would refuse", async () => {
    const gone = await createEditable(t.caller, undefined, { published: true });
    await t.caller.scenario.delete({ id: gone.id, editSecret: gone.editSecret });
    const us = await seedId(t.db, "us-proposal-2025-04");
    await expect(getScenarios(t.db, [gone.id, us])).rejects.toThrow(`No scenario with id "${gone.id}"`);
    expect((await getScenarios(t.db, [gone.id, us], { skipMissing: true })).map((s) => s.id)).toEqual([us]);
  });
});
