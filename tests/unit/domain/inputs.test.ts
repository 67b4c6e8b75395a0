import { describe, expect, it } from "vitest";
import {
  CreateScenarioInput,
  DeleteScenarioInput,
  EditSecret,
  ForkScenarioInput,
  GetScenarioInput,
  ListScenariosInput,
  RestoreRevisionInput,
  RotateEditSecretInput,
  SetPublishedInput,
  UpdateScenarioInput,
} from "@/server/domain/inputs.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

/** The shape of a secret the server hands out: 22 base64url characters. */
const SECRET = "q1Bv8mZ-x_3kPd0aTn7YwA";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join("."));

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
    ["a NUL character", "\u0000"],
    ["a space", "ab cd"],
    ["a slash", "../etc"],
  ])("rejects an id that is %s", (_label, id) => {
    expect(paths(GetScenarioInput.safeParse({ id }))).toEqual(["id"]);
  });

  it("accepts a generated-looking id and rejects unknown keys", () => {
    expect(GetScenarioInput.safeParse({ id: "zrh6Ju3a-AvlMh8exNTk4Q" }).success).toBe(true);
    expect(GetScenarioInput.safeParse({ id: "zrh6Ju3a-AvlMh8exNTk4Q", deleted: true }).success).toBe(false);
  });
});

describe("text a person types", () => {
  // PostgreSQL refuses U+0000 in text and jsonb: both databases must see the same documents.
  it.each([
    ["NUL", "\u0000"],
    ["escape", "Kyiv\u001b[31m"],
    ["delete", "\u007f"],
  ])("refuses a %s character in a title, a fork's name and a search, naming the field", (_label, bad) => {
    const message = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);
    const title = CreateScenarioInput.safeParse({ document: { ...statusQuoDocument(), title: `A ${bad}` } });
    expect(paths(title)).toEqual(["document.title"]);
    expect(message(title)).toEqual(["Contains a control character"]);
    expect(paths(ForkScenarioInput.safeParse({ id: "abc", title: bad + "x" }))).toEqual(["title"]);
    expect(paths(ListScenariosInput.safeParse({ query: bad }))).toEqual(["query"]);
  });

  it("keeps tabs and line breaks", () => {
    const summary = "First line\n\tsecond line\r\nthird";
    expect(CreateScenarioInput.parse({ document: { ...statusQuoDocument(), summary } }).document.summary).toBe(summary);
  });
});

describe("UpdateScenarioInput and CreateScenarioInput", () => {
  it("need a whole-number baseVersion from 1 to 1,000,000", () => {
    const input = { id: "abc", editSecret: SECRET, document: statusQuoDocument() };
    for (const baseVersion of [1, 1_000_000]) expect(UpdateScenarioInput.safeParse({ ...input, baseVersion }).success).toBe(true);
    for (const baseVersion of [0, 1.5, "2", null, 1_000_001, 2 ** 31 - 1, 2 ** 53])
      expect(new Set(paths(UpdateScenarioInput.safeParse({ ...input, baseVersion }))), String(baseVersion)).toEqual(
        new Set(["baseVersion"]),
      );
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

describe("the edit secret", () => {
  it("accepts any string of 1 to 64 characters, as given (no trimming): whether it opens the scenario is the server's question", () => {
    for (const secret of [SECRET, "a", "s".repeat(64), " padded ", "!".repeat(64), "ünïcödé"])
      expect(EditSecret.parse(secret)).toBe(secret);
  });

  it.each([
    ["missing", undefined, /Send the edit secret/],
    ["empty", "", /Send the edit secret/],
    ["65 characters", "s".repeat(65), /Not an edit secret/],
    ["a number", 42, /Send the edit secret/],
    ["null", null, /Send the edit secret/],
  ])("rejects a secret that is %s, naming editSecret", (_label, editSecret, message) => {
    const result = UpdateScenarioInput.safeParse({ id: "abc", editSecret, baseVersion: 1, document: statusQuoDocument() });
    expect(paths(result)).toEqual(["editSecret"]);
    expect(result.error!.issues[0]!.message).toMatch(message);
  });

  it("is required by every mutation of an existing scenario, and by nothing that only reads or forks", () => {
    const id = "abc";
    const required = [
      [UpdateScenarioInput, { id, baseVersion: 1, document: statusQuoDocument() }],
      [DeleteScenarioInput, { id }],
      [RotateEditSecretInput, { id }],
      [SetPublishedInput, { id, published: true }],
      [RestoreRevisionInput, { id, revision: 1 }],
    ] as const;
    for (const [schema, input] of required) {
      expect(paths(schema.safeParse(input))).toEqual(["editSecret"]);
      expect(schema.safeParse({ ...input, editSecret: SECRET }).success).toBe(true);
    }
    // Reading and forking need only the view link: a secret sent along is an unknown key.
    for (const schema of [GetScenarioInput, ForkScenarioInput]) {
      expect(schema.safeParse({ id }).success).toBe(true);
      expect(schema.safeParse({ id, editSecret: SECRET }).success).toBe(false);
    }
  });

  it("setPublished needs a boolean", () => {
    for (const published of [undefined, "true", 1, null])
      expect(paths(SetPublishedInput.safeParse({ id: "abc", editSecret: SECRET, published }))).toEqual(["published"]);
    expect(SetPublishedInput.parse({ id: "abc", editSecret: SECRET, published: false })).toEqual({
      id: "abc",
      editSecret: SECRET,
      published: false,
    });
  });
});
