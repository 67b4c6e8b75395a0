import { beforeAll, describe, expect, it } from "vitest";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";
import { fromClient, send, trpcRequest } from "../helpers/http-trpc.ts";
import { createBudgets } from "@/server/http/rate-limit.ts";
import { NEW_BAND_EXTRA_TOKENS } from "@/server/trpc/routers/map.ts";
import { withTerm } from "@/server/domain/edit.ts";

// map.bufferZone and the compare figure it feeds, on a real, migrated and seeded SQLite file.

const t = testDbPerFile();
let sq: string;
beforeAll(async () => {
  sq = await seedId(t.db, "status-quo-2025-05");
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
    const error = await expectTRPCError(
      () => t.caller.map.bufferZone({ segments: ["sumy_kursk"], depthKm: 201, zonedRegions: [] }),
      "BAD_REQUEST",
    );
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

  describe("over HTTP, with a query budget of 30 tokens per client", () => {
    const huge = { perMinute: 1e9, burst: 1e9 };
    const budgets = () => createBudgets({ mutations: huge, queries: { perMinute: 30, burst: 30 }, scenarioChanges: huge });
    const FLOODER = fromClient("198.51.100.7");
    const OTHER = fromClient("198.51.100.8");
    const ask = (limits: ReturnType<typeof budgets>, client: Record<string, string>, depthKm: number) =>
      send(
        t.db,
        trpcRequest("map.bufferZone", {
          method: "GET",
          input: { segments: ["sumy_kursk", "kharkiv_belgorod"], depthKm, zonedRegions: [] },
          headers: client,
        }),
        {
          budgets: limits,
        },
      );

    it("a client asking many new depths is refused 429 after a few bands; another client's query still answers", async () => {
      const limits = budgets();
      const statuses: number[] = [];
      // Depths no other test asks, so none is cached.
      for (let i = 0; i < 12; i++) statuses.push((await ask(limits, FLOODER, 150 + i * 0.7)).status);
      const perNewBand = 1 + NEW_BAND_EXTRA_TOKENS;
      const answered = Math.floor(30 / perNewBand);
      expect(statuses).toEqual([...Array(answered).fill(200), ...Array(12 - answered).fill(429)]);
      const refused = await ask(limits, FLOODER, 199.9);
      expect(refused.status).toBe(429);
      expect(refused.body.error.data.code).toBe("TOO_MANY_REQUESTS");
      const other = await ask(limits, OTHER, 191.3);
      expect(other.status).toBe(200);
      expect((other.body.result.data as { ukraineKm2: number }).ukraineKm2).toBeGreaterThan(50_000);
    });

    it("a band computed before costs one token, like any query", async () => {
      const limits = budgets();
      const first = await ask(limits, OTHER, 177.7);
      expect(first.status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await ask(limits, OTHER, 177.7)).status);
      // 30 tokens: the new band took 10, the 20 repeats one each, the 21st finds the budget spent.
      expect(statuses).toEqual([...Array(20).fill(200), 429]);
      expect(
        await t.caller.map.bufferZone({ segments: ["sumy_kursk", "kharkiv_belgorod"], depthKm: 177.7, zonedRegions: [] }),
      ).toEqual(first.body.result.data);
    });
  });
});
