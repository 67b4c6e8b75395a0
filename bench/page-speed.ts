// Page speed against a hello-world page of the same Next.js (`npm run bench -- pages`; asserts nothing).
// Starts Parley's production build (tests/helpers/app-server.ts: fresh SQLite file with the seeds) and
// the hello-world app bench/hello-app (built once with the repository's own Next.js, served by
// `next start`), then loads every page 5 times (`--runs N`) in Chromium, round-robin, the hello-world
// page just before each of them, each load in a fresh context with the cache disabled (CDP
// Network.setCacheDisabled), at 1280 × 800:
//   - largest contentful paint (the last `largest-contentful-paint` entry once the page has settled)
//   - bytes of script transferred: the compressed bodies of the .js files, as served, that the page's
//     HTML names (what it needs to run and hydrate; Parley's server starts them after the first paint,
//     server/serve/paint-first.ts, so "before the load event" no longer tells them apart); the table
//     also gives all scripts once the page has settled, which adds lazily loaded chunks and what
//     next/link prefetches for the pages it links to
//   - cumulative layout shift (largest session window: gaps < 1 s, windows ≤ 5 s, as web-vitals)
// and prints the medians with each page's ratio to the hello-world page.
// Targets (issue 10): LCP ≤ 1.5× everywhere; scripts ≤ 1.3× on pages without a map or chart,
// ≤ 1.8× with one; CLS ≤ 0.05. `--chunks` also lists each page's script files (first load); `--runs N`
// loads each page N times instead of 5; `--only s/,analysis` loads only the pages whose path contains
// one of those words (and hello world). The LCP range (fastest–slowest load) is printed beside the
// median: on a shared 2-core machine one page's LCP varies by a factor of two from load to load.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { startAppServer } from "../tests/helpers/app-server.ts";
import { CHROMIUM_PATH, launchBrowser } from "../tests/helpers/e2e-browser.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const HELLO_DIR = path.join(root, "bench/hello-app");
const NEXT_BIN = path.join(root, "node_modules/.bin/next");
const DEFAULT_RUNS = 5;
const VIEWPORT = { width: 1280, height: 800 };
const SETTLE_MS = 500;

interface PageSpec {
  name: string;
  /** Path on its server; a function when it needs the seeds' ids. */
  path: (ids: SeedIds) => string;
  /** "map or chart" pages get the looser script target. */
  visual: boolean;
  /** A selector the page shows once its content (chart included) is drawn. */
  ready?: string;
}

interface SeedIds {
  status: string;
  us: string;
  russia: string;
}

const PAGES: PageSpec[] = [
  { name: "home /", path: () => "/", visual: false },
  { name: "scenario /s/<id>", path: (s) => `/s/${s.us}`, visual: true, ready: ".region-map__svg" },
  {
    name: "compare /compare",
    path: (s) => `/compare?ids=${s.status},${s.us},${s.russia}`,
    visual: false,
    ready: "[data-testid=compare-table]",
  },
  { name: "before/after /diff", path: (s) => `/diff?from=${s.status}&to=${s.us}`, visual: true, ready: ".region-map__svg" },
  { name: "analysis /analysis", path: () => "/analysis", visual: true, ready: "[data-testid=value-chart][data-drawn-run]" },
  { name: "timeline /timeline", path: () => "/timeline", visual: true },
];

interface Sample {
  lcpMs: number;
  lcpElement: string;
  /** Time to the first byte of the HTML (server time included). */
  ttfbMs: number;
  scriptBytes: number;
  allScriptBytes: number;
  cls: number;
  scripts: { url: string; bytes: number; named: boolean }[];
  shifts: { t: number; v: number; what: string }[];
}

/** Loads `url` once in a fresh context and measures it. */
async function measure(browser: Browser, url: string, ready: string | undefined): Promise<Sample> {
  // Every load starts on a quiet machine: the last load's page (closed with its context) is still
  // being torn down for a while, which would land on whichever page comes next.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number; __lcpElement: string; __shifts: { t: number; v: number; what: string }[] };
      w.__lcp = 0;
      w.__lcpElement = "";
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null; size: number })[]) {
          w.__lcp = e.startTime;
          const el = e.element;
          w.__lcpElement = el
            ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} (${e.size} px², "${(el.textContent ?? "").slice(0, 40)}")`
            : "?";
        }
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        for (const e of list.getEntries() as Shift[]) {
          if (e.hadRecentInput) continue;
          // What moved, for --chunks: the element, and its top before → after.
          const what = e.sources
            .map((src) => {
              const el = src.node instanceof Element ? src.node : src.node?.parentElement;
              return `${el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}` : "?"} ${Math.round(src.previousRect.top)}→${Math.round(src.currentRect.top)}`;
            })
            .join(", ");
          w.__shifts.push({ t: e.startTime, v: e.value, what });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    const html = (await response?.text()) ?? "";
    const named = [...new Set(html.match(/\/_next\/static\/[^"'\\\s]+?\.js/g) ?? [])];
    if (ready) await page.locator(ready).first().waitFor({ state: "attached", timeout: 60_000 });
    // Late shifts and paints (fonts, the chart's first run) land within this.
    await page.waitForTimeout(1000);
    // No named inner functions in page code: tsx would wrap them in a helper the page does not have.
    return await page.evaluate((named) => {
      const w = window as unknown as { __lcp: number; __lcpElement: string; __shifts: { t: number; v: number; what: string }[] };
      let cls = 0;
      let session = { start: -Infinity, last: -Infinity, sum: 0 };
      for (const s of w.__shifts) {
        if (s.t - session.last > 1000 || s.t - session.start > 5000) session = { start: s.t, last: s.t, sum: 0 };
        session.sum += s.v;
        session.last = s.t;
        cls = Math.max(cls, session.sum);
      }
      const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname.endsWith(".js"))
        .map((e) => ({
          url: new URL(e.name).pathname,
          bytes: e.encodedBodySize,
          named: named.includes(new URL(e.name).pathname),
        }));
      let scriptBytes = 0;
      let allScriptBytes = 0;
      for (const s of scripts) {
        allScriptBytes += s.bytes;
        if (s.named) scriptBytes += s.bytes;
      }
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        lcpMs: w.__lcp,
        lcpElement: w.__lcpElement,
        ttfbMs: navigation.responseStart,
        cls,
        scripts,
        scriptBytes,
        allScriptBytes,
        shifts: w.__shifts,
      };
    }, named);
  } finally {
    await context.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Builds bench/hello-app once (it never changes) and serves it with `next start`. */
async function startHello(): Promise<{ url: string; stop: () => void }> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  if (!existsSync(path.join(HELLO_DIR, ".next/BUILD_ID"))) {
    const build = spawnSync(NEXT_BIN, ["build", HELLO_DIR], { cwd: root, env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`hello-world build failed:\n${build.stdout}${build.stderr}`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(NEXT_BIN, ["start", HELLO_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready|started server|Local:/i.test(output)) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`hello-world server exited (${code}):\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

async function seedIds(baseUrl: string): Promise<SeedIds> {
  const response = await fetch(`${baseUrl}/api/trpc/scenario.list?input=${encodeURIComponent(JSON.stringify({ limit: 100 }))}`);
  const items = ((await response.json()) as { result: { data: { items: { id: string; title: string }[] } } }).result.data.items;
  const find = (prefix: string) => {
    const found = items.find((s) => s.title.startsWith(prefix));
    if (!found) throw new Error(`No seed titled "${prefix}…"`);
    return found.id;
  };
  return { status: find("Status quo"), us: find("U.S. proposal"), russia: find("Russia's conditions") };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
const pad = (text: string, width: number) => text.padEnd(width);

export async function benchPageSpeed({
  chunks = false,
  runs = DEFAULT_RUNS,
  onlyPages,
}: { chunks?: boolean; runs?: number; onlyPages?: string[] } = {}): Promise<void> {
  const app = await startAppServer();
  const hello = await startHello();
  const browser = await launchBrowser();
  try {
    const ids = await seedIds(app.baseUrl);
    const targets = [
      { name: "hello world (same Next.js)", url: `${hello.url}/`, visual: false, ready: undefined as string | undefined },
      ...PAGES.map((p) => ({ name: p.name, url: `${app.baseUrl}${p.path(ids)}`, visual: p.visual, ready: p.ready })).filter(
        (p) => !onlyPages || onlyPages.some((word) => new URL(p.url).pathname.includes(word)),
      ),
    ];
    if (targets.length === 1) throw new Error(`--only ${onlyPages?.join(",")}: no page's path contains those words`);
    // One warm-up load each (server-side caches, the first compile of each route's code).
    for (const t of targets) await measure(browser, t.url, t.ready);
    const samples = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
    // The hello-world page is loaded just before each page, so its median (the denominator of every
    // ratio) rests on as many loads as all pages together, taken across the whole run: loaded once a
    // round, its five loads could all fall in a quiet or a busy spell of this shared machine.
    const [baseline, ...pages] = targets;
    for (let run = 0; run < runs; run++)
      for (const t of pages) {
        samples.get(baseline!.name)!.push(await measure(browser, baseline!.url, baseline!.ready));
        samples.get(t.name)!.push(await measure(browser, t.url, t.ready));
      }

    const rows = targets.map((t) => {
      const s = samples.get(t.name)!;
      return {
        ...t,
        lcp: median(s.map((x) => x.lcpMs)),
        lcpRange: `${Math.min(...s.map((x) => x.lcpMs)).toFixed(0)}–${Math.max(...s.map((x) => x.lcpMs)).toFixed(0)}`,
        ttfb: median(s.map((x) => x.ttfbMs)),
        bytes: median(s.map((x) => x.scriptBytes)),
        allBytes: median(s.map((x) => x.allScriptBytes)),
        cls: median(s.map((x) => x.cls)),
        first: s[0]!,
      };
    });
    const base = rows[0]!;
    console.log(
      `\nPage speed: ${path.basename(CHROMIUM_PATH)} ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, cache disabled, median of ${runs} loads a page; ratio to the hello-world page (loaded before each page: ${samples.get(targets[0]!.name)!.length} loads)`,
    );
    console.log(
      `| Page | First byte ms | LCP ms | LCP range ms | LCP ratio (≤ 1.5×) | Script kB (gzip) | Script ratio (target) | CLS (≤ 0.05) | All scripts kB, with prefetches |`,
    );
    console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|`);
    for (const r of rows) {
      const target = r === base ? "" : r.visual ? " (≤ 1.8×, map/chart)" : " (≤ 1.3×)";
      console.log(
        `| ${pad(r.name, 26)} | ${r.ttfb.toFixed(0)} | ${r.lcp.toFixed(0)} | ${r.lcpRange} | ${ratio(r.lcp, base.lcp)} | ${(r.bytes / 1024).toFixed(1)} | ${ratio(r.bytes, base.bytes)}${target} | ${r.cls.toFixed(3)} | ${(r.allBytes / 1024).toFixed(1)} |`,
      );
    }
    if (chunks) {
      for (const r of rows) {
        console.log(`\n${r.name}: ${r.first.scripts.length} scripts; largest contentful paint: ${r.first.lcpElement}`);
        for (const shift of r.first.shifts)
          console.log(`  layout shift ${shift.v.toFixed(3)} at ${shift.t.toFixed(0)} ms: ${shift.what}`);
        for (const s of [...r.first.scripts].sort((a, b) => b.bytes - a.bytes)) {
          console.log(`  ${(s.bytes / 1024).toFixed(1).padStart(7)} kB  ${s.url}${s.named ? "" : "  (not named in the HTML)"}`);
        }
      }
    }
  } finally {
    await browser.close();
    hello.stop();
    await app.stop();
  }
}
