import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactPath } from "@/server/map/compact-path.ts";

/** Reads relative path data back to absolute points in tenths, as a browser would draw it. */
function absolutePoints(d: string): string[] {
  const points: string[] = [];
  let [x, y] = [0, 0];
  let command = "";
  const numbers: number[] = [];
  const flush = () => {
    for (; numbers.length >= 2; command = command === "M" ? "l" : command) {
      const [a, b] = numbers.splice(0, 2).map((n) => Math.round(n * 10)) as [number, number];
      [x, y] = command === "M" || command === "L" ? [a, b] : [x + a, y + b];
      points.push(`${command === "M" ? "M" : "L"}${x},${y}`);
    }
  };
  for (const [, letter, number] of d.matchAll(/([MLlZ])|(-?\d*\.?\d+)/g)) {
    if (letter) {
      flush();
      if (letter === "Z") points.push("Z");
      else command = letter;
    } else numbers.push(Number(number));
  }
  flush();
  return points;
}

describe("compactPath", () => {
  it("writes line-tos relative to the point before, starting each ring absolute", () => {
    expect(compactPath("M1.5,2L3,4L2.5,1Z M10,10L9,9Z")).toBe("M1.5,2l1.5,2-0.5-3ZM10,10l-1-1Z");
    expect(compactPath("M0,0L0.1,0.2L0.3,0.1")).toBe("M0,0l0.1,0.2 0.2-0.1");
  });

  it("draws exactly the same points as the absolute path", () => {
    const point = fc
      .tuple(fc.integer({ min: 0, max: 8000 }), fc.integer({ min: 0, max: 7000 }))
      .map(([x, y]) => `${x / 10},${y / 10}`);
    const ring = fc.array(point, { minLength: 2, maxLength: 12 }).map(
      (ps) =>
        `M${ps[0]}${ps
          .slice(1)
          .map((p) => `L${p}`)
          .join("")}Z`,
    );
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 4 }), (rings) => {
        const d = rings.join("");
        expect(absolutePoints(compactPath(d))).toEqual(absolutePoints(d));
      }),
    );
  });
});
