import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { territoryHeadline } from "@/server/domain/derived.ts";
import { TALK_EVENTS } from "@/server/domain/events.ts";
import { lineSeries, SEEDED_LINE_DATES } from "@/server/domain/line-of-control.ts";
import { usProposalDocument } from "../helpers/documents.ts";
import { createEditable, publish } from "../helpers/editable.ts";
import { TRACK_TERMS } from "@/server/domain/timeline.ts";
import { NUM_RUNS, oddValues, shown } from "../helpers/bad-input.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// timeline.* on a real, migrated and seeded SQLite file. What the figures are is worked out in
// tests/unit/domain/timeline.test.ts; here: which rows are read, how they are filtered and resolved.

const t = testDbPerFile();
let us: string;
beforeAll(async () => {
  us = await seedId(t.db, "us-proposal-2025-04");
});

const isSorted = (dates: string[]) => dates.every((d, i) => i === 0 || dates[i - 1]! <= d);

describe("timeline.positions", () => {
  it("lists the dated positions someone put forward, oldest first, with their context and headline; no lines of control", async () => {
    const positions = await t.caller.timeline.positions();
    expect(positions.length).toBeGreaterThanOrEqual(3);
    expect(isSorted(positions.map((p) => p.date))).toBe(true);
    expect(positions.every((p) => p.proposedBy.length > 0 && p.context.date === p.date)).toBe(true);
    expect(positions.some((p) => p.title.startsWith("Line of control"))).toBe(false);
    const usProposal = positions.find((p) => p.id === us)!;
    expect(usProposal).toMatchObject({
      title: "U.S. proposal (April 2025)",
      date: "2025-04-17",
      proposedBy: ["united_states"],
      isSeed: true,
    });
    expect(usProposal.headline).toEqual(territoryHeadline(usProposalDocument().terms.territory));
  });

  it("filters by proposer (exactly) and by date range", async () => {
    const russian = await t.caller.timeline.positions({ proposer: "russia" });
    expect(russian.length).toBeGreaterThan(0);
    expect(russian.every((p) => p.proposedBy.includes("russia"))).toBe(true);
    const american = await t.caller.timeline.positions({ proposer: "united_states" });
    expect(american.map((p) => p.id)).toContain(us);
    expect(american.every((p) => p.proposedBy.includes("united_states"))).toBe(true);
    const april = await t.caller.timeline.positions({ from: "2025-04-17", to: "2025-04-17" });
    expect(april.map((p) => p.id)).toEqual([us]);
  });

  it("leaves out unlisted and deleted scenarios, lists a published one with its context", async () => {
    const doc = usProposalDocument();
    doc.title = "A published position of my own";
    doc.context = { ...doc.context, date: "2026-02-17", proposedBy: ["europe", "ukraine"] };
    const mine = await createEditable(t.caller, doc);
    const listed = async () => (await t.caller.timeline.positions({ from: "2026-02-17", to: "2026-02-17" })).map((p) => p.id);
    expect(await listed()).not.toContain(mine.id);
    await publish(t.caller, mine);
    expect(await listed()).toContain(mine.id);
    const found = (await t.caller.timeline.positions({ proposer: "europe", from: "2026-02-17", to: "2026-02-17" })).find(
      (p) => p.id === mine.id,
    )!;
    expect(found.proposedBy).toEqual(["ukraine", "europe"]);
    expect(found.isSeed).toBe(false);
    await t.caller.scenario.delete({ id: mine.id, editSecret: mine.editSecret });
    expect(await listed()).not.toContain(mine.id);
  });
});

describe("timeline.lines", () => {
  it("every day of the computed series, the seeded days with their scenarios", async () => {
    const lines = await t.caller.timeline.lines();
    const series = lineSeries();
    expect(lines.map((d) => d.date)).toEqual(series.map((d) => d.date));
    expect(lines.map((d) => d.russiaKm2)).toEqual(series.map((d) => d.russiaKm2));
    const seeded = lines.filter((d) => d.scenario !== null);
    expect(seeded.map((d) => d.date)).toEqual([...SEEDED_LINE_DATES]);
    for (const day of seeded) expect(day.scenario!.id).toBe(await seedId(t.db, `line-${day.date}`));
  });
});

describe("timeline.track", () => {
  it("Donetsk: each position's km² in its proposers' lane, and the seeded lines as their own lane", async () => {
    const track = await t.caller.timeline.track({ termId: "territory.UA-14" });
    expect(track.term).toMatchObject({ id: "territory.UA-14", label: "Donetsk: km² held" });
    const usLane = track.lanes.find((l) => l.key === "united_states")!;
    const point = usLane.points.find((p) => p.id === us)!;
    const stored = usProposalDocument().terms.territory["UA-14"];
    expect(point.value).toMatchObject({ kind: "region", russiaKm2: stored.russiaKm2, ukraineKm2: stored.ukraineKm2 });
    expect(track.lines!.points.map((p) => p.date)).toEqual([...SEEDED_LINE_DATES]);
    for (const lane of track.lanes) expect(isSorted(lane.points.map((p) => p.date))).toBe(true);
  });

  it("a catalogue term: words, raw value and status, or null where the position leaves it open", async () => {
    const track = await t.caller.timeline.track({ termId: "security.natoPath" });
    expect(track.lines).toBeNull();
    const point = track.lanes.find((l) => l.key === "united_states")!.points.find((p) => p.id === us)!;
    const stored = usProposalDocument().terms.security.natoPath;
    expect(point.value === null ? null : point.value.kind === "term" && point.value.value).toBe(stored.value);
  });

  it("answers BAD_REQUEST naming the field for an unknown term, a bad date or an unknown proposer", async () => {
    const bad = await expectTRPCError(() => t.caller.timeline.track({ termId: "territory.XX-1" }), "BAD_REQUEST");
    expect(bad.message).toContain(
      "termId: Not a term: use a region (territory.UA-14) or a term of the catalogue (ceasefire.type)",
    );
    const date = await expectTRPCError(
      () => t.caller.timeline.track({ termId: "ceasefire.type", from: "last June" }),
      "BAD_REQUEST",
    );
    expect(date.message).toContain("from: From: use a date in the form YYYY-MM-DD");
    // @ts-expect-error an actor that does not exist
    const who = await expectTRPCError(() => t.caller.timeline.positions({ proposer: "china" }), "BAD_REQUEST");
    expect(who.message).toContain("proposer: Pick one of russia, ukraine, united_states, europe");
  });
});

describe("timeline.events", () => {
  it("every event, oldest first, with the positions it produced resolved to stored scenarios", async () => {
    const events = await t.caller.timeline.events();
    expect(events).toHaveLength(TALK_EVENTS.length);
    expect(isSorted(events.map((e) => e.date))).toBe(true);
    for (const event of events) {
      const source = TALK_EVENTS.find((e) => e.id === event.id)!;
      expect(event.sources).toEqual(source.sources);
      for (const position of event.positions) {
        expect(source.positions).toContain(position.seedKey);
        expect(position.id).toBe(await seedId(t.db, position.seedKey));
      }
    }
  });

  it("filters by kind, actor and range; an end before the start is refused", async () => {
    const talks = await t.caller.timeline.events({ kind: "talks", actor: "ukraine", from: "2025-06-01", to: "2025-12-31" });
    expect(talks.length).toBeGreaterThan(0);
    expect(
      talks.every(
        (e) =>
          e.kind === "talks" && e.actors.includes("ukraine") && e.date <= "2025-12-31" && (e.endDate ?? e.date) >= "2025-06-01",
      ),
    ).toBe(true);
    const bad = await expectTRPCError(() => t.caller.timeline.events({ from: "2026-01-01", to: "2025-01-01" }), "BAD_REQUEST");
    expect(bad.message).toContain("to: The end date comes before the start date");
  });
});

describe("any input", () => {
  it("is answered or refused cleanly, never with a server fault", async () => {
    const procedures = ["events", "positions", "lines", "track"] as const;
    const date = fc.oneof(
      fc.constantFrom("2025-06-02", "2026-02-30", "2025-6-2", "", "0000-00-00"),
      fc.string({ maxLength: 12 }),
    );
    const plausible = fc.record(
      {
        termId: fc.oneof(
          fc.constantFrom(...TRACK_TERMS.map((term) => term.id), "territory.__proto__", "constructor", "territory.", "ceasefire"),
          fc.string(),
        ),
        from: date,
        to: date,
        kind: fc.oneof(fc.constantFrom("talks", "Talks", "toString"), fc.string()),
        actor: fc.constantFrom("russia", "united_states", "china", "__proto__"),
        proposer: fc.constantFrom("ukraine", "europe", "EU", ""),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...procedures),
        fc.oneof(plausible, oddValues([null, undefined, {}, []], 40)),
        async (procedure, input) => {
          const call = (t.caller.timeline as unknown as Record<string, (input: unknown) => Promise<unknown>>)[procedure]!;
          const error = await call(input).then(
            () => null,
            (e: { code?: string }) => e,
          );
          expect(error?.code, `${procedure}(${shown(input)})`).not.toBe("INTERNAL_SERVER_ERROR");
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
