import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { openTestDb, type TestDb } from "../helpers/test-db.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";
import { withTerm } from "@/server/domain/edit.ts";

// map.bufferZone and the compare figure it feeds, on a real, migrated and seeded SQLite file.

let t: TestDb;
let sq: string;
beforeAll(async () => {
  t = await openTestDb();
  sq = await seedId(t.db, "status-quo-2025-05");
});
afterAll(async () => {
  await t.close();
});

describe("map.bufferZone", () => {
  it("answers the band's figures and SVG paths, on Ukraine's side unless a Russian region is marked", async () => {
    const band = await t.caller.map.bufferZone({ segments: ["sumy_kursk"], depthKm: 30, zonedRegions: [] });
    expect(band).not.toBeNull();
    expect(band!.ukraineKm2).toBeGreaterThan(5_000);
    expect(band!.russiaKm2).toBe(0);
    expect(band!.paths.ukraine).toMatch(/^M[\d.]+,[\d.]+l/);
    expect(band!.paths.russia).toBe("");
    expect(band!.paths.border).toMatch(/^M/);
    const inRussia = await t.caller.map.bufferZone({ segments: ["sumy_kursk"], depthKm: 30, zonedRegions: ["RU-KRS"] });
    expect(inRussia!.paths.ukraine).toBe("");
    expect(inRussia!.russiaKm2).toBeGreaterThan(5_000);
  });

  it("no band without a depth above 0; a depth out of range is refused naming the field", async () => {
    expect(await t.caller.map.bufferZone({ segments: ["sumy_kursk"], depthKm: 0, zonedRegions: [] })).toBeNull();
    expect(await t.caller.map.bufferZone({ segments: [], depthKm: 30, zonedRegions: [] })).toBeNull();
    const error = await expectTRPCError(() => t.caller.map.bufferZone({ segments: ["sumy_kursk"], depthKm: 201, zonedRegions: [] }), "BAD_REQUEST");
    expect(error.message).toMatch(/depthKm/);
  });

  it("compare shows each scenario's band as a figure of its own, and writes nothing", async () => {
    const { id, editSecret } = await createEditable(t.caller);
    let doc = withTerm(statusQuoDocument(), "bufferZone.segments", { value: ["sumy_kursk"] });
    doc = withTerm(doc, "bufferZone.depthKm", { value: 30 });
    await t.caller.scenario.update({ id, editSecret, baseVersion: 1, document: withRegion(doc, "UA-59", { zone: "buffer" }) });
    const before = await snapshotDatabase(t.db);
    const result = await t.caller.scenario.compare({ ids: [sq, id] });
    const row = result.comparison.groups.flatMap((g) => g.rows).find((r) => r.id === "headline.bufferZone")!;
    expect(row.cells[0]!.text).toBe("No band (no segment or no depth)");
    expect(row.cells[1]!.text).toMatch(/^[\d,]+ km² of Ukraine, 30 km deep$/);
    expect(row.cells[1]!.differsFromReference).toBe(true);
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});
