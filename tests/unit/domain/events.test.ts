import { describe, expect, it } from "vitest";
import { EVENT_KINDS, TALK_EVENTS } from "@/server/domain/events.ts";
import { ACTORS } from "@/server/domain/options.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";

const isIsoDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

describe("talk events", () => {
  it("cover March 2025 to July 2026, oldest first", () => {
    expect(TALK_EVENTS[0]!.date).toBe("2025-03-11");
    expect(TALK_EVENTS.at(-1)!.date).toBe("2026-07-03");
    const dates = TALK_EVENTS.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each(TALK_EVENTS.map((e) => [e.id, e]))("%s: real days, a well-formed row", (id, e) => {
    expect(isIsoDay(e.date), `${id} date`).toBe(true);
    if (e.endDate !== null) {
      expect(isIsoDay(e.endDate), `${id} endDate`).toBe(true);
      expect(e.endDate > e.date, `${id} ends after it starts`).toBe(true);
    }
    expect(id.startsWith(e.date), "the id starts with the date").toBe(true);
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(EVENT_KINDS).toContain(e.kind);
    expect(e.actors.length).toBeGreaterThan(0);
    for (const a of e.actors) expect(ACTORS).toContain(a);
    expect(e.sources.length).toBeGreaterThan(0);
    expect(e.title.length).toBeGreaterThan(5);
    expect(e.summary.length).toBeGreaterThan(30);
  });

  it("have unique ids", () => {
    expect(new Set(TALK_EVENTS.map((e) => e.id)).size).toBe(TALK_EVENTS.length);
  });

  it("link only to positions that exist among the seeds", () => {
    const keys = new Set(SEED_SCENARIOS.map((s) => s.key));
    for (const e of TALK_EVENTS) for (const p of e.positions) expect(keys.has(p), `${e.id} → ${p}`).toBe(true);
  });

  it("say Low where the brief rests on one aggregator", () => {
    const byId = new Map(TALK_EVENTS.map((e) => [e.id, e]));
    expect(byId.get("2026-07-03-kostiantynivka-claim")!.confidence).toBe("low");
    expect(byId.get("2026-02-28-russian-terms-reported")!.confidence).toBe("low");
    expect(byId.get("2025-06-02-istanbul-round-2")!.confidence).toBe("high");
  });
});
