import { describe, expect, it } from "vitest";
import { fieldInWords, issueInWords } from "@/server/domain/issue-words.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { statusQuoDocument, withRegion, withValueAt } from "../../helpers/documents.ts";

// Validation problems in words a person reads, named by the region and the term.

const problems = (doc: unknown) => {
  const result = ScenarioDocument.safeParse(doc);
  if (result.success) throw new Error("expected the document to be invalid");
  return result.error.issues.map((issue) => issueInWords(issue));
};

describe("issueInWords", () => {
  it("names the region and the figure: 'Vinnytsia: Russia's km² can't exceed the region's 26,513 km²'", () => {
    expect(problems(withRegion(statusQuoDocument(), "UA-05", { russiaKm2: 99_999 }))).toContain(
      "Vinnytsia: Russia's km² can't exceed the region's 26,513 km²",
    );
  });

  it("says negative, missing and non-numeric figures plainly, for the API's paths too", () => {
    expect(problems(withRegion(statusQuoDocument(), "UA-63", { russiaKm2: -3 }))).toEqual([
      "Kharkiv: Russia's km² can't be negative",
    ]);
    expect(problems(withRegion(statusQuoDocument(), "UA-63", { ukraineKm2: Number.NaN }))).toEqual([
      "Kharkiv: Ukraine's km² must be a number of km²",
    ]);
    expect(problems(withRegion(statusQuoDocument(), "UA-63", { contestedKm2: "12" }))).toEqual([
      "Kharkiv: contested km² must be a number of km²",
    ]);
    const api = ScenarioDocument.safeParse(withRegion(statusQuoDocument(), "UA-63", { russiaKm2: -3 }));
    const issue = api.error!.issues[0]!;
    expect(issueInWords({ ...issue, path: ["document", ...issue.path] })).toBe("Kharkiv: Russia's km² can't be negative");
  });

  it("names catalogue terms by issue and label, with their units", () => {
    const depth = withValueAt(statusQuoDocument(), ["terms", "bufferZone", "depthKm", "value"], 500);
    expect(problems(depth)).toEqual(["Buffer zone: Depth can't be more than 200 km"]);
    const duration = withValueAt(statusQuoDocument(), ["terms", "ceasefire", "duration", "value"], 0);
    expect(problems(duration)).toEqual(["Ceasefire: Duration must be at least 1 day"]);
    const long = withValueAt(statusQuoDocument(), ["terms", "ceasefire", "duration", "value"], 9_999);
    expect(problems(long)).toEqual(["Ceasefire: Duration can't be more than 3,650 days"]);
    const relief = withValueAt(statusQuoDocument(), ["terms", "sanctions", "relief", "value"], "most");
    expect(problems(relief)).toEqual([
      'Sanctions: Sanctions relief for Russia must be one of "none", "partial", "staged", "full"',
    ]);
    const note = withValueAt(statusQuoDocument(), ["terms", "sanctions", "relief", "note"], "x".repeat(501));
    expect(problems(note)).toEqual(["Sanctions: Sanctions relief for Russia (source note) can't be longer than 500 characters"]);
  });

  it("keeps the schema's own sentences (row totals, the title) after the field's name", () => {
    expect(problems(withRegion(statusQuoDocument(), "UA-63", { russiaKm2: 31_415, ukraineKm2: 1 }))).toEqual([
      "Kharkiv: Russia + Ukraine + contested = 31,416 km², more than Kharkiv's area of 31,415 km²",
    ]);
    expect(problems({ ...statusQuoDocument(), title: " " })).toEqual(["Title: Give the scenario a title"]);
    expect(problems({ ...statusQuoDocument(), owner: "me" })).toEqual(['Unknown field "owner"']);
  });

  it("leaves fields outside a scenario named by their path", () => {
    expect(fieldInWords(["editSecret"])).toBeNull();
    expect(
      issueInWords({ path: ["editSecret"], message: "Not an edit secret", code: "too_big", origin: "string", maximum: 64 }),
    ).toBe("editSecret: Not an edit secret");
    expect(fieldInWords(["parties", 1, "name"])).toBe("Party 2 (name)");
    expect(fieldInWords(["terms", "territory", "RU-KRS"])).toBe("Kursk");
  });
});
