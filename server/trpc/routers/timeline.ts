import { TALK_EVENTS } from "../../domain/events.ts";
import { lineSeries } from "../../domain/line-of-control.ts";
import { territoryHeadline } from "../../domain/derived.ts";
import { buildTrack, filterEvents, linesWithScenarios } from "../../domain/timeline.ts";
import { TimelineEventsInput, TimelinePositionsInput, TimelineTrackInput } from "../../domain/timeline-inputs.ts";
import { listDatedScenarios, scenariosBySeedKey, seededLines } from "../../db/timeline.ts";
import { publicProcedure, router } from "../init.ts";

// The talks since May 2025 on one time axis: events, positions, lines of control, one term across time.

export const timelineRouter = router({
  events: publicProcedure.input(TimelineEventsInput).query(async ({ ctx, input }) => {
    const events = filterEvents(TALK_EVENTS, input);
    const stored = await scenariosBySeedKey(
      ctx.db,
      events.flatMap((e) => e.positions),
    );
    return events.map(({ positions, ...event }) => ({
      ...event,
      positions: positions.flatMap((key) => {
        const found = stored.get(key);
        return found ? [{ seedKey: key, ...found }] : [];
      }),
    }));
  }),

  positions: publicProcedure.input(TimelinePositionsInput).query(async ({ ctx, input }) => {
    const scenarios = await listDatedScenarios(ctx.db, input, "positions");
    return scenarios.map(({ document, ...s }) => ({
      ...s,
      context: document.context,
      headline: territoryHeadline(document.terms.territory),
    }));
  }),

  lines: publicProcedure.query(async ({ ctx }) => linesWithScenarios(lineSeries(), await seededLines(ctx.db))),

  track: publicProcedure.input(TimelineTrackInput).query(async ({ ctx, input }) => {
    const [positions, lines] = await Promise.all([
      listDatedScenarios(ctx.db, input, "positions"),
      listDatedScenarios(ctx.db, { from: input.from, to: input.to }, "lines"),
    ]);
    return buildTrack(input.termId, positions, lines);
  }),
});
