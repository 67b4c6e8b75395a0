// The negotiation analysis in a real browser: seed scenarios scored, a weight moved, a frontier
// package turned into a scenario that opens in compare.
import { describe, expect, it } from "vitest";
import { analyse, DIMENSIONS, seedProfileSet, type OutcomeSpace, type PartyProfile } from "@/server/domain/analysis/index.ts";
import { statusQuo } from "@/server/domain/seeds/status-quo.ts";
import { expectVisible, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

// The page's opening outcome space: every issue but Luhansk, all options.
const SPACE: OutcomeSpace = DIMENSIONS.filter((d) => d.id !== "luhansk").map((d) => ({
  dimensionId: d.id,
  optionIds: d.options.map((o) => o.id),
}));

/** A weight change (in the seed assumptions) that moves the Nash package, found with the engine. */
function weightChangeThatMovesNash(): { party: PartyProfile; dimension: (typeof DIMENSIONS)[number]; weight: number } {
  const profiles = seedProfileSet().parties;
  const baseline = statusQuo();
  const before = analyse({ profiles, space: SPACE, baseline }).nash;
  for (const [p, party] of profiles.entries()) {
    for (const dimension of DIMENSIONS) {
      for (const weight of [40, 0]) {
        const changed = profiles.map((x, i) => (i === p ? { ...x, weights: { ...x.weights, [dimension.id]: weight } } : x));
        const after = analyse({ profiles: changed, space: SPACE, baseline }).nash;
        if (JSON.stringify(after?.options) !== JSON.stringify(before?.options)) return { party, dimension, weight };
      }
    }
  }
  throw new Error("No single weight change moves the Nash package");
}

describe("negotiation analysis", () => {
  it("scores the seeds, follows a weight change, and turns a frontier package into a scenario", async () => {
    const { page } = session;
    await page.goto("/analysis");
    const scores = page.getByTestId("scenario-scores");
    await expectVisible(scores);
    const header = await scores.locator("thead").textContent();
    for (const party of ["Russia", "Ukraine", "United States"]) expect(header).toContain(party);
    for (const title of [
      "Status quo, early May 2025",
      "U.S. proposal (April 2025)",
      "Russia's conditions",
      "Ukraine and Europe's counter-proposal",
    ]) {
      await expectVisible(scores.getByRole("link", { name: new RegExp(title.replace(/[().]/g, "\\$&")) }));
    }
    // Every scenario cell gives a value and a verdict for each of the three parties.
    const row = scores.locator("tbody tr").filter({ hasText: "U.S. proposal (April 2025)" });
    expect(await row.locator("td").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d+\.\d (accepts|rejects)$/)]),
    );

    await expectVisible(page.getByTestId("accepted-share"), 30_000);
    await expectVisible(page.locator(".value-chart canvas"));
    const nashCard = page.locator('[data-solution="nash"]');
    const nashBefore = await nashCard.textContent();
    const frontierBefore = await page.getByTestId("frontier-table").locator("tbody").textContent();
    await screenshot(page, "analysis");

    const change = weightChangeThatMovesNash();
    await page.getByLabel(`${change.party.name}: weight of ${change.dimension.label}`).fill(String(change.weight));
    await page.waitForFunction(
      () =>
        /The Nash package changed|Nash package is gone/.test(
          document.querySelector('[data-testid="nash-announcement"]')?.textContent ?? "",
        ),
      undefined,
      {
        timeout: 30_000,
      },
    );
    // The panels below the chart follow at a lower priority than the chart: wait for them.
    await page.waitForFunction((before) => document.querySelector('[data-solution="nash"]')?.textContent !== before, nashBefore, {
      timeout: 30_000,
    });
    expect(await page.getByTestId("frontier-table").locator("tbody").textContent()).not.toBe(frontierBefore);

    // Turn the first frontier package into a scenario and open it in compare.
    const first = page.getByTestId("frontier-table").locator("tbody tr").first();
    await first.getByRole("button", { name: "Turn into scenario" }).click();
    const openInCompare = first.getByRole("link", { name: "Open in compare" });
    await expectVisible(openInCompare);
    const title = await first.getByRole("link").first().textContent();
    await openInCompare.click();
    await page.waitForURL(/\/compare\?ids=/);
    await expectVisible(page.getByTestId("compare-table"));
    const columns = await page.locator("[data-testid=compare-table] thead th[data-scenario] a").allTextContents();
    expect(columns[0]).toBe(title);
    // The server names the baseline: the status quo a user sees by default, the newest line of control.
    expect(columns[1]).toBe("Line of control, 22 Aug 2026");
    session.expectNoProblems();
  });
});
