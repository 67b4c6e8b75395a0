import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RegionMap } from "@/app/_components/map/RegionMap.tsx";
import { recognisedBorders } from "@/server/domain/defaults.ts";
import { REGIONS, type RegionId } from "@/server/domain/reference/regions.ts";
import type { Territory } from "@/server/domain/scenario.ts";
import { russiaConditions } from "@/server/domain/seeds/russia-conditions.ts";
import { statusQuoTerritory } from "@/server/domain/seeds/status-quo.ts";
import { formatKm2 } from "@/server/domain/format.ts";
import { bufferBandView } from "@/server/map/buffer-band-drawing.ts";
import { pageShapeHref, SHAPE_IDS, shapeHref } from "@/server/map/projected-map.ts";

const render = (
  territory: Territory,
  title = "Who holds what",
  compact = false,
  extra: Pick<Parameters<typeof RegionMap>[0], "band" | "changes"> = {},
) => renderToString(createElement(RegionMap, { territory, title, compact, ...extra }));

const decode = (s: string) =>
  s
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The focusable region shapes: data-region → aria-label. */
function regionPaths(html: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [tag] of html.matchAll(/<use [^>]*data-region="[^"]+"[^>]*>/g)) {
    const id = tag.match(/data-region="([^"]+)"/)![1]!;
    // As the server writes it: each shape by way of the page (see "without JavaScript" below).
    expect(tag.includes('tabindex="0"') && tag.includes('role="img"') && tag.startsWith(`<use href="${pageShapeHref(id)}"`)).toBe(
      true,
    );
    paths.set(tag.match(/data-region="([^"]+)"/)![1]!, decode(tag.match(/aria-label="([^"]+)"/)![1]!));
  }
  return paths;
}

/** A region's fill, as drawn. */
function fillOf(html: string, id: string): string {
  const tag = html.match(new RegExp(`<use [^>]*data-region="${id}"[^>]*>`))?.[0] ?? "";
  return tag.match(/style="fill:([^"]+)"/)?.[1] ?? "(none)";
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

/** The share labels drawn on the map, in document order. */
const shareLabels = (html: string) =>
  [...html.matchAll(/<text [^>]*class="region-map__share[^"]*"[^>]*>([^<]+)<\/text>/g)].map((m) => decode(m[1]!));

describe("RegionMap, status quo of May 2025", () => {
  const html = render(statusQuoTerritory(), "Who holds what: Status quo");

  it("draws the 30 regions, each focusable with its figures as its name", () => {
    const paths = regionPaths(html);
    expect([...paths.keys()].sort()).toEqual(REGIONS.map((r) => r.id).sort());
    expect(paths.get("UA-63")).toBe("Kharkiv: Russia 1,150 km² (3.7%), Ukraine 30,265 km², contested 0 km²");
    expect(paths.get("UA-43")).toBe("Crimea: Russia 26,081 km² (100.0%), Ukraine 0 km², contested 0 km²");
    expect(paths.get("RU-KRS")).toBe("Kursk (Russia): Russia 29,989 km², Ukraine 0 km² (0.0%), contested 8 km²");
  });

  it("labels every Ukrainian region Russia holds part of with Russia's share, and no other", () => {
    expect(shareLabels(html).sort()).toEqual(
      ["0.4%", "100%", "3.7%", "70%", "72%", "73%", "99%", "Sevastopol 100%"].sort(), // Mykolaiv … Luhansk; Sevastopol beside Crimea
    );
    expect(html).toContain("&lt;0.1% contested"); // Kursk's and Belgorod's slivers
  });

  it("shades by Russia's share, hatches contested land, and has no zones", () => {
    expect(fillOf(html, "UA-43")).toBe("var(--russia)");
    expect(fillOf(html, "UA-05")).toBe("var(--map-ukraine)");
    expect(fillOf(html, "UA-23")).toBe("color-mix(in oklab, var(--russia) 73%, var(--map-ukraine))");
    expect(fillOf(html, "UA-63")).toBe("color-mix(in oklab, var(--russia) 4%, var(--map-ukraine))");
    expect(count(html, /fill="url\(#[^"]+-hatch\)" opacity="0\.1\d"/g)).toBe(2); // Kursk, Belgorod: faint
    expect(count(html, /region-map__zone-outline/g)).toBe(0);
  });

  it("names the SVG after the title, and carries the legend and the sources", () => {
    const labelledBy = html.match(/<svg [^>]*aria-labelledby="([^"]+)"/)![1]!;
    expect(html).toContain(`<title id="${labelledBy}">Who holds what: Status quo</title>`);
    expect(html).toMatch(/<figcaption[^>]*>Who holds what: Status quo<\/figcaption>/);
    expect(html).toContain("Share of each region held by Russia");
    for (const tick of ["0%", "50%", "100%"]) expect(html).toContain(`<span>${tick}</span>`);
    expect(html).toContain("Contested land (hatched)");
    expect(html).not.toContain("buffer / demilitarised zone"); // no region is marked as in one
    expect(html).not.toContain("Buffer zone: the band");
    expect(html).toContain(
      "Boundaries: Natural Earth (public domain). Areas: official statistics. Control: as stated in the scenario.",
    );
    expect(html).toMatch(/<div class="region-map__details" aria-live="polite">/);
  });

  it("renders the same markup every time (no random ids, safe to hydrate)", () => {
    expect(render(statusQuoTerritory(), "Who holds what: Status quo")).toBe(html);
  });

  it("carries, for a page read without JavaScript, every shape of the shapes file under its page id", () => {
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? "";
    const pageShapes = [...noscript.matchAll(/<use id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(pageShapes).toEqual(SHAPE_IDS.map((id) => [pageShapeHref(id).slice(1), shapeHref(id)]));
    expect(SHAPE_IDS).toHaveLength(31); // 30 regions and Ukraine's border
    // The drawing waits, hidden, for shapes that resolve; the same block shows it without JavaScript.
    expect(html).toMatch(/<svg class="region-map__svg" data-shapes="page"/);
    expect(noscript).toContain(`<style>.region-map__svg[data-shapes="page"] { visibility: visible; }</style>`);
    // Everything the map draws outside it names its shapes by way of the page, never the file.
    expect(html.replace(noscript, "")).not.toContain(shapeHref(""));
    // Without it (the second map of a page), nothing else changes.
    const second = renderToString(
      createElement(RegionMap, {
        territory: statusQuoTerritory(),
        title: "Who holds what: Status quo",
        shapesWithoutScript: false,
      }),
    );
    expect(second).toBe(html.replace(`<noscript>${noscript}</noscript>`, ""));
  });
});

describe("RegionMap, other territories", () => {
  it("draws no labels for the recognised borders", () => {
    const html = render(recognisedBorders());
    expect(regionPaths(html).size).toBe(30);
    expect(shareLabels(html)).toEqual([]);
    expect(count(html, /-hatch\)" opacity/g)).toBe(0);
  });

  it("outlines buffer zones and labels Ukrainian-held parts of Russia's regions", () => {
    const territory = russiaConditions().terms.territory;
    territory["RU-BEL"] = { ...territory["RU-BEL"], russiaKm2: 26134, ukraineKm2: 1000, contestedKm2: 0 };
    const html = render(territory, "After", true);
    // Chernihiv, Sumy, Kharkiv: outlined only, never filled as if the whole region were the zone.
    expect(count(html, /region-map__zone-outline/g)).toBe(3);
    expect(count(html, /-dots\)"/g)).toBe(0);
    expect(html).toContain("Region partly in a zone");
    expect(regionPaths(html).get("UA-59")).toMatch(/; Buffer zone$/);
    expect(shareLabels(html)).toContain("Ukraine 3.7%");
    expect(html).toContain("region-map--compact");
    expect(html).toContain(">Held by Russia<");
  });

  it("copes with a draft being typed: empty figures draw as nothing", () => {
    const territory = recognisedBorders();
    territory["UA-63" as RegionId] = { ...territory["UA-63"], russiaKm2: Number.NaN, ukraineKm2: 15000 };
    const html = render(territory);
    expect(regionPaths(html).get("UA-63")).toBe(
      "Kharkiv: Russia – (0.0%), Ukraine 15,000 km², contested 0 km², unassigned 16,415 km²",
    );
    expect(fillOf(html, "UA-63")).toBe("color-mix(in oklab, var(--map-ukraine) 48%, var(--map-unassigned))");
  });
});

describe("RegionMap, buffer band and changes", () => {
  const band = bufferBandView({ segments: ["sumy_kursk", "line_of_contact"], depthKm: 30, zonedRegions: [] })!;

  it("draws the band from the server's paths and states its area apart from who holds what", () => {
    // React separates adjacent text with <!-- --> comments: read the text as a reader would.
    const html = decode(render(statusQuoTerritory(), "With a band", false, { band })).replaceAll("<!-- -->", "");
    expect(html).toContain(`data-area-km2="${Math.round(band.ukraineKm2)}"`);
    expect(html).toContain(`<path d="${band.paths.ukraine}" class="region-map__band-edge"`);
    expect(count(html, /-dots\)"/g)).toBe(1);
    expect(html).toContain("Buffer zone: the band along the border (computed)");
    expect(html).toMatch(
      new RegExp(
        `Buffer zone, 30 km deep</strong> along Sumy – Kursk: <strong>${formatKm2(band.ukraineKm2)} of Ukraine</strong>`,
      ),
    );
    expect(html).toMatch(/Sumy – Kursk: \d+ km of border, on Ukraine's side \(assumed/);
    expect(html).toContain("Line of contact: not drawn. Parley has no geometry of the line of contact");
  });

  it("outlines the changed regions and puts their change in place of their usual label", () => {
    const html = decode(
      render(statusQuoTerritory(), "After", true, {
        changes: [{ regionId: "UA-63", name: "Kharkiv", change: "Russia −1,150 km²" }],
      }),
    );
    expect(count(html, /data-changed-region="UA-63"/g)).toBe(1);
    expect(html).toMatch(/data-change-label="UA-63"><tspan[^>]*>Kharkiv<\/tspan><tspan[^>]*>Russia −1,150 km²<\/tspan>/);
    expect(shareLabels(html)).not.toContain("3.7%");
    expect(html).toContain("Changed region");
  });
});
