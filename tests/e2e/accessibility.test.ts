// Every page, at a desktop's and a phone's width: axe-core finds no serious or critical violation,
// and the headings are in order under exactly one <h1>. axe runs inside the real page in Chromium.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { editableScenario } from "../helpers/e2e-api.ts";
import { useBrowserPage } from "../helpers/e2e-browser.ts";
import { everyPage, openSitePage, type SitePage } from "../helpers/e2e-pages.ts";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations in the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/**
 * The levels of the headings a screen reader lists, in document order: visually hidden ones count,
 * those not rendered (a closed dialog's) or aria-hidden do not.
 */
async function headingLevels(page: Page): Promise<{ level: number; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
      .filter((h) => h.checkVisibility() && !h.closest("[aria-hidden=true]"))
      .map((h) => ({
        level: Number(h.tagName[1]),
        text: (h.textContent ?? "").trim().slice(0, 60),
      })),
  );
}

/** Problems with the heading outline: not exactly one h1 first, or a level skipped going down. */
function headingProblems(headings: { level: number; text: string }[]): string[] {
  const problems: string[] = [];
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) problems.push(`${h1s.length} <h1> (${h1s.map((h) => h.text).join(" | ")})`);
  if (headings[0] && headings[0].level !== 1) problems.push(`first heading is h${headings[0].level} "${headings[0].text}"`);
  headings.forEach((h, i) => {
    const previous = headings[i - 1];
    if (previous && h.level > previous.level + 1)
      problems.push(`h${previous.level} "${previous.text}" → h${h.level} "${h.text}"`);
  });
  return problems;
}

async function checkPage(page: Page, sitePage: SitePage, ready?: (page: Page) => Promise<unknown>): Promise<string[]> {
  await openSitePage(page, sitePage);
  await ready?.(page);
  const violations = await seriousViolations(page);
  const headings = headingProblems(await headingLevels(page));
  const { name, path } = sitePage;
  return [
    ...violations.map((v) => `${name} (${path}): ${v.impact} ${v.id}: ${v.help}\n    ${v.targets.slice(0, 5).join("\n    ")}`),
    ...headings.map((h) => `${name} (${path}): headings: ${h}`),
  ];
}

for (const width of [1280, 390]) {
  describe(`accessibility at ${width} px`, () => {
    const session = useBrowserPage({ contextOptions: { viewport: { width, height: width > 600 ? 900 : 844 } } });

    it("every page: no serious or critical axe violation, headings in order under one <h1>", async () => {
      const { page } = session;
      const found: string[] = [];
      for (const sitePage of await everyPage()) found.push(...(await checkPage(page, sitePage)));
      expect(found, found.join("\n")).toEqual([]);
    });

    it("a scenario opened with its edit link (the form)", async () => {
      const { page } = session;
      const s = await editableScenario(`Accessible ${width}`);
      const found = await checkPage(page, { name: "editable scenario", path: `/s/${s.id}#edit=${s.editSecret}` }, (p) =>
        p.waitForFunction(() =>
          /All changes saved/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
        ),
      );
      // The form is really there: the title is a field, not text.
      expect(await page.getByLabel("Title", { exact: true }).count()).toBe(1);
      expect(found, found.join("\n")).toEqual([]);
    });
  });
}
