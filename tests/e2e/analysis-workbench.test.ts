// The analysis page as a workbench, in a real browser: a weight slider stepped by keyboard moves the
// frontier and the Nash package in the same viewport; a run is cancelled and run again; packages
// name every issue; chart labels never overlap and are reachable by keyboard; screenshots of the
// dense chart at 1280 and 390 px; profile set history and restore.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  analyse,
  compileSpace,
  DIMENSIONS,
  nashRanges,
  seedProfileSet,
  type OutcomeSpace,
} from "@/server/domain/analysis/index.ts";
import { statusQuo } from "@/server/domain/seeds/status-quo.ts";
import { expectVisible, RESULTS_DIR, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage({ contextOptions: { viewport: { width: 1280, height: 800 } } });

// The page's opening outcome space: every issue but Luhansk, all options.
const SPACE: OutcomeSpace = DIMENSIONS.filter((d) => d.id !== "luhansk").map((d) => ({
  dimensionId: d.id,
  optionIds: d.options.map((o) => o.id),
}));

/** The seed weight nearest to turning the Nash package by raising it, and how many steps turn it (from the engine's exact ranges). */
function nearestNashTurn() {
  const profiles = seedProfileSet().parties;
  const baseline = statusQuo();
  const result = analyse({ profiles, space: SPACE, baseline });
  const ranges = nashRanges({
    space: compileSpace(SPACE),
    profiles,
    baseline,
    utilities: result.utilities,
    nash: result.nash!.index,
  });
  const turn = ranges
    .filter((r) => r.parameter.kind === "weight" && r.high < 40)
    .map((r) => ({ range: r, steps: Math.floor(r.high - r.current) + 1 }))
    .sort((a, b) => a.steps - b.steps)[0]!;
  const parameter = turn.range.parameter as { kind: "weight"; party: number; dimensionId: string };
  const party = profiles[parameter.party]!;
  const dimension = DIMENSIONS.find((d) => d.id === parameter.dimensionId)!;
  const moved = profiles.map((p, i) =>
    i === parameter.party ? { ...p, weights: { ...p.weights, [dimension.id]: turn.range.current + turn.steps } } : p,
  );
  const after = analyse({ profiles: moved, space: SPACE, baseline }).nash;
  return {
    label: `${party.name}: weight of ${dimension.label}`,
    steps: turn.steps,
    value: turn.range.current + turn.steps,
    before: result.nash!,
    after,
  };
}

const drawnRun = async (page: Page) => Number(await page.getByTestId("value-chart").getAttribute("data-drawn-run"));

async function waitForSummary(page: Page, packages: number) {
  await page.waitForFunction(
    (text) => document.querySelector(".analysis-summary")?.textContent?.startsWith(text),
    `${packages.toLocaleString("en-US")} packages`,
    {
      timeout: 60_000,
    },
  );
}

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
}

/** The chart area (canvas and labels) as a PNG, in test-results/ and the notes folder. */
async function chartScreenshot(page: Page, name: string) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.locator(".workbench__stage").screenshot({ path: file });
  const notes = process.env.PARLEY_SCREENSHOT_COPY_DIR;
  if (notes) {
    mkdirSync(notes, { recursive: true });
    copyFileSync(file, path.join(notes, `${name}.png`));
  }
}

describe("analysis workbench", () => {
  it("steps a weight by keyboard and sees the frontier and the Nash package change in the same viewport", async () => {
    const { page } = session;
    const turn = nearestNashTurn();
    expect(turn.after?.index).not.toBe(turn.before.index);
    await page.goto("/analysis");
    await expectVisible(page.locator("[data-drawn-run]"), 30_000);
    await waitForSummary(page, 62_208);

    const slider = page.getByLabel(turn.label, { exact: true });
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    const canvas = page.locator(".value-chart canvas");
    const nashLabel = page.getByTestId("nash-label");
    expect(await inViewport(page, slider)).toBe(true);
    expect(await inViewport(page, canvas)).toBe(true);
    expect(await inViewport(page, nashLabel.locator("strong").first())).toBe(true);
    const nashBefore = await nashLabel.textContent();
    const chartBefore = await canvas.screenshot();
    const frontierBefore = await page.getByTestId("frontier-table").locator("tbody").textContent();

    for (let i = 0; i < turn.steps; i++) await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      () => /The Nash package changed/.test(document.querySelector('[data-testid="nash-announcement"]')?.textContent ?? ""),
      undefined,
      {
        timeout: 30_000,
      },
    );
    // The Nash line names the engine's new package; the chart redrew; the slider never left the viewport.
    const nashAfter = await nashLabel.textContent();
    expect(nashAfter).not.toBe(nashBefore);
    expect(nashAfter).toContain(
      `Nash package (${turn.after!.utilities.map((u, i) => `${seedProfileSet().parties[i]!.name} ${u.toFixed(1)}`).join(", ")})`,
    );
    expect((await canvas.screenshot()).equals(chartBefore)).toBe(false);
    // The frontier table below follows at a lower priority.
    await page.waitForFunction(
      (before) => document.querySelector("[data-testid=frontier-table] tbody")?.textContent !== before,
      frontierBefore,
      { timeout: 30_000 },
    );
    expect(await inViewport(page, slider)).toBe(true);
    expect(await inViewport(page, canvas)).toBe(true);
    expect(await slider.inputValue()).toBe(String(turn.value));
    session.expectNoProblems();
  });

  it("cancels a run, says which settings the chart shows, and runs again; the frontier table names every issue", async () => {
    const { page } = session;
    await page.goto("/analysis");
    await expectVisible(page.locator("[data-drawn-run]"), 30_000);
    await waitForSummary(page, 62_208);
    // Click Cancel the moment it appears after adding Luhansk (186,624 packages).
    await page.evaluate(() => {
      new MutationObserver((_, observer) => {
        const cancel = [...document.querySelectorAll("button")].find((b) => b.textContent === "Cancel");
        if (cancel) {
          observer.disconnect();
          cancel.click();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole("checkbox", { name: "Luhansk region", exact: true }).check();
    const cancelled = page.getByTestId("run-cancelled");
    await expectVisible(cancelled);
    expect(await cancelled.textContent()).toContain(
      "Cancelled. The chart shows the result for the earlier settings (62,208 packages)",
    );
    expect(await page.locator(".analysis-summary").textContent()).toMatch(/^62,208 packages/);
    expect(await page.getByTestId("space-size").textContent()).toBe("186,624 packages");

    const before = await drawnRun(page);
    await cancelled.getByRole("button", { name: "Run again" }).click();
    await waitForSummary(page, 186_624);
    expect(await drawnRun(page)).toBeGreaterThan(before);

    // Every frontier row names every issue in play (all eleven now), once the table (rendered at a lower priority) follows.
    await page.waitForFunction(
      () => document.querySelector("[data-testid=frontier-table] tbody")?.textContent?.includes("Luhansk region:"),
      undefined,
      { timeout: 30_000 },
    );
    const rows = page.getByTestId("frontier-table").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allTextContents()) for (const d of DIMENSIONS) expect(text).toContain(`${d.label}:`);

    // Labels: within the chart, never overlapping, each a button that tells its values when focused.
    const labels = page.locator(".chart-label");
    const boxes = await Promise.all((await labels.all()).map((l) => l.boundingBox()));
    const area = (await page.locator(".value-chart__canvas").boundingBox())!;
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    boxes.forEach((a, i) => {
      expect(a!.x).toBeGreaterThanOrEqual(area.x);
      expect(a!.x + a!.width).toBeLessThanOrEqual(area.x + area.width + 0.5);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
        expect(overlap).toBe(false);
      }
    });
    await labels.first().focus();
    expect(await page.getByTestId("chart-detail").textContent()).toMatch(
      /Russia \d+\.\d, Ukraine \d+\.\d, United States \d+\.\d/,
    );
    // The same points as a table: every labelled point, and those whose label found no free spot on the chart.
    expect(await page.getByTestId("chart-points").locator("tbody tr").count()).toBeGreaterThanOrEqual(boxes.length);

    await chartScreenshot(page, "analysis-chart-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await chartScreenshot(page, "analysis-chart-390");
    session.expectNoProblems();
  });

  it("keeps every save of a profile set and restores an earlier one", async () => {
    const { page } = session;
    await page.goto("/analysis");
    await expectVisible(page.locator("[data-drawn-run]"), 30_000);
    await page.getByRole("button", { name: "Save as a new set" }).click();
    await page.waitForURL(/profiles=.*#edit=/);
    await expectVisible(page.getByRole("button", { name: "Save", exact: true }));
    const slider = page.getByLabel("Russia: reservation value", { exact: true });
    const original = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const history = page.getByTestId("profile-history");
    await expectVisible(history.getByText(`Russia: reservation value ${original} → ${Number(original) + 2}`));
    await history.getByRole("button", { name: "Restore version 1" }).click();
    await expectVisible(history.getByText("Restored revision 1"));
    await page.waitForFunction(
      (value) =>
        (document.querySelector('input[aria-label="Russia: reservation value"]') as HTMLInputElement | null)?.value === value,
      original,
    );
    expect(await history.locator("li").count()).toBe(3);
    session.expectNoProblems();
  });
});
