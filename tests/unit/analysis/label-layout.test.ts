import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlaps, placeLabels } from "@/app/_components/analysis/label-layout.ts";

const area = { left: 40, top: 10, width: 600, height: 400 };

describe("chart label placement", () => {
  it("puts a lone label right of its point", () => {
    const { placed } = placeLabels([{ id: "a", x: 100, y: 100, width: 80, height: 16 }], area);
    expect(placed).toEqual([{ id: "a", x: 100, y: 100, left: 111, top: 92, width: 80, height: 16, leader: false }]);
  });

  it("moves a label off the right edge rather than cut it", () => {
    const { placed } = placeLabels([{ id: "a", x: 630, y: 100, width: 120, height: 16 }], area);
    expect(placed[0]!.left + placed[0]!.width).toBeLessThanOrEqual(640);
    expect(placed[0]!.leader).toBe(false);
  });

  it("never overlaps labels, marks or the edge, for any cluster of points", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 40, max: 640 }),
            y: fc.integer({ min: 10, max: 410 }),
            width: fc.integer({ min: 30, max: 200 }),
          }),
          { maxLength: 14 },
        ),
        (points) => {
          const requests = points.map((p, i) => ({ id: String(i), ...p, height: 16 }));
          const { placed, unplaced } = placeLabels(requests, area);
          expect(placed.length + unplaced.length).toBe(requests.length);
          for (const [i, a] of placed.entries()) {
            expect(a.left).toBeGreaterThanOrEqual(area.left);
            expect(a.top).toBeGreaterThanOrEqual(area.top);
            expect(a.left + a.width).toBeLessThanOrEqual(area.left + area.width);
            expect(a.top + a.height).toBeLessThanOrEqual(area.top + area.height);
            for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
            for (const r of requests) expect(overlaps(a, { left: r.x - 7, top: r.y - 7, width: 14, height: 14 })).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
