// The first paint carries the reading content; maps, charts and the sections below the fold join
// once it is on screen (.lazy-render in app/globals.css). Recorded in the page itself: the before/after maps'
// content-visibility in the first frame they exist in, then once the page has settled. And what the
// first frame shows stays where it is when the page hydrates.
import { describe, expect, it } from "vitest";
import { editableScenario, seedIdByTitle } from "../helpers/e2e-api.ts";
import { expectVisible, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

// A string, not a function: the test runner's transform would wrap a named inner function in a
// helper the page does not have.
const RECORD_FIRST_FRAME = `
  requestAnimationFrame(function look() {
    const maps = document.querySelector("[data-testid=before-after-maps]");
    if (maps) window.firstFrameMaps = getComputedStyle(maps).getPropertyValue("content-visibility");
    else requestAnimationFrame(look);
  });
`;

// The title's top in the first frame that has it.
const RECORD_TITLE_TOP = `
  requestAnimationFrame(function look() {
    const title = document.querySelector("main h1");
    if (title) window.firstFrameTitleTop = title.getBoundingClientRect().top;
    else requestAnimationFrame(look);
  });
`;

describe("the first frame", () => {
  it("leaves the before/after maps out while the headline paints, and draws them once it is on screen", async () => {
    const { page } = session;
    await page.addInitScript({ content: RECORD_FIRST_FRAME });
    const [from, to] = [await seedIdByTitle("Status quo"), await seedIdByTitle("U.S. proposal")];
    await page.goto(`/diff?from=${from}&to=${to}`);
    await page.waitForFunction(() => "firstFrameMaps" in window);
    expect(await page.evaluate(() => (window as unknown as { firstFrameMaps: string }).firstFrameMaps)).toBe("hidden");

    const maps = page.getByTestId("before-after-maps");
    await expect.poll(() => maps.evaluate((el) => getComputedStyle(el).getPropertyValue("content-visibility"))).toBe("auto");
    // Let go by the loader once the first contentful paint was on screen (server/serve/paint-first.ts).
    expect(await page.locator("html[data-painted]").count()).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length)).toBe(1);
    expect(await page.locator(".region-map__svg").first().isVisible()).toBe(true);
    expect(await page.locator(".region-map__region").first().isVisible()).toBe(true);
    session.expectNoProblems();
  });

  it("stays put when a view link's page hydrates: the view banner's place is held while the link is checked", async () => {
    const { page } = session;
    await page.addInitScript({ content: RECORD_TITLE_TOP });
    for (const id of [(await editableScenario("Viewed, not a seed")).id, await seedIdByTitle("U.S. proposal")]) {
      await page.goto(`/s/${id}`);
      await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === "View only");
      await expectVisible(page.getByTestId("read-only"));
      const first = await page.evaluate(() => (window as unknown as { firstFrameTitleTop: number }).firstFrameTitleTop);
      const now = await page.evaluate(() => document.querySelector("main h1")!.getBoundingClientRect().top);
      expect(now).toBe(first);
    }
    session.expectNoProblems();
  });
});
