import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { territoryHeadline } from "@/server/domain/derived.ts";
import {
  LINE_DATES,
  lineDateOn,
  lineSeries,
  lineTerritory,
  NEWEST_LINE_DATE,
  regionOnLine,
  SEEDED_LINE_DATES,
} from "@/server/domain/line-of-control.ts";
import { COMPUTED_CONTROL } from "@/server/domain/reference/control-by-date.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS, STATUS_QUO_SEED_KEY } from "@/server/domain/seeds/index.ts";
import { officialArea } from "../../helpers/regions-geojson.ts";

/** The copied CSV, read independently of the generated module. */
function csvRows() {
  const text = readFileSync(path.resolve(process.cwd(), "server/domain/reference/control-by-date.csv"), "utf8").trim();
  const [, ...lines] = text.split("\n");
  return lines.map((l) => {
    const [date, region, occupied, pct, held, total] = l.split(",");
    return {
      date: date!,
      region: region!,
      occupied: Number(occupied),
      pct: Number(pct),
      held: Number(held),
      total: Number(total),
    };
  });
}

describe("the computed control series", () => {
  it("is the copied CSV, row for row", () => {
    const fromModule = COMPUTED_CONTROL.flatMap((d) =>
      d.regions.map(([region, occupied, held]) => ({ date: d.date, region, occupied, held, total: d.totalOccupiedKm2 })),
    );
    expect(fromModule).toEqual(csvRows().map(({ pct: _pct, ...r }) => r));
    expect(LINE_DATES).toEqual([...new Set(csvRows().map((r) => r.date))]);
    expect(NEWEST_LINE_DATE).toBe("2026-08-22");
  });

  // The brief's rounded readings of Ukrainian-held Donetsk (DeepState-consistent, after the stated correction).
  it.each([
    ["2025-05-08", 7_900],
    ["2025-06-02", 7_650],
    ["2025-08-15", 6_600],
    ["2025-11-20", 6_200],
    ["2025-12-24", 5_850],
    ["2026-01-23", 5_700],
    ["2026-06-04", 5_370],
    ["2026-08-22", 5_280],
  ])("Donetsk on %s: Ukraine held about %d km²", (date, km2) => {
    const donetsk = regionOnLine(date, "UA-14");
    expect(Math.abs(donetsk.ukraineKm2 - km2)).toBeLessThanOrEqual(25);
    expect(donetsk.russiaKm2 + donetsk.ukraineKm2).toBe(officialArea("UA-14"));
  });

  it("applies each region's share of its outline to the official area, with the stated corrections", () => {
    // Zaporizhzhia, 22 Aug 2026: 20,438 of 27,081 outline km² occupied → 75.47 % of 27,180 = 20,513.
    expect(regionOnLine("2026-08-22", "UA-23")).toMatchObject({ russiaKm2: 20_513, ukraineKm2: 6_667 });
    // Luhansk: DeepState's 99.3 % in 2025 and 99.6 % from 2026, not the outline's 98.x %.
    expect(regionOnLine("2025-08-15", "UA-09").russiaKm2).toBe(Math.round(0.993 * 26_684));
    expect(regionOnLine("2026-08-22", "UA-09").russiaKm2).toBe(Math.round(0.996 * 26_684));
    // Crimea and Sevastopol wholly held; regions the series does not list hold nothing occupied.
    expect(regionOnLine("2025-05-08", "UA-43")).toMatchObject({ russiaKm2: 26_081, ukraineKm2: 0 });
    expect(regionOnLine("2025-05-08", "UA-40")).toMatchObject({ russiaKm2: 864, ukraineKm2: 0 });
    expect(regionOnLine("2025-05-08", "UA-46")).toMatchObject({ russiaKm2: 0, ukraineKm2: 21_833 });
    // Sumy: nothing on 8 May 2025, 220 of 23,421 outline km² on 22 Aug 2026.
    expect(regionOnLine("2025-05-08", "UA-59").russiaKm2).toBe(0);
    expect(regionOnLine("2026-08-22", "UA-59").russiaKm2).toBe(Math.round((220 / 23_421) * 23_834));
  });

  it("puts Russia at 18.8 % of Ukraine on 8 May 2025 and 19.5 % on 22 Aug 2026, within 1 % of the series' own totals", () => {
    const series = lineSeries();
    const first = series.find((p) => p.date === "2025-05-08")!;
    const last = series.at(-1)!;
    expect(first.russiaKm2).toBe(113_610);
    expect(last.russiaKm2).toBe(117_604);
    expect(first.russiaShare).toBeCloseTo(113_610 / 603_540, 10);
    expect(last.russiaShare).toBeCloseTo(117_604 / 603_540, 10);
    // Official areas (Kherson's includes water) put Parley's totals a little above the outline totals.
    for (const p of series) {
      expect(p.russiaKm2 / p.computedTotalKm2 - 1).toBeGreaterThan(0);
      expect(p.russiaKm2 / p.computedTotalKm2 - 1).toBeLessThan(0.01);
    }
  });

  it("finds the line a position of any day was made against", () => {
    expect(lineDateOn("2025-06-02")).toBe("2025-06-02");
    expect(lineDateOn("2025-11-21")).toBe("2025-11-20");
    expect(lineDateOn("2030-01-01")).toBe(NEWEST_LINE_DATE);
    expect(lineDateOn("2024-06-14")).toBeNull();
  });
});

describe("the seeded lines", () => {
  it.each(SEEDED_LINE_DATES.map((d) => [d]))(
    "line of %s: valid, every region an estimate (Russian regions an assumption) following the line",
    (date) => {
      const seed = SEED_SCENARIOS.find((s) => s.key === `line-${date}`)!;
      const doc = seed.document();
      expect(ScenarioDocument.safeParse(doc).success).toBe(true);
      expect(doc.terms.territory).toEqual(lineTerritory(date));
      expect(doc.context).toMatchObject({ date, dateKind: "as_of", proposedBy: [] });
      for (const [id, row] of Object.entries(doc.terms.territory)) {
        expect(row.basis, id).toBe("line");
        expect(row.status, id).toBe(id.startsWith("RU-") ? "assumption" : "estimate");
        expect(row.note, id).toMatch(/DeepState/);
      }
      expect(territoryHeadline(doc.terms.territory).russiaKm2).toBe(lineSeries().find((p) => p.date === date)!.russiaKm2);
    },
  );

  it("the default status quo is the newest line; the May 2025 status quo stays as it was", () => {
    expect(STATUS_QUO_SEED_KEY).toBe("line-2026-08-22");
    const may = SEED_SCENARIOS.find((s) => s.key === "status-quo-2025-05")!.document();
    expect(may.title).toBe("Status quo, early May 2025");
    expect(territoryHeadline(may.terms.territory).russiaKm2).toBe(113_530);
  });
});
