import { describe, expect, it } from "vitest";
import { NEWEST_LINE_DATE, regionOnLine } from "@/server/domain/line-of-control.ts";
import { seedId, storedRevisions } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

const t = testDbPerFile();

const scenarioCount = () => t.db.scenario.count();

describe("scenario.applyLine", () => {
  it("makes an editable, unlisted fork recomputed against the newest line, and before/after shows the moves", async () => {
    const sourceId = await seedId(t.db, "line-2025-11-20");
    const created = await t.caller.scenario.applyLine({ id: sourceId });
    expect(created).toMatchObject({
      parentId: sourceId,
      published: false,
      readOnly: false,
      version: 1,
      fromLineDate: "2025-11-20",
      toLineDate: NEWEST_LINE_DATE,
    });
    expect(created.editSecret).toEqual(expect.any(String));
    const donetsk = regionOnLine(NEWEST_LINE_DATE, "UA-14");
    expect(created.document.terms.territory["UA-14"]).toMatchObject({
      russiaKm2: donetsk.russiaKm2,
      ukraineKm2: donetsk.ukraineKm2,
    });
    // Donetsk: Ukraine held 6,199 km² on 20 Nov 2025 and 5,286 km² on 22 Aug 2026.
    expect(created.recomputed.find((r) => r.regionId === "UA-14")).toMatchObject({
      before: { ukraineKm2: 6_199 },
      after: { ukraineKm2: 5_286 },
    });
    expect((await t.caller.scenario.get({ id: created.id })).document).toEqual(created.document);
    expect((await storedRevisions(t.db, created.id)).map((r) => r.number)).toEqual([1]);

    const diff = await t.caller.scenario.diff({ from: { id: sourceId }, to: { id: created.id } });
    const donetskLine = diff.beforeAfter.regions.find((r) => r.regionId === "UA-14");
    expect(donetskLine?.delta.russia).toBe(6_199 - 5_286);
    // The source is untouched.
    expect((await t.caller.scenario.get({ id: sourceId })).version).toBe(1);
  });

  it("takes another day of the series, and refuses a day that is not in it, naming the field; nothing is created", async () => {
    const sourceId = await seedId(t.db, "line-2026-08-22");
    const older = await t.caller.scenario.applyLine({ id: sourceId, lineDate: "2025-06-02" });
    expect(older.document.terms.territory["UA-14"].ukraineKm2).toBe(regionOnLine("2025-06-02", "UA-14").ukraineKm2);
    const before = await scenarioCount();
    const error = await expectTRPCError(
      () => t.caller.scenario.applyLine({ id: sourceId, lineDate: "2020-01-01" }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/lineDate/);
    expect(error.message).toMatch(/day of the control series/);
    await expectTRPCError(() => t.caller.scenario.applyLine({ id: "no-such-scenario" }), "NOT_FOUND");
    expect(await scenarioCount()).toBe(before);
  });
});
