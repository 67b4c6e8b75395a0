import { createCallerFactory, router } from "./init.ts";
import { catalogRouter } from "./routers/catalog.ts";
import { mapRouter } from "./routers/map.ts";
import { profileSetRouter } from "./routers/profile-set.ts";
import { scenarioRouter } from "./routers/scenario.ts";
import { timelineRouter } from "./routers/timeline.ts";

export const appRouter = router({
  scenario: scenarioRouter,
  catalog: catalogRouter,
  profileSet: profileSetRouter,
  timeline: timelineRouter,
  map: mapRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: server components and integration tests. */
export const createCaller = createCallerFactory(appRouter);
