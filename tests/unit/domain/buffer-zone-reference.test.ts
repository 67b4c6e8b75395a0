import { describe, expect, it } from "vitest";
import { bandIsRemembered, bufferZoneBand } from "@/server/domain/buffer-zone.ts";
import type { BorderSegment } from "@/server/domain/geo/border-geometry.ts";
import { BORDER_SEGMENT_SOURCES } from "@/server/domain/geo/border-geometry.ts";
// Areas computed once the slow, definitional way (turf buffer + intersect + union on the unsimplified
// outlines) by scripts/band-reference-areas.ts; see there how to regenerate them.
import reference from "./buffer-zone-reference.json" with { type: "json" };

describe("the band's area agrees with turf's reference computation", () => {
  it.each(reference)("$segments at $depthKm km, $side side: within 1% of $km2 km²", ({ segments, depthKm, side, km2 }) => {
    // Marking the Russian region puts the band on Russia's side (see sideOf in buffer-zone.ts).
    const zonedRegions = side === "russia" ? segments.map((s) => BORDER_SEGMENT_SOURCES[s as BorderSegment]!.russia!) : [];
    const band = bufferZoneBand({ segments: segments as BorderSegment[], depthKm, zonedRegions })!;
    const measured = side === "russia" ? band.russiaKm2 : band.ukraineKm2;
    expect(Math.abs(measured / km2 - 1)).toBeLessThan(0.01);
  });
});

describe("bandIsRemembered", () => {
  it("is false for a depth not computed yet, true once it is, and true when there is nothing to compute", () => {
    const input = { segments: ["sumy_bryansk", "line_of_contact"] as BorderSegment[], depthKm: 61.7, zonedRegions: [] };
    expect(bandIsRemembered(input)).toBe(false);
    bufferZoneBand(input);
    expect(bandIsRemembered(input)).toBe(true);
    expect(bandIsRemembered({ ...input, zonedRegions: ["RU-BRY"] })).toBe(false);
    expect(bandIsRemembered({ ...input, depthKm: null })).toBe(true);
    expect(bandIsRemembered({ ...input, depthKm: 0 })).toBe(true);
  });
});
