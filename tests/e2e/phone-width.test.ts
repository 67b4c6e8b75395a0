// At a phone's width no page scrolls sideways: wide tables and charts scroll inside their own regions.
import { describe, expect, it } from "vitest";
import { baseUrl, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage({ contextOptions: { viewport: { width: 390, height: 844 } } });

async function seedId(query: string): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ query, limit: 5 }));
  const response = await fetch(`${baseUrl()}/api/trpc/scenario.list?input=${input}`);
  const items = ((await response.json()) as { result: { data: { items: { id: string }[] } } }).result.data.items;
  if (items.length !== 1) throw new Error(`Expected one scenario titled like "${query}", found ${items.length}`);
  return items[0]!.id;
}

describe("390 px wide", () => {
  it("no page is wider than the screen", async () => {
    const { page } = session;
    const plan = await seedId("28-point");
    const line = await seedId("Line of control, 22 Aug 2026");
    const pages = ["/", `/s/${plan}`, `/compare?ids=${line},${plan}`, `/diff?from=${line}&to=${plan}`, "/timeline?term=territory.UA-14", "/analysis"];
    for (const path of pages) {
      await page.goto(path, { waitUntil: "networkidle" });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
    await page.goto(`/s/${plan}`, { waitUntil: "networkidle" });
    await screenshot(page, "scenario-390");
  });
});
