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
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("U.S. proposal (April 2025)");
    expect(await page.getByTestId("headline").textContent()).toMatch(/^Russia holds [\d,]+ km², 1\d\.\d% of Ukraine/);
    // A view-only page: the terms as text, each with its value, status and source.
    expect(await page.locator('[data-region="UA-63"] td').nth(2).textContent()).toBe("31,415 km²");
    expect(await page.locator("#issue-ceasefire h2").textContent()).toBe("Ceasefire");
    expect(await page.locator('[data-term="ceasefire.type"] dd').first().textContent()).toBe("Comprehensive");
    expect(await page.getByText("Loading scenario…").count()).toBe(0);
  });
});
