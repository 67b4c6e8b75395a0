// Capability links in a real browser: create, edit, save, share the view link, open it elsewhere
// (read only, mutations refused), fork, compare, replace the edit link; hostile text stays inert.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, expectVisible, useBrowserPage, waitForHydrationOnNavigation } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> & "quotes"`;

async function waitForSaveStatus(page: Page, pattern: RegExp) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
    pattern.source,
    { timeout: 15_000 },
  );
}

async function shareLinks(page: Page): Promise<{ view: string; edit: string }> {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog");
  await expectVisible(dialog);
  const view = await dialog.getByLabel("View link").inputValue();
  const edit = await dialog.getByLabel("Edit link").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  return { view, edit };
}

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("img[src=x]").count()).toBe(0);
}

describe("sharing by capability links", () => {
  it("shares a read-only view link, refuses mutations from it, forks, compares, and replaces the edit link", async () => {
    const { page, browser } = session;
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.accept();
    });

    // Create and edit as the author.
    await page.goto("/");
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.waitForURL(/\/s\/[^#]+#edit=/);
    await page.getByLabel("Title", { exact: true }).fill(HOSTILE.slice(0, 190));
    await page.getByLabel("Summary", { exact: true }).fill(HOSTILE);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await waitForSaveStatus(page, /All changes saved \(version 2/);
    const { view, edit } = await shareLinks(page);
    expect(view).not.toContain("#edit");
    expect(edit).toMatch(/#edit=[A-Za-z0-9_-]{22}$/);
    const id = new URL(view).pathname.split("/").pop()!;
    await expectInert(page);

    // A reader with the view link: no edit controls, and the server refuses their mutations.
    const reader = await browser.newContext({ baseURL: baseUrl() });
    waitForHydrationOnNavigation(reader);
    try {
      const other = await reader.newPage();
      await other.goto(view);
      await expectVisible(other.getByTestId("read-only"));
      expect(await other.getByRole("button", { name: "Save", exact: true }).count()).toBe(0);
      // View-only is text: no field at all, and the title is the page's heading (shown as text, never run).
      expect(await other.locator("form.editor :is(input, textarea)").count()).toBe(0);
      expect(await other.getByRole("heading", { level: 1 }).textContent()).toBe(HOSTILE.slice(0, 190));
      await expectInert(other);
      const refused = await other.evaluate(async (scenarioId) => {
        const get = await fetch(`/api/trpc/scenario.get?input=${encodeURIComponent(JSON.stringify({ id: scenarioId }))}`);
        const { result } = (await get.json()) as { result: { data: { version: number; document: unknown } } };
        const send = (body: unknown) =>
          fetch("/api/trpc/scenario.update", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          }).then((r) => r.status);
        return {
          wrong: await send({
            id: scenarioId,
            editSecret: "A".repeat(22),
            baseVersion: result.data.version,
            document: result.data.document,
          }),
          missing: await send({ id: scenarioId, baseVersion: result.data.version, document: result.data.document }),
        };
      }, id);
      expect(refused).toEqual({ wrong: 403, missing: 400 });

      // The reader forks an editable copy of their own and compares it with the original.
      await other.getByRole("button", { name: "Fork to edit a copy" }).click();
      await other.waitForURL(/\/s\/[^#]+#edit=/);
      const forkId = new URL(other.url()).pathname.split("/").pop()!;
      expect(forkId).not.toBe(id);
      await waitForSaveStatus(other, /All changes saved/);
      await other.goto(`/compare?ids=${id},${forkId}`);
      await expectVisible(other.getByTestId("compare-table"));
      expect(await other.locator("[data-testid=compare-table] thead th[data-scenario] a").first().textContent()).toBe(
        HOSTILE.slice(0, 190),
      );
      await expectInert(other);
    } finally {
      await reader.close();
    }

    // The author replaces the edit link; the old one stops working.
    await page.getByRole("button", { name: "Share" }).click();
    await page.getByRole("button", { name: "Replace the edit link" }).click();
    await expectVisible(page.getByText("New edit link made"));
    await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
    const stale = await browser.newContext({ baseURL: baseUrl() });
    waitForHydrationOnNavigation(stale);
    try {
      const other = await stale.newPage();
      // The old link is checked on opening: view-only, with the reason, before anything is typed.
      await other.goto(edit);
      await expectVisible(other.getByTestId("read-only"));
      expect(await other.getByTestId("read-only").textContent()).toMatch(/edit link does not work: it was replaced/);
      // View-only is text: no field to type in.
      expect(await other.getByLabel("Summary", { exact: true }).count()).toBe(0);
      await expectVisible(other.getByTestId("read-only-terms"));
    } finally {
      await stale.close();
    }
    const stored = await fetch(`${baseUrl()}/api/trpc/scenario.get?input=${encodeURIComponent(JSON.stringify({ id }))}`).then(
      (r) => r.json(),
    );
    expect(
      (stored as { result: { data: { document: { summary: string }; version: number } } }).result.data.document.summary,
    ).toBe(HOSTILE);
    expect(dialogs.every((m) => /Replace the edit link/.test(m))).toBe(true);
    session.expectNoProblems({ allow: [/scenario\.update/, /status of 40[03]/] });
  });
});
