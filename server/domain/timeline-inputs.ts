import "./zod.ts";
import * as z from "zod";
import { EVENT_KINDS } from "./events.ts";
import { ACTORS } from "./options.ts";
import { isTrackTerm } from "./timeline.ts";

// The inputs of the timeline's procedures (timeline.events, .positions, .lines, .track). The page
// reads its URL through the same schemas.

const day = (what: string) => z.iso.date(`${what}: use a date in the form YYYY-MM-DD`);

const actor = z.enum(ACTORS, { error: `Pick one of ${ACTORS.join(", ")}` });

/** An optional date range, from ≤ to when both are given. */
const range = {
  from: day("From").optional(),
  to: day("To").optional(),
};

function fromNotAfterTo(input: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (input.from && input.to && input.from > input.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "The end date comes before the start date" });
  }
}

export const EventKind = z.enum(EVENT_KINDS, { error: `Pick a kind of event: ${EVENT_KINDS.join(", ")}` });

export const TimelineEventsInput = z
  .strictObject({ ...range, kind: EventKind.optional(), actor: actor.optional() })
  .superRefine(fromNotAfterTo)
  .default({});

export const TimelinePositionsInput = z
  .strictObject({ ...range, proposer: actor.optional() })
  .superRefine(fromNotAfterTo)
  .default({});

export const TrackTermId = z
  .string({ error: "Name a term, e.g. territory.UA-14 or ceasefire.type" })
  .max(64, "Not a term id")
  .refine(isTrackTerm, "Not a term: use a region (territory.UA-14) or a term of the catalogue (ceasefire.type)");

export const TimelineTrackInput = z
  .strictObject({ termId: TrackTermId, ...range, proposer: actor.optional() })
  .superRefine(fromNotAfterTo);

export type TimelineEventsInput = z.infer<typeof TimelineEventsInput>;
export type TimelinePositionsInput = z.infer<typeof TimelinePositionsInput>;
export type TimelineTrackInput = z.infer<typeof TimelineTrackInput>;
