// At a phone's width no page scrolls sideways: wide tables and charts scroll inside their own regions.
import { describe, expect, it } from "vitest";
import { listedScenario, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";
import { everyPage, openSitePage } from "../helpers/e2e-pages.ts";

const session = useBrowserPage({ contextOptions: { viewport: { width: 390, height: 844 } } });

describe("390 px wide", () => {
  it("no page is wider than the screen", async () => {
    const { page } = session;
    for (const sitePage of await everyPage()) {
      const { path } = sitePage;
      await openSitePage(page, sitePage);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
    await openSitePage(page, { name: "seed scenario", path: `/s/${(await listedScenario("28-point")).id}` });
    await screenshot(page, "scenario-390");
  });
});
