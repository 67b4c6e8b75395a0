import { describe, expect, it } from "vitest";
import { TERM_SPECS } from "@/server/domain/catalog.ts";
import { withTerm } from "@/server/domain/edit.ts";
import type { Actor } from "@/server/domain/options.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { lineSnapshot } from "@/server/domain/seeds/line-snapshots.ts";
import {
  buildTrack,
  filterEvents,
  isTrackTerm,
  laneOf,
  linesWithScenarios,
  statedRuns,
  timelineLanes,
  timelineSpan,
  TRACK_TERMS,
  trackValue,
  type DatedScenario,
} from "@/server/domain/timeline.ts";
import { TimelineEventsInput, TimelineTrackInput } from "@/server/domain/timeline-inputs.ts";
import { statusQuoDocument, usProposalDocument, withRegion } from "../../helpers/documents.ts";

const dated = (
  id: string,
  date: string,
  proposedBy: Actor[],
  document: ScenarioDocument = statusQuoDocument(),
): DatedScenario => ({
  id,
  title: `Position ${id}`,
  date,
  proposedBy,
  isSeed: true,
  document,
});

describe("track terms", () => {
  it("lists the regions in the talks first, the key terms next, then every catalogue term once", () => {
    const ids = TRACK_TERMS.map((t) => t.id);
    expect(ids.slice(0, 3)).toEqual(["territory.UA-14", "territory.UA-09", "territory.UA-23"]);
    expect(ids.slice(10, 15)).toEqual([
      "forces.peacetimeTroops",
      "ceasefire.type",
      "security.natoPath",
      "sanctions.relief",
      "nuclearPlant.control",
    ]);
    for (const spec of TERM_SPECS) expect(ids.filter((id) => id === spec.id)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    // Every Ukrainian region (25 incl. Kyiv city, Crimea, Sevastopol), none of Russia's.
    expect(ids.filter((id) => id.startsWith("territory.UA-"))).toHaveLength(27);
    expect(ids.some((id) => id.startsWith("territory.RU-"))).toBe(false);
  });

  it("names catalogue terms with their issue, so a label reads alone", () => {
    expect(TRACK_TERMS.find((t) => t.id === "ceasefire.type")!.label).toBe("Ceasefire: Type");
    expect(TRACK_TERMS.find((t) => t.id === "forces.peacetimeTroops")!.label).toBe("Cap on Ukraine's forces (troops)");
  });

  it("knows a term id from anything else", () => {
    expect(isTrackTerm("territory.UA-14")).toBe(true);
    expect(isTrackTerm("ceasefire.type")).toBe(true);
    expect(isTrackTerm("territory.RU-BEL")).toBe(false);
    expect(isTrackTerm("ceasefire")).toBe(false);
    expect(isTrackTerm("__proto__")).toBe(false);
  });
});

describe("trackValue", () => {
  it("a region: Russia's and Ukraine's km² and their shares of the region's own area", () => {
    const value = trackValue(
      withRegion(statusQuoDocument(), "UA-14", { russiaKm2: 19_888, ukraineKm2: 6_629, contestedKm2: 0 }),
      "territory.UA-14",
    );
    expect(value).toMatchObject({ kind: "region", russiaKm2: 19_888, ukraineKm2: 6_629 });
    // Donetsk's official area is 26,517 km²: 19,888 / 26,517 = 75.0 %.
    expect(value?.kind === "region" ? value.russiaShare : null).toBeCloseTo(0.75, 4);
    expect(value!.text).toBe("Russia 19,888 km² (75.0%) · Ukraine 6,629 km² (25.0%)");
  });

  it("a region with nothing assigned is left open (null), not zero", () => {
    const open = withRegion(statusQuoDocument(), "UA-14", { russiaKm2: 0, ukraineKm2: 0, contestedKm2: 0 });
    expect(trackValue(open, "territory.UA-14")).toBeNull();
  });

  it("a term: the raw value, the words and the status; null where it is not specified", () => {
    const doc = withTerm(statusQuoDocument(), "forces.peacetimeTroops", { value: 600_000, status: "proposed" });
    expect(trackValue(doc, "forces.peacetimeTroops")).toEqual({
      kind: "term",
      value: 600_000,
      text: "600,000 troops",
      status: "proposed",
    });
    const natoRenounced = withTerm(doc, "security.natoPath", { value: "renounced", status: "reported" });
    expect(trackValue(natoRenounced, "security.natoPath")).toMatchObject({ value: "renounced", status: "reported" });
    expect(trackValue(withTerm(doc, "security.natoPath", { value: null }), "security.natoPath")).toBeNull();
  });
});

describe("lanes", () => {
  it("groups by who put it forward: single actors in a fixed order, joint groups as their own lane, oldest first", () => {
    const lanes = timelineLanes(
      [
        dated("c", "2025-11-20", ["united_states"]),
        dated("a", "2025-06-02", ["russia"]),
        dated("d", "2025-12-24", ["ukraine", "united_states"]),
        dated("b", "2025-08-15", ["russia"]),
      ],
      [
        { date: "2025-05-16", actors: ["ukraine", "russia"] as Actor[] },
        { date: "2025-06-02", actors: ["russia"] as Actor[] },
      ],
    );
    expect(lanes.map((l) => l.label)).toEqual(["Russia", "United States", "Russia & Ukraine", "Ukraine & United States"]);
    expect(lanes[0]!.positions.map((p) => p.id)).toEqual(["a", "b"]);
    expect(lanes[0]!.events).toHaveLength(1);
    expect(lanes[2]!.positions).toHaveLength(0);
    expect(lanes[2]!.events).toHaveLength(1);
  });

  it("a lane's key does not depend on the order the actors were listed in", () => {
    expect(laneOf(["europe", "ukraine"])).toEqual(laneOf(["ukraine", "europe"]));
    expect(laneOf([]).label).toBe("No one named");
  });
});

describe("buildTrack", () => {
  it("follows one region through each lane's positions and the lines of control, with gaps where a position leaves it open", () => {
    const open = withRegion(usProposalDocument(), "UA-14", { russiaKm2: 0, ukraineKm2: 0, contestedKm2: 0 });
    const whole = withRegion(usProposalDocument(), "UA-14", { russiaKm2: 26_517, ukraineKm2: 0, contestedKm2: 0 });
    const track = buildTrack(
      "territory.UA-14",
      [
        dated("r2", "2025-08-15", ["russia"], whole),
        dated("r1", "2025-06-02", ["russia"], whole),
        dated("r3", "2026-01-23", ["russia"], open),
        dated("r4", "2026-06-04", ["russia"], whole),
      ],
      [dated("l1", "2025-06-02", [], lineSnapshot("2025-06-02")), dated("l2", "2026-08-22", [], lineSnapshot("2026-08-22"))],
    );
    expect(track.term.label).toBe("Donetsk: km² held");
    const russia = track.lanes[0]!;
    expect(russia.points.map((p) => p.id)).toEqual(["r1", "r2", "r3", "r4"]);
    expect(russia.points.map((p) => (p.value?.kind === "region" ? p.value.russiaKm2 : null))).toEqual([
      26_517,
      26_517,
      null,
      26_517,
    ]);
    expect(statedRuns(russia.points).map((run) => run.map((p) => p.id))).toEqual([["r1", "r2"], ["r4"]]);
    // Lines of 2 Jun 2025 and 22 Aug 2026 (DeepState, plus the stated 0.6-point Donetsk correction).
    expect(track.lines!.points.map((p) => (p.value?.kind === "region" ? p.value.russiaKm2 : null))).toEqual([18_867, 21_231]);
  });

  it("has no lines lane for a term that is not a region", () => {
    const track = buildTrack(
      "ceasefire.type",
      [dated("a", "2025-06-02", ["russia"])],
      [dated("l", "2025-06-02", [], lineSnapshot("2025-06-02"))],
    );
    expect(track.lines).toBeNull();
    expect(track.term.scale.kind).toBe("options");
  });

  it("refuses a term it does not know", () => {
    expect(() => buildTrack("territory.XX-99", [])).toThrow(/Not a term/);
  });
});

describe("span, lines and event filters", () => {
  it("the span covers Mar 2025 to Aug 2026, widened to anything outside it", () => {
    expect(timelineSpan(["2025-06-02"])).toEqual({ start: "2025-03-01", end: "2026-08-31" });
    expect(timelineSpan(["2024-06-14", "2026-09-02"])).toEqual({ start: "2024-06-14", end: "2026-09-02" });
  });

  it("marks the days whose line is seeded as a scenario", () => {
    const days = linesWithScenarios(
      [
        { date: "2025-06-01", russiaKm2: 1, russiaShare: 0.1 },
        { date: "2025-06-02", russiaKm2: 2, russiaShare: 0.2 },
      ],
      new Map([["2025-06-02", { id: "x", title: "Line of control, 2 Jun 2025" }]]),
    );
    expect(days.map((d) => d.scenario?.id ?? null)).toEqual([null, "x"]);
  });

  it("filters events by range (a multi-day event overlapping the start counts), kind and actor, oldest first", () => {
    const events = [
      { id: "b", date: "2025-06-02", endDate: null, kind: "talks", actors: ["russia", "ukraine"] as Actor[] },
      { id: "a", date: "2025-05-30", endDate: "2025-06-03", kind: "exchange", actors: ["russia", "ukraine"] as Actor[] },
      { id: "c", date: "2025-08-15", endDate: null, kind: "talks", actors: ["russia", "united_states"] as Actor[] },
    ];
    expect(filterEvents(events, { from: "2025-06-01" }).map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(filterEvents(events, { from: "2025-06-04", to: "2025-12-31" }).map((e) => e.id)).toEqual(["c"]);
    expect(filterEvents(events, { kind: "talks", actor: "ukraine" }).map((e) => e.id)).toEqual(["b"]);
  });
});

describe("inputs", () => {
  it("name the field in words", () => {
    const bad = TimelineTrackInput.safeParse({ termId: "territory.XX-1", from: "June", to: "2025-01-01" });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("termId: Not a term: use a region (territory.UA-14) or a term of the catalogue (ceasefire.type)");
    expect(messages).toContain("from: From: use a date in the form YYYY-MM-DD");
  });

  it("refuse an end before the start, an unknown kind or actor, and unknown fields", () => {
    expect(TimelineEventsInput.safeParse({ from: "2026-01-01", to: "2025-01-01" }).error!.issues[0]!.message).toBe(
      "The end date comes before the start date",
    );
    expect(TimelineEventsInput.safeParse({ kind: "party" }).error!.issues[0]!.message).toMatch(/^Pick a kind of event: talks, /);
    expect(TimelineEventsInput.safeParse({ actor: "china" }).error!.issues[0]!.message).toBe(
      "Pick one of russia, ukraine, united_states, europe",
    );
    expect(TimelineEventsInput.safeParse({ limit: 3 }).success).toBe(false);
    expect(TimelineEventsInput.parse(undefined)).toEqual({});
  });
});
