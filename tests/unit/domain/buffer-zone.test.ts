import area from "@turf/area";
import buffer from "@turf/buffer";
import { feature, featureCollection, multiLineString } from "@turf/helpers";
import intersect from "@turf/intersect";
import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { bandAreaText, bandSummaryText, bufferZoneInput } from "@/server/domain/buffer-zone-input.ts";
import { bufferZoneBand, segmentLengthKm } from "@/server/domain/buffer-zone.ts";
import type { BorderGeometry } from "@/server/domain/geo/border-geometry.ts";
import geometryJson from "@/server/domain/reference/border-geometry.json" with { type: "json" };
import { russiaConditions } from "@/server/domain/seeds/russia-conditions.ts";
import { withTerm } from "@/server/domain/edit.ts";

const geometry = geometryJson as unknown as BorderGeometry;
type Shape = Polygon | MultiPolygon;
const km2 = (shape: Shape | null | undefined) => (shape ? area(feature(shape)) / 1e6 : 0);
const overlapKm2 = (a: Shape, b: Shape) => km2(intersect(featureCollection([feature(a), feature(b)]))?.geometry);
const band = (
  segments: Parameters<typeof bufferZoneBand>[0]["segments"],
  depthKm: number | null,
  zonedRegions: Parameters<typeof bufferZoneBand>[0]["zonedRegions"] = [],
) => bufferZoneBand({ segments, depthKm, zonedRegions });

describe("bufferZoneBand", () => {
  it("grows with its depth", () => {
    const areas = [5, 15, 30, 60, 120].map((d) => band(["sumy_kursk"], d)!.ukraineKm2);
    for (let i = 1; i < areas.length; i++) expect(areas[i]).toBeGreaterThan(areas[i - 1]!);
  });

  it("is no band at 0 km or with no segment; with no depth stated, says so instead of drawing one", () => {
    expect(band(["sumy_kursk"], 0)).toBeNull();
    expect(band([], 30)).toBeNull();
    const unstated = band(["sumy_kursk", "kharkiv_belgorod"], null)!;
    expect(unstated).toMatchObject({
      depthKm: null,
      segments: [],
      ukraineKm2: 0,
      russiaKm2: 0,
      shapes: { ukraine: null, russia: null },
    });
    expect(unstated.notDrawn.map((s) => [s.label, s.reason])).toEqual([
      ["Sumy – Kursk", "no depth is stated, so no band is drawn or measured"],
      ["Kharkiv – Belgorod", "no depth is stated, so no band is drawn or measured"],
    ]);
  });

  it("a 30 km Sumy–Kursk band covers about the segment's length × 30 km of Ukraine", () => {
    const lengthKm = segmentLengthKm("sumy_kursk");
    // Natural Earth's simplified line; the official border is some 250 km (turns add length).
    expect(lengthKm).toBeGreaterThan(170);
    expect(lengthKm).toBeLessThan(300);
    const b = band(["sumy_kursk"], 30)!;
    // Round ends add a little (π·30²/2 ≈ 1,400 km² at most); the line's bends take some back.
    expect(b.ukraineKm2).toBeGreaterThan(lengthKm * 30 * 0.85);
    expect(b.ukraineKm2).toBeLessThan(lengthKm * 30 * 1.25);
    expect(b.russiaKm2).toBe(0);
    expect(b.segments).toEqual([
      expect.objectContaining({ segment: "sumy_kursk", label: "Sumy – Kursk", side: "ukraine", sideAssumed: true }),
    ]);
  });

  it("lies inside Ukraine, within its depth of the segment, unless the scenario puts it in Russia", () => {
    const b = band(["sumy_kursk"], 30)!;
    const shape = b.shapes.ukraine!;
    expect(overlapKm2(shape, geometry.land.ukraine)).toBeCloseTo(b.ukraineKm2, -1);
    expect(overlapKm2(shape, geometry.land.russia)).toBeLessThan(1);
    const reach = buffer(multiLineString(geometry.segments.sumy_kursk!.lines), 30.5, { units: "kilometers" })!.geometry as Shape;
    expect(overlapKm2(shape, reach)).toBeCloseTo(b.ukraineKm2, -1);

    const inRussia = band(["sumy_kursk"], 30, ["RU-KRS"])!;
    expect(inRussia.segments[0]).toMatchObject({ side: "russia", sideAssumed: false });
    expect(inRussia.ukraineKm2).toBe(0);
    expect(overlapKm2(inRussia.shapes.russia!, geometry.land.russia)).toBeCloseTo(inRussia.russiaKm2, -1);
    expect(overlapKm2(inRussia.shapes.russia!, geometry.land.ukraine)).toBeLessThan(1);

    const both = band(["sumy_kursk"], 30, ["UA-59", "RU-KRS"])!;
    expect(both.segments[0]!.side).toBe("both");
    expect(both.ukraineKm2).toBeCloseTo(b.ukraineKm2, 0);
    expect(both.russiaKm2).toBeCloseTo(inRussia.russiaKm2, 0);
  });

  it("counts the overlap of neighbouring segments once", () => {
    const a = band(["sumy_bryansk"], 40)!.ukraineKm2;
    const b = band(["sumy_kursk"], 40)!.ukraineKm2;
    const both = band(["sumy_bryansk", "sumy_kursk"], 40)!;
    expect(both.ukraineKm2).toBeLessThan(a + b);
    expect(both.ukraineKm2).toBeGreaterThan(Math.max(a, b));
  });

  it("says the line of contact can't be drawn instead of inventing it", () => {
    const b = band(["line_of_contact"], 15)!;
    expect(b.segments).toEqual([]);
    expect(b.ukraineKm2).toBe(0);
    expect(b.notDrawn).toEqual([
      expect.objectContaining({
        segment: "line_of_contact",
        reason: expect.stringMatching(/no geometry of the line of contact/),
      }),
    ]);
  });

  it("every border segment has a line on the state border", () => {
    for (const segment of [
      "chernihiv_bryansk",
      "sumy_bryansk",
      "sumy_kursk",
      "kharkiv_belgorod",
      "luhansk_russia",
      "donetsk_russia",
    ] as const) {
      expect(segmentLengthKm(segment), segment).toBeGreaterThan(50);
    }
    // Donetsk's land border with Russia stops at the Sea of Azov: ~140 km, not the whole coast as well.
    expect(segmentLengthKm("donetsk_russia")).toBeLessThan(200);
  });
});

describe("bufferZoneInput", () => {
  it("reads the segments, the depth and the regions marked as in a zone", () => {
    const doc = russiaConditions();
    expect(bufferZoneInput(doc.terms)).toEqual({
      segments: ["chernihiv_bryansk", "sumy_bryansk", "sumy_kursk", "kharkiv_belgorod"],
      depthKm: null,
      zonedRegions: ["UA-59", "UA-63", "UA-74"],
    });
    const deep = withTerm(doc, "bufferZone.depthKm", { value: 30 });
    expect(bufferZoneInput(deep.terms).depthKm).toBe(30);
  });

  it("states the band's area by side", () => {
    expect(bandAreaText({ ukraineKm2: 6563.8, russiaKm2: 0 })).toBe("6,564 km² of Ukraine");
    expect(bandAreaText({ ukraineKm2: 10, russiaKm2: 20 })).toBe("10 km² of Ukraine and 20 km² of Russia");
    expect(bandAreaText({ ukraineKm2: 0, russiaKm2: 0 })).toBe("no land");
    expect(bandSummaryText({ depthKm: 30, ukraineKm2: 6563.8, russiaKm2: 0 })).toBe("6,564 km² of Ukraine, 30 km deep");
    expect(bandSummaryText({ depthKm: null, ukraineKm2: 0, russiaKm2: 0 })).toBe("Not measured (no depth stated)");
    expect(bandSummaryText(null)).toBe("No band (no segment or no depth)");
  });
});
