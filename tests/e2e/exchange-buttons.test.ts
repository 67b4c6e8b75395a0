// The scenario page's export and territory-import buttons load their file-format code on click
// (app/_components/exchange/): the files still come out, and a chosen CSV is still read or refused.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { expectVisible, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

describe("export and import on the scenario page", () => {
  it("downloads the JSON and the territory CSV, reads the CSV back, and refuses a broken one", async () => {
    const { page } = session;
    await page.goto("/");
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.waitForURL(/\/s\//);
    await expectVisible(page.getByLabel("Title", { exact: true }));

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export territory CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/-territory-\d{4}-\d\d-\d\d\.csv$/);
    const csvText = await readFile((await csv.path())!, "utf8");
    expect(csvText.split("\n")[0]).toMatch(/region/i);
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
    expect(JSON.parse(await readFile((await json.path())!, "utf8"))).toMatchObject({
      format: expect.any(String),
      document: { title: expect.any(String) },
    });

    const fileInput = page.locator("input[type=file][accept*=csv]");
    await fileInput.setInputFiles({ name: "territory.csv", mimeType: "text/csv", buffer: Buffer.from(csvText) });
    await expectVisible(page.getByText("Territory table read from territory.csv"));
    await fileInput.setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from("nonsense\n1,2\n") });
    await expectVisible(page.getByText(/^Nothing changed: broken\.csv/));
    session.expectNoProblems();
  });
});
