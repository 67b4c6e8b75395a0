// Nothing a user types is lost: a replaced edit link opens view-only before anything can be typed,
// every in-app navigation asks first, a refused save can be kept as a copy, delete can be undone,
// and unsaved edits come back after a crashed tab.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { apiGet, apiPost, editableScenario, type ApiScenario } from "../helpers/e2e-api.ts";
import { expectVisible, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();

const summary = (page: Page) => page.getByLabel("Summary", { exact: true });

/** View-only: the scenario is text (title as the heading, terms as a list), with no field to type in. */
async function expectViewOnlyText(page: Page) {
  await expectVisible(page.getByTestId("read-only-terms"));
  expect(await summary(page).count()).toBe(0);
  expect(await page.locator("form.editor input, form.editor textarea").count()).toBe(0);
}

async function waitForSaveStatus(page: Page, pattern: RegExp) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
    pattern.source,
    {
      timeout: 15_000,
    },
  );
}

async function openForEditing(page: Page, s: ApiScenario) {
  await page.goto(`/s/${s.id}#edit=${s.editSecret}`);
  await waitForSaveStatus(page, /All changes saved/);
}

/** Records every dialog's message and answers it with `accept` (true: leave, false: stay). */
function answerDialogs(page: Page, accept: boolean): string[] {
  const messages: string[] = [];
  page.on("dialog", (dialog) => {
    messages.push(dialog.message());
    void (accept ? dialog.accept() : dialog.dismiss());
  });
  return messages;
}

const stored = async (id: string) =>
  (await apiGet<{ document: { summary: string }; version: number }>("scenario.get", { id })).data;

describe("no silent loss", () => {
  it("opens a replaced edit link as view-only, with the reason, before anything can be typed", async () => {
    const { page } = session;
    const s = await editableScenario("Replaced link");
    await apiPost("scenario.rotateEditSecret", { id: s.id, editSecret: s.editSecret });
    await page.goto(`/s/${s.id}#edit=${s.editSecret}`);
    const banner = page.getByTestId("read-only");
    await expectVisible(banner);
    expect(await banner.textContent()).toMatch(/edit link does not work: it was replaced/);
    await expectViewOnlyText(page);
    expect(await page.getByRole("button", { name: "Save", exact: true }).count()).toBe(0);
    expect(await page.getByTestId("save-status").textContent()).toBe("View only");
    // Not remembered under "My scenarios".
    expect(await page.evaluate(() => localStorage.getItem("parley.editLinks.v1") ?? "[]")).not.toContain(s.id);
    session.expectNoProblems();
  });

  it("never edits before the link is confirmed: the fields stay read-only while it is checked", async () => {
    const { page } = session;
    const s = await editableScenario("Checked link");
    // Hold the check back to see the page in between.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/trpc/scenario.checkEditSecret**", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/s/${s.id}#edit=${s.editSecret}`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="save-status"]')?.textContent === "Checking the edit link…",
    );
    expect(await page.getByTestId("read-only").count()).toBe(0);
    await expectViewOnlyText(page);
    release();
    await waitForSaveStatus(page, /All changes saved/);
    expect(await summary(page).isEditable()).toBe(true);
    session.expectNoProblems();
  });

  it("asks before every in-app way out with unsaved changes: the Compare with… select, links, and after No keeps the edits", async () => {
    const { page } = session;
    const s = await editableScenario("Guarded");
    await openForEditing(page, s);
    await summary(page).fill("Typed, not saved");
    const messages = answerDialogs(page, false);

    // The select: choosing a scenario (as one arrow key does) asks, and No leaves it unchosen.
    const compareWith = page.getByLabel("Compare with", { exact: true });
    await compareWith.focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(300);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/unsaved changes/);
    expect(await compareWith.inputValue()).toBe("");
    // A link of the page and the site's menu.
    await page.getByRole("link", { name: /^Before\/after vs/ }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
    await page.waitForTimeout(300);
    expect(messages).toHaveLength(3);
    expect(new URL(page.url()).pathname).toBe(`/s/${s.id}`);
    expect(await summary(page).inputValue()).toBe("Typed, not saved");

    // Yes leaves, through the select too.
    page.removeAllListeners("dialog");
    const left = answerDialogs(page, true);
    await compareWith.selectOption({ index: 1 });
    await page.waitForURL(/\/compare\?/);
    expect(left).toHaveLength(1);
    session.expectNoProblems();
  });

  it("the section menu's jump links (History among them) move within the page without asking", async () => {
    const { page } = session;
    const s = await editableScenario("Jump links");
    await openForEditing(page, s);
    await summary(page).fill("Typed, not saved");
    const messages = answerDialogs(page, false);
    await page.getByRole("navigation", { name: "Sections of this scenario" }).getByRole("link", { name: "History" }).click();
    await page.waitForFunction(() => window.location.hash === "#history");
    expect(messages).toEqual([]);
    // History is on screen (the page scrolled down to it; it may sit low when it ends the page).
    const where = await page
      .locator("#history")
      .evaluate((el) => ({ top: el.getBoundingClientRect().top, height: window.innerHeight, scrolled: window.scrollY }));
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.top).toBeLessThan(where.height);
    expect(where.scrolled).toBeGreaterThan(1000);
    expect(await summary(page).inputValue()).toBe("Typed, not saved");
    session.expectNoProblems();
  });

  it("the /diff Baseline and /compare Add a scenario selects route through the same guard (nothing unsaved there: no question)", async () => {
    const { page } = session;
    const a = await editableScenario("Diff side A");
    const b = await editableScenario("Diff side B", "U.S. proposal");
    const messages = answerDialogs(page, true);
    await page.goto(`/diff?from=${a.id}&to=${b.id}`);
    await page.getByLabel("Baseline").selectOption({ index: 1 });
    await page.waitForURL((url) => url.searchParams.get("from") !== a.id);
    await page.goto(`/compare?ids=${a.id},${b.id}`);
    await page.getByLabel("Add a scenario to the comparison").selectOption({ index: 1 });
    await page.waitForURL((url) => (url.searchParams.get("ids") ?? "").split(",").length === 3);
    expect(messages).toEqual([]);
    session.expectNoProblems();
  });

  it("keeps the typed changes when a save is refused (link replaced meanwhile) and saves them as a copy", async () => {
    const { page } = session;
    const s = await editableScenario("Refused save");
    await openForEditing(page, s);
    await summary(page).fill("Typed before the link was replaced");
    await apiPost("scenario.rotateEditSecret", { id: s.id, editSecret: s.editSecret });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const banner = page.getByTestId("read-only");
    await expectVisible(banner);
    expect(await banner.textContent()).toMatch(/Not saved: this edit link no longer works.*Your changes are still here/);
    // Still on screen, as the view-only page's text.
    expect(await page.getByTestId("read-only-title").textContent()).toContain("Typed before the link was replaced");

    await banner.getByRole("button", { name: "Save my changes as a copy" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(s.id) && url.hash.startsWith("#edit="));
    await waitForSaveStatus(page, /All changes saved/);
    expect(await summary(page).inputValue()).toBe("Typed before the link was replaced");
    const copyId = new URL(page.url()).pathname.split("/").pop()!;
    const copy = (await apiGet<{ parentId: string; document: { summary: string } }>("scenario.get", { id: copyId })).data!;
    expect(copy.parentId).toBe(s.id);
    expect(copy.document.summary).toBe("Typed before the link was replaced");
    expect((await stored(s.id))!.document.summary).toBe(s.document.summary);
    session.expectNoProblems({ allow: [/scenario\.update/, /status of 403/] });
  });

  it("deletes with Undo: the scenario is gone until Undo brings it back", async () => {
    const { page } = session;
    const s = await editableScenario("Deleted then undone");
    await openForEditing(page, s);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expectVisible(page.getByTestId("deleted"));
    expect(await page.getByTestId("deleted").textContent()).toMatch(/Deleted.*“Deleted then undone” is deleted/);
    expect((await apiGet("scenario.get", { id: s.id })).status).toBe(404);

    await page.getByRole("button", { name: "Undo" }).click();
    await waitForSaveStatus(page, /All changes saved/);
    expect((await apiGet("scenario.get", { id: s.id })).status).toBe(200);
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("Deleted then undone");
    session.expectNoProblems();
  });

  it("offers unsaved edits back after the tab crashed, and a restored draft saves", async () => {
    const { page, context } = session;
    const s = await editableScenario("Crash");
    await openForEditing(page, s);
    await summary(page).fill("Typed just before the crash");
    await waitForSaveStatus(page, /Unsaved changes/);
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await again.goto(`/s/${s.id}#edit=${s.editSecret}`);
    const offer = again.getByTestId("draft-offer");
    await expectVisible(offer);
    expect(await summary(again).inputValue()).toBe(s.document.summary);
    await offer.getByRole("button", { name: "Restore my changes" }).click();
    expect(await summary(again).inputValue()).toBe("Typed just before the crash");
    await again.getByRole("button", { name: "Save", exact: true }).click();
    await waitForSaveStatus(again, /All changes saved \(version 2/);
    expect((await stored(s.id))!.document.summary).toBe("Typed just before the crash");

    // Saved: nothing is offered any more.
    await again.reload();
    await waitForSaveStatus(again, /All changes saved/);
    expect(await again.getByTestId("draft-offer").count()).toBe(0);
  });

  it("a kept draft that started from an older version becomes a conflict on save, not an overwrite", async () => {
    const { page, context } = session;
    const s = await editableScenario("Kept across a newer save");
    await openForEditing(page, s);
    await summary(page).fill("Mine, from version 1");
    await waitForSaveStatus(page, /Unsaved changes/);
    await page.close({ runBeforeUnload: false });
    await apiPost("scenario.update", {
      id: s.id,
      editSecret: s.editSecret,
      baseVersion: 1,
      document: { ...s.document, title: "Theirs, version 2" },
    });

    const again = await context.newPage();
    await again.goto(`/s/${s.id}#edit=${s.editSecret}`);
    await again.getByTestId("draft-offer").getByRole("button", { name: "Restore my changes" }).click();
    await again.getByRole("button", { name: "Save", exact: true }).click();
    await waitForSaveStatus(again, /someone else saved version 2/);
    expect((await stored(s.id))!.document.summary).toBe(s.document.summary);
  });
});
