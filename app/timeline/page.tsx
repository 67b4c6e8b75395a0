import type { Metadata } from "next";
import { DEFAULT_TRACK_TERM, TIMELINE_START } from "@/server/domain/timeline.ts";
import { EventKind, TimelinePositionsInput, TrackTermId } from "@/server/domain/timeline-inputs.ts";
import { serverCaller } from "@/server/trpc/server-caller.ts";
import { TimelineView } from "../_components/timeline/TimelineView.tsx";

export const metadata: Metadata = {
  title: "The talks since May 2025",
  description:
    "Every position of the Russia–Ukraine talks since May 2025 on one time axis, against the line of control of its day.",
};

interface Props {
  searchParams: Promise<{ term?: string; a?: string; b?: string; who?: string; kind?: string }>;
}

/** A view parameter read through the procedures' own schema; a bad one is dropped and named. */
function readParam<T>(
  parse: () => { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
  name: string,
  problems: string[],
): T | undefined {
  const result = parse();
  if (result.success) return result.data;
  problems.push(`${name}: ${result.error.issues[0]?.message ?? "not understood"}`);
  return undefined;
}

const pickedId = (id: string | undefined) => (id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined);

// Server-rendered: the whole view comes from the URL, so a copied link shows the same thing at first paint.
export default async function TimelinePage({ searchParams }: Props) {
  const params = await searchParams;
  const problems: string[] = [];
  const term =
    (params.term ? readParam(() => TrackTermId.safeParse(params.term), "Term", problems) : undefined) ?? DEFAULT_TRACK_TERM;
  const who = params.who
    ? readParam(() => TimelinePositionsInput.safeParse({ proposer: params.who }), "Put forward by", problems)?.proposer
    : undefined;
  const kind = params.kind ? readParam(() => EventKind.safeParse(params.kind), "Kind of event", problems) : undefined;
  const picked = [pickedId(params.a), pickedId(params.b)].filter((id): id is string => id !== undefined);

  const caller = await serverCaller();
  const [events, positions, lines, track] = await Promise.all([
    caller.timeline.events({ kind, actor: who }),
    caller.timeline.positions({ proposer: who }),
    caller.timeline.lines(),
    caller.timeline.track({ termId: term, proposer: who, from: TIMELINE_START }),
  ]);
  return <TimelineView data={{ events, positions, lines, track }} view={{ term, who, kind, picked }} problems={problems} />;
}
