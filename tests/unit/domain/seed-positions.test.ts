import { describe, expect, it } from "vitest";
import { territoryHeadline } from "@/server/domain/derived.ts";
import { TALK_EVENTS } from "@/server/domain/events.ts";
import { lineDateOn, lineTerritory, regionOnLine } from "@/server/domain/line-of-control.ts";
import { REGIONS, regionById, type RegionId } from "@/server/domain/reference/regions.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { POSITION_SEEDS } from "@/server/domain/seeds/positions/index.ts";

// The positions since May 2025, against the brief (shared/brief/talks-2025-2026.md). Shares are of
// 603,540 km² (Ukraine's official area, Crimea and Sevastopol included).

const doc = (key: string) => {
  const seed = SEED_SCENARIOS.find((s) => s.key === key);
  if (!seed) throw new Error(`No seed ${key}`);
  return seed.document();
};
const headline = (key: string) => territoryHeadline(doc(key).terms.territory);
const area = (id: RegionId) => regionById(id)!.areaKm2;
const russiaOnLine = (date: string, id: RegionId) => regionOnLine(date, id).russiaKm2;

/** Each position's date as the brief gives it (section 1 and 2). */
const BRIEF_DATES: Record<string, string> = {
  "russia-memorandum-2025-06-withdrawal": "2025-06-02",
  "russia-memorandum-2025-06-package": "2025-06-02",
  "ukraine-memorandum-2025-06": "2025-06-02",
  "anchorage-formula-2025-08": "2025-08-15",
  "europe-ukraine-12-points-2025-10": "2025-10-21",
  "us-28-points-2025-11": "2025-11-20",
  "e3-counter-proposal-2025-11": "2025-11-23",
  "framework-20-points-2025-12": "2025-12-24",
  "framework-20-points-dmz-2025-12": "2025-12-24",
  "russia-terms-2026-02": "2026-02-28", // "late Feb 2026", dated by the Bloomberg item of 28 Feb
  "zelensky-open-letter-2026-06": "2026-06-04",
};

describe("the position seeds", () => {
  it("are all there, with the keys the events and the timeline use", () => {
    expect(POSITION_SEEDS.map((s) => s.key).sort()).toEqual(Object.keys(BRIEF_DATES).sort());
    for (const s of POSITION_SEEDS) expect(SEED_SCENARIOS).toContain(s);
  });

  it.each(POSITION_SEEDS.map((s) => [s.key, s]))(
    "%s: valid, dated as the brief, put forward by someone, sourced",
    (key, seed) => {
      const d = seed.document();
      const parsed = ScenarioDocument.safeParse(d);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      expect(parsed.data, "stored exactly as written (lists in catalogue order)").toEqual(d);
      expect(d.context.date).toBe(BRIEF_DATES[key]);
      expect(d.context.dateKind).toBe("put_forward");
      expect(d.context.proposedBy.length).toBeGreaterThan(0);
      expect(d.context.confidence).not.toBeNull();
      expect(d.context.sources.length).toBeGreaterThan(20);
      expect(d.summary.length).toBeGreaterThan(100);
    },
  );

  it.each(POSITION_SEEDS.map((s) => [s.key, s]))("%s: every stated term has a status and a source note", (_key, seed) => {
    const { territory, ...issues } = seed.document().terms;
    const terms = Object.entries(issues).flatMap(([issue, group]) =>
      Object.entries(group as Record<string, { value: unknown; status: unknown; note: string }>).map(
        ([name, t]) => [`${issue}.${name}`, t] as const,
      ),
    );
    const stated = terms.filter(([, t]) => t.value !== null);
    expect(stated.length).toBeGreaterThan(3);
    for (const [id, t] of stated) {
      expect(t.status, id).not.toBeNull();
      expect(t.note.trim(), id).not.toBe("");
    }
    for (const [id, t] of terms.filter(([, t]) => t.value === null))
      expect(t.status, `${id} is open, so it has no status`).toBeNull();
    for (const r of REGIONS) {
      expect(territory[r.id].status, r.id).not.toBeNull();
      expect(territory[r.id].note, r.id).not.toBe("");
    }
  });

  it.each(POSITION_SEEDS.map((s) => [s.key, s]))(
    "%s: regions on the line equal the line of the position's own day; whole regions are whole",
    (_key, seed) => {
      const d = seed.document();
      const line = lineTerritory(lineDateOn(d.context.date!)!);
      for (const r of REGIONS) {
        const row = d.terms.territory[r.id];
        expect(row.contestedKm2, r.id).toBe(0);
        if (row.basis === "line")
          expect([row.russiaKm2, row.ukraineKm2], r.id).toEqual([line[r.id].russiaKm2, line[r.id].ukraineKm2]);
        if (row.basis === "whole_russia") expect([row.russiaKm2, row.ukraineKm2], r.id).toEqual([r.areaKm2, 0]);
        if (row.basis === "whole_ukraine") expect([row.russiaKm2, row.ukraineKm2], r.id).toEqual([0, r.areaKm2]);
        expect(row.basis, r.id).not.toBe("entered");
      }
    },
  );

  it.each(POSITION_SEEDS.filter((s) => s.answers).map((s) => [s.key, s]))(
    "%s: answers an existing seed of the same day or earlier",
    (_key, seed) => {
      const answered = SEED_SCENARIOS.find((s) => s.key === seed.answers);
      expect(answered, seed.answers).toBeDefined();
      expect(answered!.document().context.date! <= seed.document().context.date!).toBe(true);
    },
  );

  it("each come from an event of the timeline", () => {
    const produced = new Set(TALK_EVENTS.flatMap((e) => e.positions));
    for (const s of POSITION_SEEDS) expect(produced.has(s.key), s.key).toBe(true);
  });
});

describe("territory against the line of each position's day", () => {
  it("Russia's memorandum (both options): all four regions and Crimea; the rest on the line of 2 Jun 2025", () => {
    // Donetsk 26,517 + Luhansk 26,684 + Zaporizhzhia 27,180 + Kherson 28,461 + Crimea 26,081 + Sevastopol 864 = 135,787
    // + the line of 2 Jun 2025 elsewhere: Kharkiv 1,123 + Sumy 69 + Mykolaiv (Kinburn) 113 = 137,092 km², 22.71 %
    for (const key of ["russia-memorandum-2025-06-withdrawal", "russia-memorandum-2025-06-package"]) {
      const h = headline(key);
      expect(h.russiaKm2).toBe(137_092);
      expect(h.russiaShare * 100).toBeCloseTo(22.71, 2);
      expect(
        russiaOnLine("2025-06-02", "UA-63") + russiaOnLine("2025-06-02", "UA-59") + russiaOnLine("2025-06-02", "UA-48"),
      ).toBe(1_305);
    }
  });

  it("Ukraine's memorandum: the line of 2 Jun 2025 as the starting point", () => {
    // Donetsk 18,867 + Luhansk 26,497 + Zaporizhzhia 19,820 + Kherson 20,509 + Crimea 26,081 + Sevastopol 864
    // + Kharkiv 1,123 + Sumy 69 + Mykolaiv 113 = 113,943 km², 18.88 %
    const h = headline("ukraine-memorandum-2025-06");
    expect(h.russiaKm2).toBe(113_943);
    expect(h.russiaShare * 100).toBeCloseTo(18.88, 2);
    expect(doc("ukraine-memorandum-2025-06").terms.territory["UA-14"].ukraineKm2).toBe(7_650); // the brief: Donetsk UA ≈ 7,650 on 2 Jun 2025
  });

  it("Anchorage formula: all of Donetsk and Luhansk, Crimea; the line of 15 Aug 2025 in Zaporizhzhia and Kherson; Sumy and Kharkiv back", () => {
    // Donetsk 26,517 + Luhansk 26,684 + Zaporizhzhia 19,865 + Kherson 20,509 + Crimea 26,081 + Sevastopol 864
    // + Dnipropetrovsk 4 + Mykolaiv 113 (line kept) + Kharkiv 0 + Sumy 0 = 120,637 km², 19.99 %
    const h = headline("anchorage-formula-2025-08");
    expect(h.russiaKm2).toBe(120_637);
    expect(h.russiaShare * 100).toBeCloseTo(19.99, 2);
    // What Ukraine would leave in Donetsk: the brief's ≈6,600 km² (~25 %) on 15 Aug 2025.
    expect(regionOnLine("2025-08-15", "UA-14").ukraineKm2).toBe(6_595); // 26,517 × (1 − (74.53 % + 0.6 %)) ≈ 6,595
    expect(doc("anchorage-formula-2025-08").terms.territory["UA-63"].status).toBe("reported");
  });

  it("Europe–Ukraine 12 points: the line of 21 Oct 2025", () => {
    // Donetsk 20,184 + Luhansk 26,497 + Zaporizhzhia 20,042 + Kherson 20,509 + Crimea 26,081 + Sevastopol 864
    // + Kharkiv 1,272 + Sumy 161 + Dnipropetrovsk 102 + Mykolaiv 113 = 115,825 km², 19.19 %
    const h = headline("europe-ukraine-12-points-2025-10");
    expect(h.russiaKm2).toBe(115_825);
    expect(h.russiaShare * 100).toBeCloseTo(19.19, 2);
  });

  it("U.S. 28 points: all of Donetsk, Luhansk and Crimea; the line of 20 Nov 2025 in Kherson and Zaporizhzhia; the pockets elsewhere returned", () => {
    // Donetsk 26,517 + Luhansk 26,684 + Crimea 26,081 + Sevastopol 864 = 80,146
    // + Zaporizhzhia 20,208 + Kherson 20,509 on the line of 20 Nov 2025 = 40,717
    // + Kharkiv, Sumy, Dnipropetrovsk, Mykolaiv 0 = 120,863 km², 20.03 %
    const h = headline("us-28-points-2025-11");
    expect(area("UA-14") + area("UA-09") + area("UA-43") + area("UA-40")).toBe(80_146);
    expect(russiaOnLine("2025-11-20", "UA-23") + russiaOnLine("2025-11-20", "UA-65")).toBe(40_717);
    expect(h.russiaKm2).toBe(120_863);
    expect(h.russiaShare * 100).toBeCloseTo(20.03, 2);
    const d = doc("us-28-points-2025-11");
    expect(d.terms.territory["UA-14"].zone).toBe("demilitarised");
    expect(d.terms.specialZone.jurisdiction.value).toBe("russia");
    expect(d.terms.specialZone.entry.value).toEqual(["no_forces"]);
    // The zone is the part of Donetsk Ukraine held on 20 Nov 2025 (the brief: ≈6,200 km²).
    expect(regionOnLine("2025-11-20", "UA-14").ukraineKm2).toBe(6_199); // 26,517 × (1 − (76.02 % + 0.6 %)) ≈ 6,199
  });

  it("E3 counter-proposal: the line of 23 Nov 2025, the Kinburn spit back to Ukraine", () => {
    // Donetsk 20,336 + Luhansk 26,497 + Zaporizhzhia 20,215 + Kherson 20,509 + Crimea 26,081 + Sevastopol 864
    // + Kharkiv 1,365 + Sumy 161 + Dnipropetrovsk 144 + Mykolaiv 0 = 116,172 km², 19.25 %
    const h = headline("e3-counter-proposal-2025-11");
    expect(h.russiaKm2).toBe(116_172);
    expect(h.russiaShare * 100).toBeCloseTo(19.25, 2);
  });

  it("20-point framework (both versions): stand where we stand on 24 Dec 2025; Russia leaves four regions", () => {
    // Donetsk 20,668 + Luhansk 26,497 + Zaporizhzhia 20,322 + Kherson 20,509 + Crimea 26,081 + Sevastopol 864
    // + Dnipropetrovsk, Mykolaiv, Sumy, Kharkiv 0 = 114,941 km², 19.04 %
    for (const key of ["framework-20-points-2025-12", "framework-20-points-dmz-2025-12"]) {
      const h = headline(key);
      expect(h.russiaKm2).toBe(114_941);
      expect(h.russiaShare * 100).toBeCloseTo(19.04, 2);
    }
    const dmz = doc("framework-20-points-dmz-2025-12");
    expect(dmz.terms.territory["UA-14"]).toMatchObject({ zone: "demilitarised", basis: "line", ukraineKm2: 5_849 });
    expect(dmz.terms.territory["UA-14"].note).toMatch(/extent is unknown/);
    expect(dmz.terms.specialZone.jurisdiction.value).toBe("ukraine");
  });

  it("Russia's terms of February 2026: all of Donbas and Crimea; the line of 17 Feb 2026 (the newest before 28 Feb) in Zaporizhzhia and Kherson; pockets returned", () => {
    // Donetsk 26,517 + Luhansk 26,684 + Crimea 26,081 + Sevastopol 864 = 80,146
    // + Zaporizhzhia 20,439 + Kherson 20,509 on the line of 17 Feb 2026 + Mykolaiv 113 (not addressed, line kept)
    // + Sumy, Kharkiv, Dnipropetrovsk 0 = 121,207 km², 20.08 %
    expect(lineDateOn("2026-02-28")).toBe("2026-02-17");
    const h = headline("russia-terms-2026-02");
    expect(h.russiaKm2).toBe(121_207);
    expect(h.russiaShare * 100).toBeCloseTo(20.08, 2);
    const d = doc("russia-terms-2026-02");
    expect(d.context.confidence).toBe("low");
    expect(d.terms.specialZone.entry.value).toEqual(["russian_national_guard"]);
    for (const id of ["UA-23", "UA-65", "UA-59", "UA-63", "UA-12"] as const)
      expect(d.terms.territory[id].note, id).toMatch(/Low confidence/);
  });

  it("Zelensky's open letter: the line of 4 Jun 2026 as the start", () => {
    // Donetsk 21,143 + Luhansk 26,577 + Zaporizhzhia 20,509 + Kherson 20,509 + Crimea 26,081 + Sevastopol 864
    // + Kharkiv 1,431 + Sumy 220 + Dnipropetrovsk 80 + Mykolaiv 113 = 117,527 km², 19.47 %
    const h = headline("zelensky-open-letter-2026-06");
    expect(h.russiaKm2).toBe(117_527);
    expect(h.russiaShare * 100).toBeCloseTo(19.47, 2);
  });
});

describe("the terms the brief pins", () => {
  it("say the 28 points are a leak, in the summary and in every note", () => {
    const d = doc("us-28-points-2025-11");
    expect(d.summary).toMatch(/leaked/);
    const { territory, ...issues } = d.terms;
    for (const group of Object.values(issues))
      for (const t of Object.values(group as Record<string, { value: unknown; note: string }>))
        if (t.value !== null) expect(t.note).toMatch(/leak/);
    for (const id of ["UA-14", "UA-23", "UA-63"] as const) expect(territory[id].note).toMatch(/leak/);
  });

  it("follow each position's troop ceiling", () => {
    expect(doc("us-28-points-2025-11").terms.forces.peacetimeTroops.value).toBe(600_000);
    expect(doc("e3-counter-proposal-2025-11").terms.forces.peacetimeTroops.value).toBe(800_000);
    expect(doc("framework-20-points-2025-12").terms.forces.peacetimeTroops.value).toBe(800_000);
    const russia = doc("russia-memorandum-2025-06-withdrawal").terms.forces;
    expect(russia.limits.value).toBe("capped");
    expect(russia.peacetimeTroops).toMatchObject({ value: null, status: null });
    expect(russia.peacetimeTroops.note).toMatch(/no number/);
    expect(doc("ukraine-memorandum-2025-06").terms.forces.limits.value).toBe("no_limits");
  });

  it("keep the two Russian options apart: withdrawal first, or the package with elections 100 days after martial law", () => {
    const first = doc("russia-memorandum-2025-06-withdrawal").terms;
    const pkg = doc("russia-memorandum-2025-06-package").terms;
    expect(first.ceasefire.conditions.value).toMatch(/withdrawal/);
    expect(first.amnesty.scope.value).toBeNull();
    expect([pkg.elections.timing.value, pkg.elections.withinDays.value, pkg.elections.after.value]).toEqual([
      "within_days",
      100,
      "end_of_martial_law",
    ]);
    expect(pkg.amnesty.scope.value).toBe("mutual_amnesty");
  });

  it("mark Low confidence where the brief rests on one re-publisher", () => {
    expect(doc("anchorage-formula-2025-08").terms.security.guarantees.note).toMatch(/Low confidence/);
  });

  it("leave the EU date of the 20 points open, saying why", () => {
    const eu = doc("framework-20-points-2025-12").terms.eu;
    expect(eu.membership.value).toBe("eu_target_date");
    expect(eu.targetDate).toMatchObject({ value: null, status: null });
    expect(eu.targetDate.note).toMatch(/not disclosed/);
  });
});
