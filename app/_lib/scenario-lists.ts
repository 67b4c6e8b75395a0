import type { trpc } from "./trpc.tsx";

type Utils = ReturnType<typeof trpc.useUtils>;

/** After a scenario is created, saved, published or deleted: every query that lists or names scenarios reads again. */
export function refreshScenarioLists(utils: Utils): void {
  void utils.scenario.list.invalidate();
  void utils.scenario.titles.invalidate();
  void utils.scenario.title.invalidate();
  void utils.scenario.positions.invalidate();
}
