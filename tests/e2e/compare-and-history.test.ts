// Comparison, before/after and history in a real browser against the real server.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  baseUrl,
  expectVisible,
  RESULTS_DIR,
  screenshot,
  useBrowserPage,
  waitForHydrationOnNavigation,
} from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

interface ListedScenario {
  id: string;
  title: string;
}

async function seedIds(): Promise<Record<string, string>> {
  const input = encodeURIComponent(JSON.stringify({ limit: 100 }));
  const response = await fetch(`${baseUrl()}/api/trpc/scenario.list?input=${input}`);
  const items = ((await response.json()) as { result: { data: { items: ListedScenario[] } } }).result.data.items;
  const find = (prefix: string) => items.find((s) => s.title.startsWith(prefix))!.id;
  return { statusQuo: find("Status quo"), us: find("U.S. proposal"), russia: find("Russia's conditions") };
}

async function columnTitles(page: Page): Promise<string[]> {
  return page.locator("[data-testid=compare-table] thead th[data-scenario] a").allTextContents();
}

async function post(path: string, body: unknown) {
  const response = await fetch(`${baseUrl()}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

describe("compare", () => {
  it("shows the same columns and highlighted differences when the URL is opened in a fresh browser", async () => {
    const { page, browser } = session;
    const ids = await seedIds();
    await page.goto("/");
    // Start from the list: tick two scenarios and compare them.
    await page.getByLabel("Compare Status quo, early May 2025").check();
    await page.getByLabel("Compare U.S. proposal (April 2025)").check();
    await page.getByRole("button", { name: /Compare selected/ }).click();
    await page.waitForURL(/\/compare\?/);
    await expectVisible(page.getByTestId("compare-table"));
    // Add a third column and make it the reference.
    await page.getByLabel("Add a scenario to the comparison").selectOption(ids.russia!);
    await page.waitForURL(new RegExp(ids.russia!.replace(/[-_]/g, ".")));
    await page.locator(`th[data-scenario="${ids.russia}"] input[type=radio]`).click();
    await page.waitForURL(/ref=/);
    await page.waitForFunction(
      (id) => document.querySelector(`th[data-scenario="${id}"]`)?.classList.contains("is-reference"),
      ids.russia,
    );
    const url = page.url();
    const titles = await columnTitles(page);
    expect(titles).toEqual([
      "Status quo, early May 2025",
      "U.S. proposal (April 2025)",
      "Russia's conditions (June 2024, with the buffer zone of May 2025)",
    ]);
    const kharkivDiffers = await page.locator('tr[data-row="territory.UA-63"] td.differs').count();
    const differing = await page.locator("td.differs").count();
    expect(differing).toBeGreaterThan(0);
    await screenshot(page, "compare");

    const fresh = await browser.newContext({ baseURL: baseUrl() });
    waitForHydrationOnNavigation(fresh);
    try {
      const other = await fresh.newPage();
      await other.goto(url);
      await expectVisible(other.getByTestId("compare-table"));
      expect(await columnTitles(other)).toEqual(titles);
      expect(await other.locator("td.differs").count()).toBe(differing);
      expect(await other.locator('tr[data-row="territory.UA-63"] td.differs').count()).toBe(kharkivDiffers);
      expect(await other.locator(`th[data-scenario="${ids.russia}"]`).getAttribute("class")).toContain("is-reference");

      // "Differences only" is part of the URL too.
      await other.getByLabel("Differences only").check();
      await other.waitForURL(/diff=1/);
      const rows = await other.locator("[data-testid=compare-table] tbody tr[data-row]").count();
      const rowsWithDifferences = await other.locator("[data-testid=compare-table] tbody tr[data-row]:has(td.differs)").count();
      expect(rows).toBe(rowsWithDifferences);
    } finally {
      await fresh.close();
    }
    session.expectNoProblems();
  });
});

describe("before and after", () => {
  it("lists the changes with numbers and shows both maps", async () => {
    const { page } = session;
    const ids = await seedIds();
    await page.goto(`/diff?from=${ids.statusQuo}&to=${ids.us}`);
    await expectVisible(page.getByTestId("region-changes"));
    const changes = await page.getByTestId("region-changes").textContent();
    expect(changes).toContain("Kharkiv: Russia 1,150 → 0 km², Ukraine +1,150 km²");
    // Other browser tests may have saved the U.S. proposal: expect the shares of what is stored now.
    const share = async (id: string) => {
      const input = encodeURIComponent(JSON.stringify({ id }));
      const body = (await (await fetch(`${baseUrl()}/api/trpc/scenario.get?input=${input}`)).json()) as {
        result: { data: { document: { terms: { territory: Record<string, { russiaKm2: number }> } } } };
      };
      const territory = body.result.data.document.terms.territory;
      const km2 = Object.entries(territory).reduce(
        (sum, [regionId, t]) => sum + (regionId.startsWith("UA-") ? t.russiaKm2 : 0),
        0,
      );
      return `${((km2 / 603_540) * 100).toFixed(1)}%`;
    };
    const text = (await page.getByTestId("share-change").textContent())!.replace(/\s+/g, " ");
    expect(text).toContain(`${await share(ids.statusQuo!)} → ${await share(ids.us!)}`);
    const maps = page.locator(".before-after__maps svg");
    expect(await maps.count()).toBe(2);
    expect(await page.locator(".before-after__maps svg use[data-region]").count()).toBe(60);
    await screenshot(page, "before-after");
    session.expectNoProblems();
  });
});

describe("history", () => {
  it("restores an old revision as a new one and keeps the later ones", async () => {
    const { page } = session;
    const ids = await seedIds();
    // The seed is read-only: fork it, and edit the fork with the edit secret fork returned once.
    const fork = (await post("scenario.fork", { id: ids.statusQuo, title: "History test" })) as {
      id: string;
      editSecret: string;
      version: number;
      document: { title: string };
    };
    await post("scenario.update", {
      id: fork.id,
      editSecret: fork.editSecret,
      baseVersion: 1,
      document: { ...fork.document, title: "History test, edited" },
    });

    // Restoring is editing: open the fork by its edit link.
    await page.goto(`/s/${fork.id}#edit=${fork.editSecret}`);
    await expectVisible(page.getByTestId("history"));
    await expectVisible(page.locator('[data-testid=history] li[data-revision="2"]'));
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("History test, edited");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.locator('[data-testid=history] li[data-revision="1"]').getByRole("button", { name: "Restore" }).click();
    await expectVisible(page.locator('[data-testid=history] li[data-revision="3"]'));
    expect(await page.locator('[data-testid=history] li[data-revision="3"]').textContent()).toContain("Restored revision 1");
    expect(await page.locator("[data-testid=history] li[data-revision]").count()).toBe(3);
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("History test");

    await page.reload();
    await expectVisible(page.locator('[data-testid=history] li[data-revision="3"]'));
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("History test");
    session.expectNoProblems();
  });

  it("shows the newest 50 revisions, then older ones on Load older", async () => {
    const { page } = session;
    const ids = await seedIds();
    const fork = (await post("scenario.fork", { id: ids.statusQuo, title: "Long history" })) as {
      id: string;
      editSecret: string;
      document: { title: string };
    };
    for (let version = 1; version < 55; version++) {
      await post("scenario.update", {
        id: fork.id,
        editSecret: fork.editSecret,
        baseVersion: version,
        document: { ...fork.document, title: `Long history ${version + 1}` },
      });
    }
    const shot = (name: string) =>
      page.locator("#history").screenshot({ path: path.join(RESULTS_DIR, `issue-9-history-${name}.png`) });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/s/${fork.id}`);
      await expectVisible(page.locator('[data-testid=history] li[data-revision="55"]'));
      expect(await page.locator("[data-testid=history] li[data-revision]").count()).toBe(50);
      expect(await page.locator('[data-testid=history] li[data-revision="5"]').count()).toBe(0);
      await shot(`first-page-${width}`);
      await page.getByTestId("load-older").click();
      await expectVisible(page.locator('[data-testid=history] li[data-revision="1"]'));
      expect(await page.locator("[data-testid=history] li[data-revision]").count()).toBe(55);
      expect(await page.getByTestId("load-older").count()).toBe(0);
      await shot(`after-load-older-${width}`);
    }
    session.expectNoProblems();
  });
});
