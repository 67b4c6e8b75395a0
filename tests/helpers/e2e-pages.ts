// Every kind of page Parley serves, with real seed scenarios in it: the browser tests that check
// something of every page (phone width, accessibility) walk this one list.
import type { Page } from "playwright-core";
import { listedScenario } from "./e2e-browser.ts";

export interface SitePage {
  /** What the page is, for failure messages. */
  name: string;
  path: string;
  /** An element the page shows once what it draws in the browser (a list, a chart) is there. */
  ready?: string;
}

/** The home page, a seed scenario (view-only), compare, before/after, the timeline and the analysis. */
export async function everyPage(): Promise<SitePage[]> {
  const plan = (await listedScenario("28-point")).id;
  const line = (await listedScenario("Line of control, 22 Aug 2026")).id;
  const us = (await listedScenario("U.S. proposal")).id;
  return [
    { name: "home", path: "/", ready: "ul.scenario-cards li" },
    { name: "seed scenario (view-only)", path: `/s/${plan}` },
    { name: "compare", path: `/compare?ids=${line},${plan},${us}` },
    { name: "before/after", path: `/diff?from=${line}&to=${plan}` },
    { name: "timeline", path: "/timeline?term=territory.UA-14", ready: ".timeline[data-ready]" },
    { name: "analysis", path: "/analysis", ready: "[data-testid=value-chart][data-drawn-run]" },
  ];
}

/**
 * Opens a page and waits until it is complete: loaded, its browser-drawn part (`ready`) there, and
 * the main thread idle (hydration done). Quicker than Playwright's "networkidle", which waits out
 * half a second of quiet after the prefetches of every linked page.
 */
export async function openSitePage(page: Page, { path, ready }: SitePage): Promise<void> {
  await page.goto(path);
  if (ready) await page.locator(ready).first().waitFor({ state: "attached" });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  await everySectionDrawn(page);
}

/**
 * Waits until no section still sits out the first paint (.lazy-render in app/globals.css). Polled
 * from here rather than with waitForFunction, so that it also works with JavaScript off.
 */
export async function everySectionDrawn(page: Page, timeoutMs = 10_000): Promise<void> {
  const held = () =>
    page.evaluate(
      () =>
        document
          .getAnimations()
          .filter((a) => a instanceof CSSAnimation && a.animationName === "sit-out-first-screen" && a.playState !== "finished")
          .length,
    );
  for (const start = Date.now(); (await held()) > 0; await page.waitForTimeout(50)) {
    if (Date.now() - start > timeoutMs) throw new Error(`Sections still held out of the first paint after ${timeoutMs} ms`);
  }
}
