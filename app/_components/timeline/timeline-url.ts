// The URL of a view of the timeline: the term followed, the two picked points, the filters.

export interface TimelineViewParams {
  term?: string;
  picked?: readonly string[];
  who?: string;
  kind?: string;
}

export function timelineUrl(view: TimelineViewParams): string {
  const params = new URLSearchParams();
  if (view.term) params.set("term", view.term);
  const [a, b] = view.picked ?? [];
  if (a) params.set("a", a);
  if (b) params.set("b", b);
  if (view.who) params.set("who", view.who);
  if (view.kind) params.set("kind", view.kind);
  const query = params.toString();
  return query ? `/timeline?${query}` : "/timeline";
}
