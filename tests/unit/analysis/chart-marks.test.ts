import { describe, expect, it } from "vitest";
import { chartMarks, mergeNearbySolutions, shortTitle } from "@/app/_components/analysis/chart-marks.ts";
import type { SessionResult } from "@/app/_components/analysis/worker-protocol.ts";

const solution = (index: number, utilities: number[]) => ({ index, utilities, options: {} });
const result = (nash: number[], ks: number[], maximin: number[]) =>
  ({ nash: solution(1, nash), kalaiSmorodinsky: solution(2, ks), maximin: solution(3, maximin) }) as unknown as SessionResult;

describe("chart marks", () => {
  it("draws coincident solutions as one mark listing every name; scenarios at the same point too", () => {
    const marks = chartMarks(
      result([60, 50], [60, 50], [40, 40]),
      [
        { title: "A (2025)", utilities: [10, 10] },
        { title: "B", utilities: [10, 10] },
      ],
      (i) => `package ${i}`,
    );
    expect(marks.map((m) => [m.kind, m.names, m.shortNames])).toEqual([
      ["solution", ["Nash", "Kalai–Smorodinsky"], ["Nash", "Kalai–Smorodinsky"]],
      ["solution", ["Maximin"], ["Maximin"]],
      ["scenario", ["A (2025)", "B"], ["A", "B"]],
    ]);
    expect(marks[0]!.description).toBe("package 1");
  });

  it("merges solutions that would overlap at this size, and only those", () => {
    const marks = chartMarks(result([60, 50], [61, 50], [30, 30]), [], String);
    const merged = mergeNearbySolutions(marks, (m) => [m.values[0]! * 4, m.values[1]! * 4], 16);
    expect(merged.map((m) => m.shortNames)).toEqual([["Nash", "Kalai–Smorodinsky"], ["Maximin"]]);
    expect(merged[0]!.names).toEqual(["Nash", "Kalai–Smorodinsky (≈)"]);
    expect(mergeNearbySolutions(marks, (m) => [m.values[0]! * 40, m.values[1]! * 40], 16)).toHaveLength(3);
  });

  it("shortens a title by its trailing parenthesis only", () => {
    expect(shortTitle("U.S. proposal (April 2025)")).toBe("U.S. proposal");
    expect(shortTitle("Russia's conditions (June 2024, with the buffer zone of May 2025)")).toBe("Russia's conditions");
    expect(shortTitle("(only)")).toBe("(only)");
  });
});
