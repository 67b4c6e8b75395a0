// The map means what it shows, in a real browser against the real server: a buffer zone is drawn as
// a band of its depth along the chosen border segment with its computed area stated, before/after
// outlines and labels the regions that changed, and the browser gets projected paths only.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page, Response } from "playwright-core";
import type { BufferBandView } from "@/server/map/buffer-band-drawing.ts";
import { formatSignedKm2 } from "@/server/domain/format.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { apiGet, apiPost, editableScenario, seedIdByTitle, type ApiScenario } from "../helpers/e2e-api.ts";
import { expectVisible, useBrowserPage } from "../helpers/e2e-browser.ts";

const session = useBrowserPage();
const SCREENS = path.resolve("docs/screens/issue-10");

/** A copy of the status quo with a 30 km buffer zone along Sumy–Kursk and Kharkiv given back to Ukraine. */
async function sumyKurskBuffer(): Promise<ApiScenario & { kharkivRussiaBefore: number }> {
  const s = await editableScenario("30 km buffer zone along Sumy–Kursk");
  const doc: ScenarioDocument = structuredClone(s.document);
  doc.terms.bufferZone.segments = {
    value: ["sumy_kursk"],
    status: "proposed",
    note: "Test: a 30 km band along the Sumy–Kursk border.",
  };
  doc.terms.bufferZone.depthKm = { value: 30, status: "proposed", note: "" };
  const kharkiv = doc.terms.territory["UA-63"];
  doc.terms.territory["UA-63"] = {
    ...kharkiv,
    russiaKm2: 0,
    ukraineKm2: kharkiv.ukraineKm2 + kharkiv.russiaKm2,
    basis: "entered",
  };
  const saved = await apiPost<ApiScenario>("scenario.update", {
    id: s.id,
    editSecret: s.editSecret,
    baseVersion: s.version,
    document: doc,
  });
  return { ...s, ...saved, editSecret: s.editSecret, kharkivRussiaBefore: kharkiv.russiaKm2 };
}

const km2In = (text: string) => Number(/([\d,]+) km² of Ukraine/.exec(text)![1]!.replaceAll(",", ""));

/** The element's box in SVG units, once drawn (a <use> has none until the shapes file has loaded). */
async function boxOf(page: Page, selector: string) {
  await page.waitForFunction(
    (s) => ((document.querySelector(s) as SVGGraphicsElement | null)?.getBBox().width ?? 0) > 0,
    selector,
  );
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const b = (el as SVGGraphicsElement).getBBox();
      return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    });
}

/** The element in the page as laid out at `width` (a full-page clip, so sticky bars stay at the top, not over it). */
async function shoot(page: Page, name: string, width: number, target: string) {
  await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
  const box = await page
    .locator(target)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: 0, y: r.top + window.scrollY - 8, width: document.documentElement.clientWidth, height: r.height + 16 };
    });
  await page.screenshot({ path: path.join(SCREENS, `${name}-${width}.png`), fullPage: true, clip: box });
}

describe("buffer zone band", () => {
  it("is drawn along Sumy–Kursk inside Ukraine with the area the server computed, in the map and the headline", async () => {
    const { page } = session;
    const s = await sumyKurskBuffer();
    const expected = (await apiGet<BufferBandView>("map.bufferZone", { segments: ["sumy_kursk"], depthKm: 30, zonedRegions: [] }))
      .data!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/s/${s.id}`);
    const band = page.getByTestId("buffer-band");
    await expectVisible(band);

    // The stated area is the computed one, and it is not added to what Russia holds.
    const caption = (await page.getByTestId("buffer-band-area").textContent()) ?? "";
    expect(caption).toMatch(/Buffer zone, 30 km deep along Sumy – Kursk/);
    expect(km2In(caption)).toBe(Math.round(expected.ukraineKm2));
    expect(caption).toMatch(/not counted in who holds what/);
    expect(km2In((await page.getByTestId("headline-buffer-zone").textContent()) ?? "")).toBe(Math.round(expected.ukraineKm2));
    expect(await band.getAttribute("data-area-km2")).toBe(String(Math.round(expected.ukraineKm2)));

    // Drawn where it is: within Sumy's outline on the map, and a thin band, not the whole region.
    const bandBox = await boxOf(page, "[data-testid=buffer-band] .region-map__band-edge");
    const sumy = await boxOf(page, 'use[data-region="UA-59"]');
    expect(bandBox.x0).toBeGreaterThanOrEqual(sumy.x0 - 1);
    expect(bandBox.x1).toBeLessThanOrEqual(sumy.x1 + 1);
    expect(bandBox.y0).toBeGreaterThanOrEqual(sumy.y0 - 1);
    expect(bandBox.y1).toBeLessThanOrEqual(sumy.y1 + 1);
    expect((bandBox.x1 - bandBox.x0) * (bandBox.y1 - bandBox.y0)).toBeLessThan((sumy.x1 - sumy.x0) * (sumy.y1 - sumy.y0));
    expect(await page.locator("[data-zone-region]").count()).toBe(0);

    await shoot(page, "buffer-zone-sumy-kursk", 1280, "#map");
    await shoot(page, "buffer-zone-sumy-kursk", 390, "#map");
    await shoot(page, "buffer-zone-headline", 390, "#headline");
    session.expectNoProblems();
  });

  it("Russia's conditions (no depth stated): no band, the regions outlined as partly in the zone, and the reason said", async () => {
    const { page } = session;
    await page.goto(`/s/${await seedIdByTitle("Russia's conditions")}`);
    const caption = page.getByTestId("buffer-band-area");
    await expectVisible(caption);
    expect(await caption.textContent()).toMatch(
      /along Chernihiv – Bryansk, Sumy – Bryansk, Sumy – Kursk, Kharkiv – Belgorod: no depth is stated, so no band is drawn or measured/,
    );
    expect(await page.getByTestId("buffer-band").count()).toBe(0);
    expect(
      (await page.locator("[data-zone-region]").evaluateAll((els) => els.map((e) => e.getAttribute("data-zone-region")))).sort(),
    ).toEqual(["UA-59", "UA-63", "UA-74"]);
    // Outlined, not filled: the whole oblasts no longer look like buffer zone.
    expect(await page.locator('[data-zone-region="UA-59"]').evaluate((el) => getComputedStyle(el).fill)).toBe("none");
    session.expectNoProblems();
  });

  it("follows the depth typed in the editor", async () => {
    const { page } = session;
    const s = await sumyKurskBuffer();
    await page.goto(`/s/${s.id}#edit=${s.editSecret}`);
    await page.waitForFunction(() =>
      /All changes saved/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
    );
    const caption = page.getByTestId("buffer-band-area");
    await expectVisible(caption);
    const at30 = km2In((await caption.textContent()) ?? "");
    await page.locator("#issue-bufferZone").getByLabel("Depth", { exact: false }).first().fill("60");
    await page.waitForFunction(() =>
      /60 km deep/.test(document.querySelector('[data-testid="buffer-band-area"]')?.textContent ?? ""),
    );
    const at60 = km2In((await caption.textContent()) ?? "");
    expect(at60).toBeGreaterThan(at30 * 1.5);
    session.expectNoProblems();
  });

  it("the browser receives projected shapes, from one file it keeps: neither the raw outlines nor d3-geo", async () => {
    const { page } = session;
    const scripts: Promise<string>[] = [];
    const isShapesFile = (response: Response) => new URL(response.url()).pathname === "/map/regions.svg";
    // Recorded as the responses arrive (bodies read later): an async handler could still be reading
    // when the assertions run.
    const shapeFiles: Response[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.text());
      if (isShapesFile(response)) shapeFiles.push(response);
    });
    const s = await sumyKurskBuffer();
    // The file is fetched once React has hydrated, which on a busy machine can come after the
    // network has gone quiet: wait for it by name.
    const shapesFetched = page.waitForResponse(isShapesFile);
    await page.goto(`/s/${s.id}`);
    await expectVisible(page.getByTestId("buffer-band"));
    await shapesFetched;
    await page.waitForFunction(() => document.querySelector(".region-map__svg")?.getAttribute("data-shapes") === "file");
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(0);
    const all = (await Promise.all(scripts)).join("\n");
    // "area_km2_geom" is a property only the raw reference file has; geoConicEqualArea is d3-geo's projection.
    expect(all).not.toContain("area_km2_geom");
    expect(all).not.toContain("geoConicEqualArea");
    expect(all).not.toContain("conicEqualAreaRaw");
    // The shapes: one versioned file for every map on the page, kept by the browser; not in the HTML.
    expect(shapeFiles).toHaveLength(1);
    const shapes = shapeFiles[0]!;
    expect(shapes.url()).toMatch(/\/map\/regions\.svg\?v=[0-9a-f]{12}$/);
    expect(shapes.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(shapes.headers()["cache-control"]).toContain("immutable");
    expect(await shapes.text()).toContain('<path id="UA-59" d="M');
    const file = new URL(shapes.url());
    expect(await page.locator('use[data-region="UA-59"]').getAttribute("href")).toBe(file.pathname + file.search + "#UA-59");
    expect(await page.locator(".region-map__svg").getAttribute("data-shapes")).toBe("file");
    expect(await page.locator(".region-map__svg").isVisible()).toBe(true);
    // The server's HTML names the shapes by way of the page (they resolve there only without
    // JavaScript), so the browser fetches the file after its first paint, not before.
    const html = await (await page.request.get(`/s/${s.id}`)).text();
    expect(html).not.toMatch(/<path [^>]*data-region/);
    expect(html).toMatch(/<use href="#shape-UA-59"[^>]* data-region="UA-59"/);
    const painted = await page.evaluate(
      () => performance.timeOrigin + (performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN),
    );
    expect(shapes.request().timing().startTime).toBeGreaterThan(painted);
  });
});

describe("before/after", () => {
  it("outlines the regions that changed and labels each with its change", async () => {
    const { page } = session;
    const s = await sumyKurskBuffer();
    const statusQuo = await seedIdByTitle("Status quo");
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
      await page.goto(`/diff?from=${statusQuo}&to=${s.id}`);
      const maps = page.getByTestId("before-after-maps");
      await expectVisible(maps.locator('[data-changed-region="UA-63"]'));
      // Both maps outline Kharkiv; the label says what changed, from the domain's diff.
      expect(await maps.locator('[data-changed-region="UA-63"]').count()).toBe(2);
      expect(await maps.locator("[data-changed-region]").count()).toBe(2);
      const names = await maps.locator('[data-change-label="UA-63"] tspan').allTextContents();
      expect(names.slice(0, 2)).toEqual(["Kharkiv", `Russia ${formatSignedKm2(-s.kharkivRussiaBefore)}`]);
      // The band's change is stated as a figure of its own; the after map has the band, the before map none.
      expect(await page.getByTestId("buffer-zone-change").textContent()).toMatch(
        /^Buffer zone \(computed, not counted as held\): No band \(no segment or no depth\) → [\d,]+ km² of Ukraine, 30 km deep$/,
      );
      await expectVisible(maps.getByTestId("buffer-band"));
      expect(await maps.getByTestId("buffer-band").count()).toBe(1);
      await shoot(page, "before-after-outlined", width, '[data-testid="before-after-maps"]');
    }
    session.expectNoProblems();
  });
});
