// Pages arrive rendered: with JavaScript off, the scenario, compare, before/after and analysis pages
// still show their content (real data read from the database, not "Loading…"), because the server
// prefetched it and put it in the HTML (app/_lib/trpc-server.tsx).
import { describe, expect, it } from "vitest";
import { runOpening, seedProfileSet } from "../../server/domain/analysis/index.ts";
import { seedIdByTitle } from "../helpers/e2e-api.ts";
import { useBrowserPage } from "../helpers/e2e-browser.ts";
import { everySectionDrawn } from "../helpers/e2e-pages.ts";

const session = useBrowserPage({ contextOptions: { javaScriptEnabled: false } });

/**
 * Opens `path` and checks that no script ran: what the test then finds came from the HTML alone.
 * Sections held out of the first paint are let go by time alone here.
 */
async function openRendered(path: string) {
  await session.page.goto(path);
  expect(await session.page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("undefined");
  await everySectionDrawn(session.page);
}

/** How many of the map regions under `svg` have a shape on screen (a <use> whose shape has not loaded has none). */
const drawnRegions = (svg: string) =>
  session.page
    .locator(`${svg} use[data-region]`)
    .evaluateAll((uses) => uses.filter((u) => (u as SVGGraphicsElement).getBBox().width > 0).length);

async function expectNoLoading() {
  expect(await session.page.getByText(/Loading/).count()).toBe(0);
}

describe("the scenario page without JavaScript", () => {
  it("shows the title, the headline figures and the terms of the U.S. proposal", async () => {
    const { page } = session;
    const id = await seedIdByTitle("U.S. proposal");
    await openRendered(`/s/${id}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("U.S. proposal (April 2025)");
    expect(await page.getByTestId("headline").textContent()).toMatch(/^Russia holds [\d,]+ km², 1\d\.\d% of Ukraine/);
    // A view-only page: the terms as text, each with its value, status and source.
    expect(await page.locator('[data-region="UA-63"] td').nth(2).textContent()).toBe("31,415 km²");
    expect(await page.locator("#issue-ceasefire h2").textContent()).toBe("Ceasefire");
    expect(await page.locator('[data-term="ceasefire.type"] dd').first().textContent()).toBe("Comprehensive");
    expect(await page.getByTestId("history").locator("li").count()).toBeGreaterThan(0);
    // The map draws its 30 regions too, through the shapes the page carries for a reader without scripts.
    await expect.poll(() => drawnRegions(".region-map__svg")).toBe(30);
    expect(await page.locator(".region-map__svg").isVisible()).toBe(true);
    await expectNoLoading();
  });

  it("names the position a scenario answers, linked", async () => {
    const { page } = session;
    const [us, counter] = [await seedIdByTitle("U.S. proposal"), await seedIdByTitle("Ukraine and Europe's counter-proposal")];
    await openRendered(`/s/${counter}`);
    const answered = page.locator(".readonly-term", { has: page.locator("dt", { hasText: /^Answers$/ }) }).locator("a");
    expect(await answered.textContent()).toBe("U.S. proposal (April 2025)");
    expect(await answered.getAttribute("href")).toBe(`/s/${us}`);
  });
});

describe("compare, before/after and analysis without JavaScript", () => {
  it("/compare shows the comparison table of the scenarios in the URL", async () => {
    const { page } = session;
    const [statusQuo, us] = [await seedIdByTitle("Status quo"), await seedIdByTitle("U.S. proposal")];
    await openRendered(`/compare?ids=${statusQuo},${us}&ref=${us}`);
    const table = page.getByTestId("compare-table");
    expect(await table.locator("thead th[data-scenario]").allTextContents()).toEqual([
      expect.stringContaining("Status quo, early May 2025"),
      expect.stringContaining("U.S. proposal (April 2025)"),
    ]);
    expect(await table.locator(`th[data-scenario="${us}"]`).getAttribute("class")).toContain("is-reference");
    // Kharkiv: the status quo has Russian-held km² there, the U.S. proposal none, so the row differs.
    expect(await table.locator('tr[data-row="territory.UA-63"] td.differs').count()).toBe(1);
    expect(await page.getByLabel("Add a scenario to the comparison").locator("option").count()).toBeGreaterThan(2);
    await expectNoLoading();
  });

  it("/compare without scenarios lists the saved ones to pick from", async () => {
    const { page } = session;
    await openRendered("/compare");
    expect(await page.getByRole("checkbox", { name: /U\.S\. proposal \(April 2025\)/ }).count()).toBe(1);
    await expectNoLoading();
  });

  it("/diff shows the changes, the totals and both maps", async () => {
    const { page } = session;
    const [statusQuo, us] = [await seedIdByTitle("Status quo"), await seedIdByTitle("U.S. proposal")];
    await openRendered(`/diff?from=${statusQuo}&to=${us}`);
    expect(await page.getByTestId("region-changes").textContent()).toContain("Kharkiv: Russia 1,150 → 0 km², Ukraine +1,150 km²");
    expect(await page.getByTestId("share-change").textContent()).toMatch(/Russia's share of Ukraine: \d+\.\d% → \d+\.\d%/);
    expect(await page.locator(".before-after__maps svg.region-map__svg").count()).toBe(2);
    expect(await page.locator(".before-after__maps svg use[data-region]").count()).toBe(60);
    await expect.poll(() => drawnRegions(".before-after__maps .region-map__svg")).toBe(60);
    expect(await page.getByTestId("term-changes").locator("tbody tr").count()).toBeGreaterThan(0);
    await expectNoLoading();
  });

  it("/analysis shows the assumptions, their history and the saved scenarios' scores", async () => {
    const { page } = session;
    await openRendered("/analysis");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Negotiation analysis Assumptions: /);
    expect(Number(await page.getByLabel("Ukraine: weight of Security guarantees", { exact: true }).inputValue())).toBeGreaterThan(
      0,
    );
    const scores = page.getByTestId("scenario-scores");
    expect(
      await scores.locator("tbody tr").filter({ hasText: "U.S. proposal (April 2025)" }).locator("td").allTextContents(),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+\.\d (accepts|rejects)$/)]));
    expect(await page.getByTestId("profile-history").locator("li").count()).toBeGreaterThan(0);
    await expectNoLoading();
  });

  it("/analysis shows the opening run's results, worked out by the server: the Nash package and the share acceptable to all", async () => {
    const { page } = session;
    await openRendered("/analysis");
    const expected = runOpening(seedProfileSet().parties);
    expect(expected.nash).not.toBeNull();
    const utilities = expected.parties.map((p, i) => `${p.name} ${expected.nash!.utilities[i]!.toFixed(1)}`).join(", ");
    expect(await page.getByTestId("nash-label").textContent()).toContain(
      `Nash package (${utilities}), changes from the status quo:`,
    );
    expect(await page.getByTestId("accepted-share").textContent()).toBe(
      `${(expected.acceptedShare * 100).toFixed(1)}% acceptable to every party`,
    );
    expect(await page.locator(".analysis-summary").textContent()).toContain(`${expected.size.toLocaleString("en-US")} packages`);
    // The assumptions stay labelled and editable beside the results.
    expect(await page.getByLabel("Ukraine: weight of Security guarantees", { exact: true }).isEditable()).toBe(true);
    expect(await page.getByText(/assumption/i).count()).toBeGreaterThan(0);
  });
});
