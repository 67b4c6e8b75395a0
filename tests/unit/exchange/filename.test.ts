import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportFileName, localIsoDate, titleSlug } from "@/server/domain/exchange/filename.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";

describe("export file names", () => {
  it("slug the seed titles readably", () => {
    expect(SEED_SCENARIOS.slice(0, 4).map((s) => titleSlug(s.document().title))).toEqual([
      "status-quo-early-may-2025",
      "us-proposal-april-2025",
      "russias-conditions-june-2024-with-the-buffer-zone-of-may", // cut at a word, at most 60 characters
      "ukraine-and-europes-counter-proposal-april-2025",
    ]);
    const slug = (key: string) => titleSlug(SEED_SCENARIOS.find((s) => s.key === key)!.document().title);
    expect(slug("line-2026-08-22")).toBe("line-of-control-22-aug-2026");
    for (const seed of SEED_SCENARIOS) expect(titleSlug(seed.document().title), seed.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each([
    ["Zaporizhzhia: à la carte — élan", "zaporizhzhia-a-la-carte-elan"],
    ["../../etc/passwd", "etc-passwd"],
    ['<script>alert("x")</script>', "script-alert-x-script"],
    ["CON", "con"],
    ["Мирний план", "scenario"],
    ["   ", "scenario"],
    ["x".repeat(100), "x".repeat(60)],
  ])("slugs %j as %j", (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
  });

  it("is always a safe, non-empty name of at most 60 characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (title) => {
        expect(titleSlug(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(titleSlug(title).length).toBeLessThanOrEqual(60);
      }),
    );
  });

  it("adds the export date and the extension", () => {
    expect(exportFileName("U.S. proposal (April 2025)", "scenario-json", "2025-06-01")).toBe(
      "us-proposal-april-2025-2025-06-01.json",
    );
    expect(exportFileName("U.S. proposal (April 2025)", "territory-csv", "2025-06-01")).toBe(
      "us-proposal-april-2025-territory-2025-06-01.csv",
    );
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
  });
});
