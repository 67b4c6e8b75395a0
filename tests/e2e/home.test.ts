// The home page in a real browser: the seed scenarios are listed as links, with a search box.
import { describe, expect, it } from "vitest";
import { expectVisible, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";

const SEED_TITLES = [
  "U.S. proposal (April 2025)",
  "Ukraine and Europe's counter-proposal (April 2025)",
  "Russia's conditions (June 2024, with the buffer zone of May 2025)",
  "Status quo, early May 2025",
];

const session = useBrowserPage();

describe("home page", () => {
  it("lists the four seed scenarios as links, with a search box", async () => {
    const { page } = session;
    const response = await page.goto("/");
    expect(response?.status(), "GET / status").toBe(200);

    for (const title of SEED_TITLES) {
      await expectVisible(page.getByRole("link", { name: title, exact: true }));
    }
    await expectVisible(page.getByLabel("Search scenarios", { exact: true }));

    session.expectNoProblems();
    await screenshot(page, "home");
  });
});
