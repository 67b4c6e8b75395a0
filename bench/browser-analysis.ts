// Browser benchmark of the analysis page: in Chromium (1280 × 800) against the production build,
// steps a weight slider by keyboard and measures, per step, the time from the key press to the
// chart showing the new frontier and Nash package (the frame after the chart's figure says it drew
// that run), and the longest main-thread task while stepping (from Chromium's trace: RunTask on
// the page's main thread). Sizes: ≈10^4, ≈10^5 and the real catalogue of 186,624 packages.
// Targets on the real catalogue: median < 100 ms, no task over 50 ms. Call benchBrowserAnalysis().
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_PATH, launchBrowser } from "../tests/helpers/e2e-browser.ts";
import { startAppServer } from "../tests/helpers/app-server.ts";

const STEPS = 24;
const WARM_UP = 4;
/** Between steps: a person holding an arrow key repeats about every 30–50 ms; a step waits for its result first. */
const PAUSE_MS = 40;
const SLIDER = "Ukraine: weight of Security guarantees";

interface Size {
  name: string;
  packages: number;
  /** Issue checkboxes to toggle from the page's opening space (every issue but Luhansk: 62,208). */
  toggle: string[];
}

const SIZES: Size[] = [
  { name: "≈10^4", packages: 11_664, toggle: ["Luhansk region", "Ceasefire", "Security guarantees"] },
  { name: "≈10^5", packages: 93_312, toggle: ["Luhansk region", "Crimea and Sevastopol"] },
  { name: "real catalogue", packages: 186_624, toggle: ["Luhansk region"] },
];

async function drawnRun(page: Page): Promise<number> {
  return Number(await page.getAttribute("[data-testid=value-chart]", "data-drawn-run"));
}

/** Waits until the chart has drawn a run after `after` for a space of `packages`. */
async function waitForDraw(page: Page, after: number, packages: number): Promise<void> {
  await page.waitForFunction(
    ([after, packages]) => {
      const figure = document.querySelector("[data-testid=value-chart]");
      const summary = document.querySelector(".analysis-summary")?.textContent ?? "";
      return (
        Number(figure?.getAttribute("data-drawn-run")) > after &&
        summary.startsWith(`${packages.toLocaleString("en-US")} packages`)
      );
    },
    [after, packages] as const,
    { timeout: 120_000 },
  );
}

function longestMainThreadTaskMs(trace: Buffer): number {
  const events = (
    JSON.parse(trace.toString("utf8")) as {
      traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }[];
    }
  ).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events)
    if (e.name === "RunTask" && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, e.dur / 1000);
  return longest;
}

async function measure(browser: Browser, baseUrl: string, size: Size): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${baseUrl}/analysis`);
    await waitForDraw(page, 0, 62_208);
    for (const issue of size.toggle) {
      const before = await drawnRun(page);
      await page.getByRole("checkbox", { name: issue, exact: true }).click();
      if (issue === size.toggle.at(-1)) await waitForDraw(page, before, size.packages);
    }
    await page.waitForTimeout(1500); // let the Nash sensitivity of the opening run finish
    const slider = page.getByLabel(SLIDER, { exact: true });
    await slider.focus();
    // Each key press's time (the event's timestamp) and each drawn run's first frame, in page time.
    await page.evaluate(() => {
      const w = window as unknown as { keys: number[]; draws: number[] };
      w.keys = [];
      w.draws = [];
      document.addEventListener("keydown", (e) => w.keys.push(e.timeStamp), { capture: true });
      const figure = document.querySelector("[data-testid=value-chart]")!;
      new MutationObserver(() => requestAnimationFrame(() => w.draws.push(performance.now()))).observe(figure, {
        attributes: true,
        attributeFilter: ["data-drawn-run"],
      });
    });
    const samples: number[] = [];
    const step = async (key: string, record: boolean) => {
      const before = await drawnRun(page);
      const draws = await page.evaluate(() => (window as unknown as { draws: number[] }).draws.length);
      await slider.press(key);
      await waitForDraw(page, before, size.packages);
      await page.waitForFunction((n) => (window as unknown as { draws: number[] }).draws.length > n, draws);
      const [pressed, drawn] = await page.evaluate(() => {
        const w = window as unknown as { keys: number[]; draws: number[] };
        return [w.keys.at(-1)!, w.draws.at(-1)!];
      });
      if (record) samples.push(drawn - pressed);
      await page.waitForTimeout(PAUSE_MS);
    };
    for (let i = 0; i < WARM_UP; i++) await step(i % 2 ? "ArrowRight" : "ArrowLeft", false);
    await browser.startTracing(page, { categories: ["toplevel", "disabled-by-default-devtools.timeline"] });
    for (let i = 0; i < STEPS; i++) await step(i < STEPS / 2 ? "ArrowLeft" : "ArrowRight", true);
    const longest = longestMainThreadTaskMs(await browser.stopTracing());
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)]!;
    const p95 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]!;
    return `slider step, ${size.name} (${size.packages.toLocaleString("en-US")} packages): median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms`;
  } finally {
    await page.close();
  }
}

export async function benchBrowserAnalysis(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchBrowser();
  try {
    console.log(
      `browser analysis (${path.basename(CHROMIUM_PATH)} ${browser.version()}, 1280 × 800, ${STEPS} keyboard steps of "${SLIDER}" per size; target on the real catalogue: median < 100 ms, longest task ≤ 50 ms)`,
    );
    for (const size of SIZES) console.log(await measure(browser, server.baseUrl, size));
  } finally {
    await browser.close();
    await server.stop();
  }
}
