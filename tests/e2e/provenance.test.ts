// Provenance follows edits in the browser: a changed figure is the user's assumption, the source
// stays as "was: …", and invalid input never reaches the headline.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { editableScenario } from "../helpers/e2e-api.ts";
import { expectVisible, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

const headlineText = async (page: Page) => (await page.getByTestId("headline").textContent()) ?? "";
const russiaKm2 = async (page: Page) =>
  Number(/Russia holds ([\d,]+) km²/.exec(await headlineText(page))![1]!.replaceAll(",", ""));

describe("provenance in the editor", () => {
  it("a Donetsk row set to 100% Russian says Assumption, keeps 'was: Estimate – DeepState…', and the breakdown follows", async () => {
    const { page } = session;
    const s = await editableScenario("Provenance");
    await page.goto(`/s/${s.id}#edit=${s.editSecret}`);
    await page.waitForFunction(() =>
      /All changes saved/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
    );
    const row = page.locator('tr[data-region="UA-14"]');
    expect(await row.locator(".territory__source summary").textContent()).toMatch(/Estimate.*DeepState/);
    const firmnessBefore = (await page.locator(".headline__firmness").textContent()) ?? "";
    expect(firmnessBefore).not.toMatch(/Assumption/);

    await page.getByLabel("Donetsk: km² held by Ukraine", { exact: true }).fill("0");
    await page.getByLabel("Donetsk: km² held by neither (contested)", { exact: true }).fill("0");
    await page.getByLabel("Donetsk: km² held by Russia", { exact: true }).fill("26517");
    const summary = (await row.locator(".territory__source summary").textContent()) ?? "";
    expect(summary).toMatch(/^\s*Assumption\s+was: Estimate – DeepState/);
    expect(await page.locator(".headline__firmness").textContent()).toMatch(/26,517 km² Assumption/);

    // Invalid input: 99,999 km² in Kharkiv. The headline keeps the last valid figures, and says so.
    const valid = await russiaKm2(page);
    await page.getByLabel("Kharkiv: km² held by Russia", { exact: true }).fill("99999");
    await expectVisible(page.getByTestId("headline-stale"));
    // The error beside the field names the region and the figure in words.
    expect(await page.locator("#err-UA-63-russiaKm2").textContent()).toBe(
      "Kharkiv: Russia's km² can't exceed the region's 31,415 km²",
    );
    expect(await russiaKm2(page)).toBe(valid);
    await page.getByLabel("Kharkiv: km² held by Russia", { exact: true }).fill("1000");
    expect(await page.getByTestId("headline-stale").count()).toBe(0);
    expect(await russiaKm2(page)).toBe(valid - 150);
    session.expectNoProblems();
  });
});
