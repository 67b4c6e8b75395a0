import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { newScenarioDocument } from "@/server/domain/defaults.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { REMOVE, statusQuoDocument, withRegion, withValueAt } from "../../helpers/documents.ts";

type Path = (string | number)[];

function issuesOf(value: unknown): z.core.$ZodIssue[] {
  const result = ScenarioDocument.safeParse(value);
  if (result.success) throw new Error("Expected the document to be rejected");
  return result.error.issues;
}

/** Rejected, with every issue on exactly `path` (none anywhere else). */
function expectRejectedAt(value: unknown, path: Path, message?: RegExp) {
  const issues = issuesOf(value);
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) expect(issue.path).toEqual(path);
  if (message) expect(issues[0]!.message).toMatch(message);
}

const doc = statusQuoDocument;
const ceasefire = (term: string) => ["terms", "ceasefire", term, "value"];

describe("accepted documents", () => {
  it.each(SEED_SCENARIOS.map((s) => [s.key, s]))("seed %s is valid", (_key, seed) => {
    const document = seed.document();
    expect(ScenarioDocument.parse(document)).toEqual(document);
  });

  it("a new blank document is valid", () => {
    expect(ScenarioDocument.safeParse(newScenarioDocument()).success).toBe(true);
  });

  it("a region may be left partly unassigned, or held wholly by one side", () => {
    expect(ScenarioDocument.safeParse(withRegion(doc(), "UA-63", { russiaKm2: 0, ukraineKm2: 0, contestedKm2: 0 })).success).toBe(
      true,
    );
    expect(
      ScenarioDocument.safeParse(withRegion(doc(), "UA-63", { russiaKm2: 31_415, ukraineKm2: 0, contestedKm2: 0 })).success,
    ).toBe(true);
  });

  it("trims the title", () => {
    expect(ScenarioDocument.parse({ ...doc(), title: "  Spaced  " }).title).toBe("Spaced");
  });
});

describe("territory", () => {
  const row: Path = ["terms", "territory", "UA-63"];

  it("rejects negative km²", () => {
    expectRejectedAt(withRegion(doc(), "UA-63", { contestedKm2: -1 }), [...row, "contestedKm2"], /negative/);
  });

  it("rejects a figure over the region's area (Kharkiv: 31,415 km²)", () => {
    const issues = issuesOf(withRegion(doc(), "UA-63", { russiaKm2: 31_416, ukraineKm2: 0 }));
    expect(issues.map((i) => i.path)).toContainEqual([...row, "russiaKm2"]);
    expect(issues.find((i) => i.path.at(-1) === "russiaKm2")!.message).toMatch(/31,415/);
  });

  it("rejects three figures that add up to more than the area, on the region row", () => {
    expectRejectedAt(
      withRegion(doc(), "UA-63", { russiaKm2: 10_000, ukraineKm2: 21_000, contestedKm2: 416 }),
      row,
      /31,416 km².*31,415/,
    );
  });

  it("accepts three figures that add up to exactly the area", () => {
    expect(
      ScenarioDocument.safeParse(withRegion(doc(), "UA-63", { russiaKm2: 10_000, ukraineKm2: 21_000, contestedKm2: 415 }))
        .success,
    ).toBe(true);
  });

  it.each([
    ["a string", "1000"],
    ["null", null],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
  ])("rejects %s as km²", (_label, value) => {
    expectRejectedAt(withRegion(doc(), "UA-63", { russiaKm2: value }), [...row, "russiaKm2"]);
  });

  it("rejects a missing region", () => {
    expectRejectedAt(withValueAt(doc(), row, REMOVE), row);
  });

  it("rejects an unknown region and an unknown key in a row", () => {
    const extraRegion = withValueAt(doc(), ["terms", "territory", "RU-ROS"], doc().terms.territory["RU-BEL"]);
    expect(issuesOf(extraRegion)).toMatchObject([{ code: "unrecognized_keys", keys: ["RU-ROS"], path: ["terms", "territory"] }]);
    expect(issuesOf(withRegion(doc(), "UA-63", { owner: "x" } as never))).toMatchObject([
      { code: "unrecognized_keys", keys: ["owner"], path: row },
    ]);
  });

  it("rejects an unknown zone", () => {
    expectRejectedAt(withRegion(doc(), "UA-63", { zone: "no_fly" }), [...row, "zone"]);
  });
});

describe("title and other text", () => {
  it.each([
    ["empty", ""],
    ["only spaces", "   "],
    ["201 characters", "x".repeat(201)],
    ["10 kB", "x".repeat(10_240)],
    ["a number", 42],
    ["missing", REMOVE],
  ])("rejects a title that is %s", (_label, title) => {
    expectRejectedAt(withValueAt(doc(), ["title"], title), ["title"]);
  });

  it("accepts a 200-character title", () => {
    expect(ScenarioDocument.safeParse({ ...doc(), title: "x".repeat(200) }).success).toBe(true);
  });

  it("rejects a summary over 4,000 characters and a note over 500", () => {
    expectRejectedAt({ ...doc(), summary: "s".repeat(4_001) }, ["summary"]);
    expectRejectedAt(withValueAt(doc(), ["terms", "sanctions", "relief", "note"], "n".repeat(501)), [
      "terms",
      "sanctions",
      "relief",
      "note",
    ]);
  });

  it("rejects unknown extra keys at the top and inside a term", () => {
    expect(issuesOf({ ...doc(), owner: "me" })).toMatchObject([{ code: "unrecognized_keys", keys: ["owner"], path: [] }]);
    const extra = withValueAt(doc(), ["terms", "sanctions", "relief", "confidence"], 1);
    expect(issuesOf(extra)).toMatchObject([
      { code: "unrecognized_keys", keys: ["confidence"], path: ["terms", "sanctions", "relief"] },
    ]);
  });

  it("rejects another schemaVersion", () => {
    expectRejectedAt({ ...doc(), schemaVersion: 1 }, ["schemaVersion"]);
    expectRejectedAt({ ...doc(), schemaVersion: 3 }, ["schemaVersion"]);
  });
});

describe("terms", () => {
  it("rejects an option outside the closed lists", () => {
    expectRejectedAt(withValueAt(doc(), ["terms", "sanctions", "relief", "value"], "most"), [
      "terms",
      "sanctions",
      "relief",
      "value",
    ]);
    expectRejectedAt(withValueAt(doc(), ["terms", "sanctions", "relief", "status"], "rumour"), [
      "terms",
      "sanctions",
      "relief",
      "status",
    ]);
    expectRejectedAt(withValueAt(doc(), ceasefire("scope"), ["whole_front", "land"]), [...ceasefire("scope"), 1]);
  });

  it("rejects a ceasefire scope listed twice", () => {
    expectRejectedAt(withValueAt(doc(), ceasefire("scope"), ["air", "sea", "air"]), ceasefire("scope"), /at most once/);
  });

  it("rejects a unilateral ceasefire without the party that declared it", () => {
    expectRejectedAt(withValueAt(doc(), ceasefire("declaredBy"), null), ceasefire("declaredBy"), /unilateral/);
  });

  it("rejects a declaring party that is not one of the scenario's parties", () => {
    expectRejectedAt(withValueAt(doc(), ceasefire("declaredBy"), "belarus"), ceasefire("declaredBy"), /belarus/);
    expectRejectedAt(withValueAt(doc(), ceasefire("declaredBy"), "Russia"), ceasefire("declaredBy"));
  });

  it("rejects dates that do not exist or are not YYYY-MM-DD", () => {
    for (const date of ["2025-13-40", "2025-02-29", "2025-04-31", "08/05/2025", "2025-5-8", "2025-05-08T00:00:00Z"]) {
      expectRejectedAt(withValueAt(doc(), ceasefire("startDate"), date), ceasefire("startDate"));
    }
    expect(ScenarioDocument.safeParse(withValueAt(doc(), ceasefire("startDate"), "2024-02-29")).success).toBe(true);
  });

  it("rejects a duration of 0, a fraction, a negative number, or over 3,650 days", () => {
    for (const duration of [0, 1.5, -3, 3_651, "3", "forever"]) {
      expectRejectedAt(withValueAt(doc(), ceasefire("duration"), duration), ceasefire("duration"));
    }
    for (const duration of [1, 3_650, "open_ended"]) {
      expect(ScenarioDocument.safeParse(withValueAt(doc(), ceasefire("duration"), duration)).success).toBe(true);
    }
  });

  it("rejects a buffer zone deeper than 200 km or negative", () => {
    const depth = ["terms", "bufferZone", "depthKm", "value"];
    expectRejectedAt(withValueAt(doc(), depth, 201), depth);
    expectRejectedAt(withValueAt(doc(), depth, -1), depth);
  });
});

describe("parties", () => {
  it("rejects the same party id twice, naming the second", () => {
    const parties = [...doc().parties, { id: "russia", name: "Russian Federation", role: "party" }];
    expectRejectedAt({ ...doc(), parties }, ["parties", 3, "id"], /twice/);
  });

  it("rejects malformed party ids, fewer than two parties and more than twelve", () => {
    expectRejectedAt(withValueAt(doc(), ["parties", 2, "id"], "United States"), ["parties", 2, "id"]);
    expectRejectedAt(
      {
        ...doc(),
        parties: doc().parties.slice(0, 1),
        terms: { ...doc().terms, ceasefire: newScenarioDocument().terms.ceasefire },
      },
      ["parties"],
    );
    const many = Array.from({ length: 13 }, (_, i) => ({ id: `party-${i}`, name: `Party ${i}`, role: "observer" }));
    expectRejectedAt({ ...doc(), parties: [...doc().parties.slice(0, 1), ...many.slice(1)] }, ["parties"]);
  });

  it("rejects an unknown role and a blank name", () => {
    expectRejectedAt(withValueAt(doc(), ["parties", 0, "role"], "belligerent"), ["parties", 0, "role"]);
    expectRejectedAt(withValueAt(doc(), ["parties", 0, "name"], "  "), ["parties", 0, "name"]);
  });
});
