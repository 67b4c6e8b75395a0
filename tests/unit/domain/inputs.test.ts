import { describe, expect, it } from "vitest";
import { CreateScenarioInput, ForkScenarioInput, GetScenarioInput, ListScenariosInput, UpdateScenarioInput } from "@/server/domain/inputs.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join("."));

describe("ListScenariosInput", () => {
  it("defaults the limit to 20 and accepts 1..100", () => {
    expect(ListScenariosInput.parse({})).toEqual({ limit: 20 });
    expect(ListScenariosInput.parse({ limit: 1 }).limit).toBe(1);
    expect(ListScenariosInput.parse({ limit: 100 }).limit).toBe(100);
  });

  it.each([0, 101, 1000, 2.5, -1, "5"])("rejects limit %s", (limit) => {
    expect(paths(ListScenariosInput.safeParse({ limit }))).toEqual(["limit"]);
  });

  it("caps query at 200 characters and cursor at 500", () => {
    expect(ListScenariosInput.safeParse({ query: "q".repeat(200) }).success).toBe(true);
    expect(paths(ListScenariosInput.safeParse({ query: "q".repeat(201) }))).toEqual(["query"]);
    expect(paths(ListScenariosInput.safeParse({ cursor: "c".repeat(501) }))).toEqual(["cursor"]);
  });
});

describe("ids", () => {
  it.each([
    ["empty", ""],
    ["65 characters", "i".repeat(65)],
    ["a number", 7],
  ])("rejects an id that is %s", (_label, id) => {
    expect(paths(GetScenarioInput.safeParse({ id }))).toEqual(["id"]);
  });

  it("accepts a generated-looking id and rejects unknown keys", () => {
    expect(GetScenarioInput.safeParse({ id: "zrh6Ju3a-AvlMh8exNTk4Q" }).success).toBe(true);
    expect(GetScenarioInput.safeParse({ id: "zrh6Ju3a-AvlMh8exNTk4Q", deleted: true }).success).toBe(false);
  });
});

describe("UpdateScenarioInput and CreateScenarioInput", () => {
  it("need a whole-number baseVersion of at least 1", () => {
    const input = { id: "abc", document: statusQuoDocument() };
    expect(UpdateScenarioInput.safeParse({ ...input, baseVersion: 1 }).success).toBe(true);
    for (const baseVersion of [0, 1.5, "2", null, 2 ** 53]) expect(paths(UpdateScenarioInput.safeParse({ ...input, baseVersion })), String(baseVersion)).toEqual(["baseVersion"]);
  });

  it("validate the document with the full schema, prefixing its paths", () => {
    const document = { ...statusQuoDocument(), title: "" };
    expect(paths(CreateScenarioInput.safeParse({ document }))).toEqual(["document.title"]);
  });
});

describe("ForkScenarioInput", () => {
  it("takes an optional title with the document's title rules", () => {
    expect(ForkScenarioInput.parse({ id: "abc" })).toEqual({ id: "abc" });
    expect(ForkScenarioInput.parse({ id: "abc", title: " Mine " })).toEqual({ id: "abc", title: "Mine" });
    expect(paths(ForkScenarioInput.safeParse({ id: "abc", title: "t".repeat(201) }))).toEqual(["title"]);
    expect(paths(ForkScenarioInput.safeParse({ id: "abc", title: "" }))).toEqual(["title"]);
  });
});
