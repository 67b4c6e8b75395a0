// The scenario editor in a real browser, against the real server and database.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectVisible, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

const km2Input = (page: Page, region: string, holder: "Russia" | "Ukraine") =>
  page.getByLabel(`${region}: km² held by ${holder}`, { exact: true });

/** A view-only page's territory table: the region's km² held by `holder`, as text. */
const km2Text = (page: Page, region: string, holder: "Russia" | "Ukraine") =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: region }) })
    .getByRole("cell")
    .nth(holder === "Russia" ? 1 : 2);

async function headline(page: Page): Promise<{ km2: number; percent: number }> {
  const text = (await page.getByTestId("headline").textContent()) ?? "";
  const match = /Russia holds ([\d,]+) km², ([\d.]+)% of Ukraine/.exec(text);
  if (!match) throw new Error(`Unexpected headline: ${text}`);
  return { km2: Number(match[1]!.replaceAll(",", "")), percent: Number(match[2]) };
}

async function waitForSaveStatus(page: Page, pattern: RegExp) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
    pattern.source,
    { timeout: 15_000 },
  );
}

async function openUsProposal(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "U.S. proposal (April 2025)", exact: true }).click();
  await page.waitForURL(/\/s\//);
  await expectVisible(page.getByTestId("headline"));
}

/** The seeds are read-only: fork the U.S. proposal and land on the copy's edit link. */
async function openEditableUsProposal(page: Page) {
  await openUsProposal(page);
  await page.getByRole("button", { name: "Fork to edit a copy" }).click();
  await page.waitForURL(/\/s\/[^#]+#edit=/);
  await waitForSaveStatus(page, /All changes saved/);
}

describe("scenario editor", () => {
  it("shows the U.S. proposal with Kharkiv held by Ukraine and Russia under a fifth of Ukraine", async () => {
    const { page } = session;
    await openUsProposal(page);
    // A seed is view-only: its terms are text, not disabled fields.
    expect(await km2Input(page, "Kharkiv", "Russia").count()).toBe(0);
    expect(await km2Text(page, "Kharkiv", "Russia").textContent()).toBe("0 km²");
    expect(await km2Text(page, "Kharkiv", "Ukraine").textContent()).toBe("31,415 km²");
    const { km2, percent } = await headline(page);
    expect(percent).toBeLessThan(20);
    expect(percent).toBeGreaterThan(18);
    // The headline's share is its km² over Ukraine's area (603,540 km²).
    expect(percent).toBeCloseTo((km2 / 603_540) * 100, 1);
    session.expectNoProblems();
    await screenshot(page, "us-proposal");
  });

  it("saves a changed region and finds it after a reload", async () => {
    const { page } = session;
    await openEditableUsProposal(page);
    const before = await headline(page);
    const zaporizhzhiaRussia = Number(await km2Input(page, "Zaporizhzhia", "Russia").inputValue());
    const zaporizhzhiaUkraine = Number(await km2Input(page, "Zaporizhzhia", "Ukraine").inputValue());

    // Move 500 km² of Zaporizhzhia from Ukraine to Russia.
    await km2Input(page, "Zaporizhzhia", "Ukraine").fill(String(zaporizhzhiaUkraine - 500));
    await km2Input(page, "Zaporizhzhia", "Russia").fill(String(zaporizhzhiaRussia + 500));
    await waitForSaveStatus(page, /Unsaved changes/);
    expect((await headline(page)).km2).toBe(before.km2 + 500);

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await waitForSaveStatus(page, /All changes saved \(version \d+/);

    await page.reload();
    await expectVisible(page.getByTestId("headline"));
    expect(await km2Input(page, "Zaporizhzhia", "Russia").inputValue()).toBe(String(zaporizhzhiaRussia + 500));
    expect(await km2Input(page, "Zaporizhzhia", "Ukraine").inputValue()).toBe(String(zaporizhzhiaUkraine - 500));
    expect((await headline(page)).km2).toBe(before.km2 + 500);
    session.expectNoProblems();
  });

  it("reports figures over a region's area beside the row and will not save them", async () => {
    const { page } = session;
    await openEditableUsProposal(page);
    await km2Input(page, "Kharkiv", "Russia").fill("5000");
    const rowError = page.locator("#err-UA-63");
    await expectVisible(rowError);
    expect(await rowError.textContent()).toMatch(/more than Kharkiv's area of 31,415 km²/);
    await waitForSaveStatus(page, /fix 1 problem/);
    expect(await page.getByRole("button", { name: "Save", exact: true }).isDisabled()).toBe(true);

    await km2Input(page, "Kharkiv", "Russia").fill("-3");
    expect(await page.locator("#err-UA-63-russiaKm2").textContent()).toMatch(/Kharkiv: Russia's km² can't be negative/);

    // Back to the saved figure: nothing left to save.
    await km2Input(page, "Kharkiv", "Russia").fill("0");
    await waitForSaveStatus(page, /All changes saved/);
    session.expectNoProblems();
  });

  it("asks before leaving with unsaved changes, and saves with Ctrl+S", async () => {
    const { page } = session;
    await openEditableUsProposal(page);
    await page.getByLabel("Summary", { exact: true }).fill("Edited in the browser test.");
    let dialogMessage = "";
    page.once("dialog", (dialog) => {
      dialogMessage = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scenarios" }).click();
    expect(dialogMessage).toMatch(/unsaved changes/i);
    expect(page.url()).toMatch(/\/s\//);

    await page.keyboard.press("Control+s");
    await waitForSaveStatus(page, /All changes saved/);
    await page.reload();
    expect(await page.getByLabel("Summary", { exact: true }).inputValue()).toBe("Edited in the browser test.");
    session.expectNoProblems();
  });

  it("creates a scenario from the list, keeps its edit link, and leaves it unlisted", async () => {
    const { page } = session;
    await page.goto("/");
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.waitForURL(/\/s\//);
    const title = page.getByLabel("Title", { exact: true });
    await expectVisible(title);
    await title.fill("Browser-made scenario");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await waitForSaveStatus(page, /All changes saved/);

    // New scenarios are unlisted, but this browser keeps their edit link under "My scenarios".
    await page.goto("/");
    await expectVisible(
      page.getByRole("region", { name: "My scenarios" }).getByRole("link", { name: "Browser-made scenario", exact: true }),
    );
    await page.getByLabel("Search scenarios").fill("browser-made");
    await expectVisible(page.getByText("No scenario title contains"));
    session.expectNoProblems();
  });
});
