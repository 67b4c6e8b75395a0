// The security headers and the request guards on the production build, and the pages still working
// in Chromium under the Content-Security-Policy (no violation reported, the analysis worker and
// chart running).
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectVisible, useBrowserPage } from "../helpers/e2e-browser.ts";
import { directivesOf, FIXED_SECURITY_HEADERS } from "../helpers/http-headers.ts";

const session = useBrowserPage();

let seedId: string;
beforeAll(async () => {
  const response = await fetch(`${baseUrl()}/api/trpc/scenario.list?input=${encodeURIComponent("{}")}`);
  const body = (await response.json()) as { result: { data: { items: { id: string; isSeed: boolean }[] } } };
  seedId = body.result.data.items.find((item) => item.isSeed)!.id;
});

function expectSecurityHeaders(response: Response, what: string) {
  const headers = Object.fromEntries(response.headers);
  expect(headers, what).toMatchObject(FIXED_SECURITY_HEADERS);
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\)/);
  const csp = directivesOf(headers["content-security-policy"] ?? "");
  expect(csp["script-src"], what).toEqual(["'self'", "'unsafe-inline'"]);
  expect(csp["worker-src"], what).toEqual(["'self'", "blob:"]);
  expect(csp["frame-ancestors"], what).toEqual(["'none'"]);
  expect(csp["object-src"], what).toEqual(["'none'"]);
  expect(headers["content-security-policy"], what).not.toContain("unsafe-eval");
}

describe("security headers", () => {
  it("on pages, the API and static files", async () => {
    for (const path of ["/", `/s/${seedId}`, "/analysis", "/api/trpc/catalog.get", "/no-such-page"]) {
      const response = await fetch(`${baseUrl()}${path}`);
      await response.arrayBuffer();
      expectSecurityHeaders(response, path);
    }
    // A script of the build, found in the home page.
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, "a /_next/static script in the home page").toBeDefined();
    const response = await fetch(`${baseUrl()}${script}`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expectSecurityHeaders(response, script!);
  });

  it("the guards are on the served endpoint: cross-site 403, a form post 415, an oversized body 413", async () => {
    const create = `${baseUrl()}/api/trpc/scenario.create`;
    const crossSite = await fetch(create, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: "{}",
    });
    expect(crossSite.status).toBe(403);
    const form = await fetch(create, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "document=x",
    });
    expect(form.status).toBe(415);
    const big = await fetch(create, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: " ".repeat(300 * 1024),
    });
    expect(big.status).toBe(413);
    for (const response of [crossSite, form, big]) expectSecurityHeaders(response, `refused ${response.status}`);
  });
});

describe("pages under the policy in Chromium", () => {
  /** Records the page's CSP violations, from before its first script runs. */
  async function watchViolations() {
    await session.page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
      document.addEventListener("securitypolicyviolation", (e) =>
        list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
  }
  /**
   * Every violation counts, eval included: zod 4 would probe for eval (`new Function("")`) on its
   * first parse, but the domain configures it not to (server/domain/zod.ts), in the page and in the
   * analysis worker alike.
   */
  async function violations(): Promise<string[]> {
    return session.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  }

  it("the home page loads and lists the seeds, with no violation and no complaint about the headers", async () => {
    await watchViolations();
    const { page } = session;
    // Chromium reports a header it cannot parse (an unknown Permissions-Policy feature, say) as a
    // console message of any level, on every page.
    const aboutHeaders: string[] = [];
    page.on("console", (message) => {
      if (/Policy|header/i.test(message.text())) aboutHeaders.push(`${message.type()}: ${message.text()}`);
    });
    expect((await page.goto("/"))?.status()).toBe(200);
    await expectVisible(page.getByRole("link", { name: "Status quo, early May 2025", exact: true }));
    await expectVisible(page.getByLabel("Search scenarios", { exact: true }));
    expect(await violations()).toEqual([]);
    expect(aboutHeaders).toEqual([]);
    session.expectNoProblems();
  });

  it("a scenario page loads with its map, with no violation", async () => {
    await watchViolations();
    const { page } = session;
    expect((await page.goto(`/s/${seedId}`))?.status()).toBe(200);
    await expectVisible(page.locator(".region-map__svg").first());
    expect(await violations()).toEqual([]);
    session.expectNoProblems();
  });

  it("the analysis runs its Web Worker and draws its chart, with no violation", async () => {
    await watchViolations();
    const { page } = session;
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.goto("/analysis");
    await expectVisible(page.getByTestId("accepted-share"), 30_000);
    await expectVisible(page.locator(".value-chart canvas"));
    expect(workers.length, "the analysis worker started").toBeGreaterThan(0);
    expect(
      workers.filter((url) => !url.startsWith(`${baseUrl()}/`) && !url.startsWith("blob:")),
      "workers from elsewhere",
    ).toEqual([]);
    // The chart drew something: the canvas is not blank.
    const painted = await page
      .locator(".value-chart canvas")
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
        return false;
      });
    expect(painted).toBe(true);
    expect(await violations()).toEqual([]);
    session.expectNoProblems();
  });
});
