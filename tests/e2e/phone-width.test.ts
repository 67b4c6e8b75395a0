// At a phone's width no page scrolls sideways: wide tables and charts scroll inside their own regions.
import { describe, expect, it } from "vitest";
import { listedScenario, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage({ contextOptions: { viewport: { width: 390, height: 844 } } });

describe("390 px wide", () => {
  it("no page is wider than the screen", async () => {
    const { page } = session;
    const plan = (await listedScenario("28-point")).id;
    const line = (await listedScenario("Line of control, 22 Aug 2026")).id;
    const pages = [
      "/",
      `/s/${plan}`,
      `/compare?ids=${line},${plan}`,
      `/diff?from=${line}&to=${plan}`,
      "/timeline?term=territory.UA-14",
      "/analysis",
    ];
    for (const path of pages) {
      await page.goto(path, { waitUntil: "networkidle" });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
    await page.goto(`/s/${plan}`, { waitUntil: "networkidle" });
    await screenshot(page, "scenario-390");
  });
});
