// The scenario page arrives rendered: with JavaScript off, it still shows the title, the headline
// figures and the terms, because the server put them in the HTML.
import { describe, expect, it } from "vitest";
import { seedIdByTitle } from "../helpers/e2e-api.ts";
import { useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage({ contextOptions: { javaScriptEnabled: false } });

describe("the scenario page without JavaScript", () => {
  it("shows the title, the headline figures and the terms of the U.S. proposal", async () => {
    const { page } = session;
    const id = await seedIdByTitle("U.S. proposal");
    await page.goto(`/s/${id}`);
    expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("undefined");
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("U.S. proposal (April 2025)");
    expect(await page.getByTestId("headline").textContent()).toMatch(/^Russia holds [\d,]+ km², 1\d\.\d% of Ukraine/);
    expect(await page.getByLabel("Kharkiv: km² held by Ukraine", { exact: true }).inputValue()).toBe("31415");
    expect(await page.locator("#issue-ceasefire legend").textContent()).toBe("Ceasefire");
    expect(await page.getByText("Loading scenario…").count()).toBe(0);
  });
});
