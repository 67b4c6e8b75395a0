// Browser helpers for the e2e project: the system Chromium driven by playwright-core, one browser
// per test file, a fresh context and page per test, and a record of what went wrong in the page.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
  type Response,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { chromiumPath, DEBIAN_CHROMIUMS } from "../../scripts/lib/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const RESULTS_DIR = path.join(root, "test-results");

/** Debian's Chromium, its headless shell first (`npx playwright install` is not available here). */
export const CHROMIUM_PATH = chromiumPath() ?? DEBIAN_CHROMIUMS[0]!.path;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/** The server started by tests/e2e/global-setup.ts. */
export function baseUrl(): string {
  return inject("baseUrl");
}

/** What went wrong in a page while a test ran. */
export interface PageProblems {
  /** console.error messages (including Chromium's "Failed to load resource" lines). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Requests that got no response (connection refused, DNS, …); aborted requests are left out. */
  failedRequests: string[];
  /** Responses with an HTTP status of 400 or more. */
  errorResponses: string[];
}

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
  /**
   * Throws if anything in `problems` happened in the current test. `allow` lists patterns of
   * entries to ignore (e.g. an error response the test provoked on purpose); a 404 for
   * /favicon.ico, which Chromium asks for on its own, is always ignored.
   */
  expectNoProblems(options?: { allow?: RegExp[] }): void;
}

let running: Promise<Browser> | undefined;

/**
 * The browser of this test process, launched once and shared by the files it runs one after another
 * (each test still gets a context of its own); Playwright closes it when the process ends.
 */
function sharedBrowser(): Promise<Browser> {
  running ??= launchBrowser().then((browser) => {
    browser.on("disconnected", () => (running = undefined));
    return browser;
  });
  return running;
}

/**
 * Registers the hooks of a browser test file and returns the session they fill: the browser is
 * launched once for the test process (sharedBrowser); each test gets a new context (baseURL = the test server) and page,
 * closed after the test. A failing test leaves a screenshot in test-results/.
 */
export function useBrowserPage(options: { contextOptions?: BrowserContextOptions } = {}): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: PageProblems = emptyProblems();

  beforeAll(async () => {
    browser = await sharedBrowser();
  });

  afterAll(() => {
    browser = undefined;
  });

  beforeEach(async () => {
    problems = emptyProblems();
    context = await required(browser, "browser").newContext({ baseURL: baseUrl(), ...options.contextOptions });
    waitForHydrationOnNavigation(context, options.contextOptions);
    page = await context.newPage();
    watchPage(page, problems);
  });

  afterEach(async (ctx) => {
    try {
      if (page && ctx.task.result?.state === "fail") {
        await screenshot(page, `failed-${ctx.task.fullName ?? ctx.task.name}`).catch(() => undefined);
      }
    } finally {
      await context?.close();
      context = undefined;
      page = undefined;
    }
  });

  return {
    get browser() {
      return required(browser, "browser");
    },
    get context() {
      return required(context, "context");
    },
    get page() {
      return required(page, "page");
    },
    get problems() {
      return problems;
    },
    expectNoProblems({ allow = [] } = {}) {
      const ignored = [...ALWAYS_ALLOWED, ...allow];
      const kept = (list: string[]) => list.filter((entry) => !ignored.some((pattern) => pattern.test(entry)));
      const report = (Object.entries(problems) as [keyof PageProblems, string[]][])
        .map(([kind, list]) => [kind, kept(list)] as const)
        .filter(([, list]) => list.length > 0)
        .map(([kind, list]) => `${kind}:\n  ${list.join("\n  ")}`);
      if (report.length > 0) throw new Error(`The page reported problems:\n${report.join("\n")}`);
    },
  };
}

/**
 * Makes `page.goto` and `page.reload` of every page of `context` return once the page is hydrated
 * (app/_components/HydrationMark.tsx), not merely loaded: pages paint before their scripts start
 * (server/serve/paint-first.ts), and a click before hydration would do nothing. Only for HTML, and
 * not when the context runs without JavaScript.
 */
export function waitForHydrationOnNavigation(context: BrowserContext, options?: BrowserContextOptions): void {
  if (options?.javaScriptEnabled === false) return;
  const hydrated = async (page: Page, response: Response | null) => {
    if (!response || !/^text\/html/.test(response.headers()["content-type"] ?? "")) return response;
    await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
    return response;
  };
  const wrap = (page: Page) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, gotoOptions) => hydrated(page, await goto(url, gotoOptions));
    page.reload = async (reloadOptions) => hydrated(page, await reload(reloadOptions));
  };
  context.pages().forEach(wrap);
  context.on("page", wrap);
}

/** Chromium requests /favicon.ico by itself; its absence is not the page's fault. */
const ALWAYS_ALLOWED = [/^(?=.*\/favicon\.ico\b)(?=.*\b404\b)/];

function emptyProblems(): PageProblems {
  return { consoleErrors: [], pageErrors: [], failedRequests: [], errorResponses: [] };
}

function watchPage(page: Page, problems: PageProblems): void {
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    problems.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack || error.message));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    // Navigations and React cancel requests (prefetches, superseded fetches): not a fault.
    if (reason === "net::ERR_ABORTED") return;
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${reason}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.errorResponses.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}: use the session inside a test of a file that called useBrowserPage()`);
  return value;
}

/** Saves a full-page PNG as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safe =
    name
      .replace(/[^a-zA-Z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 120) || "screenshot";
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${safe}.png`);
  // A full-page capture is taken at the viewport's scroll position: sections that skip rendering while
  // off screen (.lazy-render, app/globals.css) would come out blank.
  await page.addStyleTag({ content: ".lazy-render { content-visibility: visible !important; }" }).catch(() => undefined);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits until the locator is visible (playwright-core has no auto-retrying expect). */
export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  try {
    await locator.first().waitFor({ state: "visible", timeout });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`Expected ${locator} to be visible within ${timeout} ms: ${reason}`);
  }
}

/** The one published scenario whose title contains `query`, from the served API. */
export async function listedScenario(query: string): Promise<{ id: string; title: string }> {
  const input = encodeURIComponent(JSON.stringify({ query, limit: 5 }));
  const response = await fetch(`${baseUrl()}/api/trpc/scenario.list?input=${input}`);
  const items = ((await response.json()) as { result: { data: { items: { id: string; title: string }[] } } }).result.data.items;
  if (items.length !== 1) throw new Error(`Expected one scenario titled like "${query}", found ${items.length}`);
  return items[0]!;
}
