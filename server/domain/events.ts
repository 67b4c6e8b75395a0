import { EVENTS_2025_AUTUMN } from "./events/events-2025-autumn.ts";
import { EVENTS_2025_SPRING_SUMMER } from "./events/events-2025.ts";
import { EVENTS_2026 } from "./events/events-2026.ts";
import type { TalkEvent } from "./events/event.ts";

// The dated events of the talks since March 2025, oldest first: the rows live by period in events/.
export { EVENT_KINDS, type TalkEvent } from "./events/event.ts";

export const TALK_EVENTS: readonly TalkEvent[] = [...EVENTS_2025_SPRING_SUMMER, ...EVENTS_2025_AUTUMN, ...EVENTS_2026];
