// The timeline in a real browser against the real server: follow Donetsk across the talks, pick two
// positions, open them in compare; screenshots at desktop and phone width.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { formatIsoDate } from "@/server/domain/format.ts";
import { baseUrl, expectVisible, RESULTS_DIR, screenshot, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

interface StoredScenario {
  title: string;
  context: { date: string | null; proposedBy: string[] };
}

async function query<T>(procedure: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${baseUrl()}/api/trpc/${procedure}${search}`);
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** The stored documents of the positions put forward between June 2025 and June 2026, oldest first. */
async function storedPositions(): Promise<{ id: string; title: string; date: string }[]> {
  const listed = await query<{ id: string }[]>("timeline.positions", { from: "2025-06-01", to: "2026-06-30" });
  const stored = await Promise.all(
    listed.map(async ({ id }) => ({ id, ...(await query<{ document: StoredScenario }>("scenario.get", { id })).document })),
  );
  return stored
    .filter((s) => s.context.proposedBy.length > 0)
    .map((s) => ({ id: s.id, title: s.title, date: s.context.date! }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** The table's rows for positions (lines of control left out), as the page shows them. */
async function tablePositions(page: Page): Promise<{ id: string; title: string; date: string }[]> {
  return page.locator("[data-testid=track-table] tbody tr").evaluateAll((rows) =>
    rows
      .map((row) => {
        const cells = row.querySelectorAll("td");
        return {
          id: row.getAttribute("data-scenario")!,
          date: cells[1]!.textContent!,
          by: cells[2]!.textContent!,
          title: cells[3]!.textContent!,
        };
      })
      .filter((r) => r.by !== "Line of control (estimate)")
      .map(({ id, title, date }) => ({ id, title, date })),
  );
}

const waitUntilInteractive = (page: Page) => page.waitForSelector(".timeline[data-ready]");

describe("timeline", () => {
  it("follows Donetsk from June 2025 to June 2026 and opens two positions in compare", async () => {
    const { page } = session;
    const expected = await storedPositions();
    // The seeds put forward in that year: Russia's and Ukraine's memoranda, Anchorage, the 28 points, the E3, the 20 points, the open letter.
    expect(expected.length).toBeGreaterThanOrEqual(9);
    expect(expected[0]!.date).toBe("2025-06-02");
    expect(expected.at(-1)!.date).toBe("2026-06-04");

    await page.goto("/timeline?term=security.natoPath");
    await waitUntilInteractive(page);
    await expectVisible(page.getByRole("heading", { name: /Ukraine's NATO path — each side's position over time/ }));
    await page.getByLabel("Follow a term").selectOption("territory.UA-14");
    await page.waitForURL(/term=territory\.UA-14/);
    await expectVisible(page.getByRole("heading", { name: /Donetsk: km² held — each side's position over time/ }));

    // The table lists every stored position of that year, by date and title, with its Donetsk figures.
    const listed = (await tablePositions(page)).filter((r) => expected.some((e) => e.id === r.id));
    expect(listed.map((r) => `${r.date} ${r.title}`).sort()).toEqual(
      expected.map((e) => `${formatIsoDate(e.date)} ${e.title}`).sort(),
    );
    // …and each one is a point in the chart, in its proposers' lane.
    for (const e of expected) expect(await page.locator(`[data-position="${e.id}"]`).count()).toBe(1);

    // Pick the first and the last position of the year: the URL holds them.
    const [first, last] = [expected[0]!, expected.at(-1)!];
    await page.getByRole("checkbox", { name: `Pick ${first.title}`, exact: true }).check();
    await page.getByRole("checkbox", { name: `Pick ${last.title}`, exact: true }).check();
    await page.waitForURL((url) => url.searchParams.get("a") === first.id && url.searchParams.get("b") === last.id);
    const bar = page.getByTestId("pick-bar");
    expect(await bar.textContent()).toContain(first.title);
    expect(await bar.textContent()).toContain(last.title);
    expect(await bar.getByRole("link", { name: "Before/after" }).getAttribute("href")).toBe(
      `/diff?from=${encodeURIComponent(first.id)}&to=${encodeURIComponent(last.id)}`,
    );
    // The README's picture (docs/timeline.png): the top of the page with two points picked.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(RESULTS_DIR, "timeline-1280.png") });
    await screenshot(page, "timeline-1280-full");

    // The same view in a fresh page from the URL: the points are still picked.
    await page.goto(page.url());
    await waitUntilInteractive(page);
    expect(await page.getByRole("checkbox", { name: `Pick ${first.title}`, exact: true }).isChecked()).toBe(true);
    expect(await page.locator(`[data-position="${last.id}"] button[aria-pressed=true]`).count()).toBe(1);

    await bar.getByRole("link", { name: "Open in compare" }).click();
    await page.waitForURL(/\/compare\?ids=/);
    await expectVisible(page.getByTestId("compare-table"));
    const columns = await page.locator("[data-testid=compare-table] thead th[data-scenario] a").allTextContents();
    expect(columns).toEqual([first.title, last.title]);
    session.expectNoProblems();
  });

  it("reads at phone width: the charts scroll inside labelled, focusable regions and the page itself does not", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("/timeline?term=territory.UA-14");
    await waitUntilInteractive(page);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    const regions = page.locator(".tl-scroll[role=region][tabindex='0']");
    expect(await regions.count()).toBe(3);
    for (const region of await regions.all()) {
      expect(await region.getAttribute("aria-label")).toMatch(/scrolls sideways/);
      // Charts are drawn as they come near the screen (.lazy-render): until then they have no width to scroll.
      await region.scrollIntoViewIfNeeded();
      await expect.poll(() => region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    }
    // Headings in order: one h1, then h2s, lanes as h3s.
    const levels = await page.locator("main h1, main h2, main h3").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1)).toBe(true);
    // A point is reachable with the keyboard and picks with Space.
    const mark = page.locator(".tl-pos button.tl-pos__mark").first();
    await mark.focus();
    await page.keyboard.press("Space");
    expect(await mark.getAttribute("aria-pressed")).toBe("true");
    await page.screenshot({ path: path.join(RESULTS_DIR, "timeline-390.png") });
    await screenshot(page, "timeline-390-full");
    session.expectNoProblems();
  });

  it("names a term it does not know and shows the default instead", async () => {
    const { page } = session;
    await page.goto("/timeline?term=territory.XX-1&who=china");
    await expectVisible(page.getByRole("status"));
    const notice = await page.getByRole("status").textContent();
    expect(notice).toContain("Term: Not a term");
    expect(notice).toContain("Put forward by: Pick one of russia, ukraine, united_states, europe");
    expect(await page.getByLabel("Follow a term").inputValue()).toBe("territory.UA-14");
    session.expectNoProblems();
  });
});
