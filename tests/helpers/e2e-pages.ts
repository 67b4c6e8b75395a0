// Every kind of page Parley serves, with real seed scenarios in it: the browser tests that check
// something of every page (phone width, accessibility) walk this one list.
import { listedScenario } from "./e2e-browser.ts";

export interface SitePage {
  /** What the page is, for failure messages. */
  name: string;
  path: string;
}

/** The home page, a seed scenario (view-only), compare, before/after, the timeline and the analysis. */
export async function everyPage(): Promise<SitePage[]> {
  const plan = (await listedScenario("28-point")).id;
  const line = (await listedScenario("Line of control, 22 Aug 2026")).id;
  const us = (await listedScenario("U.S. proposal")).id;
  return [
    { name: "home", path: "/" },
    { name: "seed scenario (view-only)", path: `/s/${plan}` },
    { name: "compare", path: `/compare?ids=${line},${plan},${us}` },
    { name: "before/after", path: `/diff?from=${line}&to=${plan}` },
    { name: "timeline", path: "/timeline?term=territory.UA-14" },
    { name: "analysis", path: "/analysis" },
  ];
}
