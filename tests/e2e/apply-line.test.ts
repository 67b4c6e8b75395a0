// "What would it mean today": a position applied to the newest line of control, in a real browser.
import { describe, expect, it } from "vitest";
import { expectVisible, listedScenario, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

describe("apply to today's line", () => {
  it("forks the 28-point plan with Kherson and Zaporizhzhia on the line of 22 Aug 2026, and says what moved", async () => {
    const { page } = session;
    const plan = await listedScenario("28-point");
    await page.goto(`/s/${plan.id}`);
    // 20 Nov 2025: all of Donetsk (26,517), Luhansk (26,684), Crimea (26,081) and Sevastopol (864),
    // Kherson 20,509 and Zaporizhzhia 20,208 on the line = 120,863 km², 20.0% of 603,540 km².
    await expectVisible(page.getByText("120,863 km²").first());
    await page.getByRole("button", { name: /Apply to today's line \(22 Aug 2026\)/ }).click();
    const result = page.getByRole("status").filter({ hasText: "Recomputed by Parley" });
    await expectVisible(result);
    expect(await result.textContent()).toContain("Zaporizhzhia: Russia 20,208 km² → 20,513 km²");
    await screenshot(page, "apply-line-result");

    await result.getByRole("link", { name: "Open the new scenario" }).click();
    await page.waitForURL(/\/s\/[^/]+#edit=/);
    // 22 Aug 2026: Zaporizhzhia moves to 20,513 km²: 121,168 km², 20.1%.
    await expectVisible(page.getByText("121,168 km²").first());
    expect(await page.locator("#scenario-title").inputValue()).toBe(`${plan.title}, against the line of 22 Aug 2026`);
    await screenshot(page, "apply-line-fork");
    session.expectNoProblems();
  });
});
