import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, withRegion, withValueAt } from "../helpers/documents.ts";
import { openTestDb, type TestDb } from "../helpers/test-db.ts";
import { trpcErrorOf } from "../helpers/trpc-errors.ts";

// Every case must be rejected with its code, name the offending field, and leave every row as it was.

let t: TestDb;
let id: string;
beforeAll(async () => {
  t = await openTestDb();
  ({ id } = await t.caller.scenario.create({ document: statusQuoDocument() }));
});
afterAll(async () => {
  await t.close();
});

type Procedure = "list" | "get" | "create" | "update" | "fork" | "delete" | "undelete";
type Case = [label: string, procedure: Procedure, input: () => unknown, code: string, field: RegExp];

const TEN_KB = "x".repeat(10_240);
const doc = statusQuoDocument;
const update = (patch: Record<string, unknown>) => () => ({ id, baseVersion: 1, document: doc(), ...patch });
const documentCases = (procedure: "create" | "update"): Case[] => {
  const input = (document: unknown) => () => (procedure === "create" ? { document } : { id, baseVersion: 1, document });
  return [
    ["an array as the document", procedure, input([doc()]), "BAD_REQUEST", /document/],
    ["no document", procedure, () => (procedure === "create" ? {} : { id, baseVersion: 1 }), "BAD_REQUEST", /document/],
    ["a number as the title", procedure, input({ ...doc(), title: 42 }), "BAD_REQUEST", /document\.title/],
    ["a 10 kB title", procedure, input({ ...doc(), title: TEN_KB }), "BAD_REQUEST", /document\.title: At most 200/],
    ["an empty title", procedure, input({ ...doc(), title: " " }), "BAD_REQUEST", /document\.title/],
    ["a string for km²", procedure, input(withRegion(doc(), "UA-63", { russiaKm2: "1150" })), "BAD_REQUEST", /document\.terms\.territory\.UA-63\.russiaKm2/],
    ["negative km²", procedure, input(withRegion(doc(), "UA-63", { russiaKm2: -1 })), "BAD_REQUEST", /document\.terms\.territory\.UA-63\.russiaKm2: Cannot be negative/],
    ["km² over the region's area", procedure, input(withRegion(doc(), "UA-63", { russiaKm2: 31_416, ukraineKm2: 0 })), "BAD_REQUEST", /document\.terms\.territory\.UA-63\.russiaKm2: At most 31,415/],
    ["figures adding up to more than the area", procedure, input(withRegion(doc(), "UA-63", { russiaKm2: 31_415, ukraineKm2: 1 })), "BAD_REQUEST", /document\.terms\.territory\.UA-63: .*31,416/],
    ["a missing region", procedure, input(withValueAt(doc(), ["terms", "territory", "UA-63"], undefined)), "BAD_REQUEST", /document\.terms\.territory\.UA-63/],
    ["an unknown key in the document", procedure, input({ ...doc(), owner: "me" }), "BAD_REQUEST", /document: .*owner/],
    ["an unknown key in a region", procedure, input(withRegion(doc(), "UA-63", { population: 1 } as never)), "BAD_REQUEST", /document\.terms\.territory\.UA-63: .*population/],
    ["an unknown option", procedure, input(withValueAt(doc(), ["terms", "sanctions", "relief", "value"], "most")), "BAD_REQUEST", /document\.terms\.sanctions\.relief\.value/],
    ["a bad date", procedure, input(withValueAt(doc(), ["terms", "ceasefire", "startDate", "value"], "2025-13-40")), "BAD_REQUEST", /document\.terms\.ceasefire\.startDate\.value/],
    ["an unknown declaring party", procedure, input(withValueAt(doc(), ["terms", "ceasefire", "declaredBy", "value"], "belarus")), "BAD_REQUEST", /document\.terms\.ceasefire\.declaredBy\.value/],
    ["a duplicate party", procedure, input({ ...doc(), parties: [...doc().parties, doc().parties[0]] }), "BAD_REQUEST", /document\.parties\.3\.id/],
    ["another schemaVersion", procedure, input({ ...doc(), schemaVersion: 2 }), "BAD_REQUEST", /document\.schemaVersion/],
  ];
};

const idCases = (procedure: "get" | "fork" | "delete" | "undelete" | "update"): Case[] => {
  const input = (value: unknown) => () => (procedure === "update" ? { id: value, baseVersion: 1, document: doc() } : { id: value });
  return [
    ["an empty id", procedure, input(""), "BAD_REQUEST", /\bid: /],
    ["a 10 kB id", procedure, input(TEN_KB), "BAD_REQUEST", /\bid: /],
    ["a number as id", procedure, input(42), "BAD_REQUEST", /\bid: /],
    ["an unknown id", procedure, input("AAAAAAAAAAAAAAAAAAAAAA"), "NOT_FOUND", /AAAAAAAAAAAAAAAAAAAAAA/],
    ["no input at all", procedure, () => undefined, "BAD_REQUEST", /\(input\)/],
    ["an array as input", procedure, () => [{ id }], "BAD_REQUEST", /\(input\)/],
  ];
};

const cases: Case[] = [
  ["limit 0", "list", () => ({ limit: 0 }), "BAD_REQUEST", /limit/],
  ["limit 1000", "list", () => ({ limit: 1000 }), "BAD_REQUEST", /limit/],
  ["a fractional limit", "list", () => ({ limit: 1.5 }), "BAD_REQUEST", /limit/],
  ["a string limit", "list", () => ({ limit: "20" }), "BAD_REQUEST", /limit/],
  ["a 10 kB query", "list", () => ({ query: TEN_KB }), "BAD_REQUEST", /query: At most 200/],
  ["a number as query", "list", () => ({ query: 5 }), "BAD_REQUEST", /query/],
  ["a malformed cursor", "list", () => ({ cursor: "not-a-cursor" }), "BAD_REQUEST", /cursor/],
  ["an unknown key", "list", () => ({ page: 2 }), "BAD_REQUEST", /page/],
  ...idCases("get"),
  ["an unknown key", "get", () => ({ id, include: "revisions" }), "BAD_REQUEST", /include/],
  ...documentCases("create"),
  ["an unknown key next to the document", "create", () => ({ document: doc(), id: "chosen-id" }), "BAD_REQUEST", /\(input\): .*"id"/],
  ...documentCases("update"),
  ...idCases("update"),
  ["baseVersion 0", "update", update({ baseVersion: 0 }), "BAD_REQUEST", /baseVersion/],
  ["a fractional baseVersion", "update", update({ baseVersion: 1.5 }), "BAD_REQUEST", /baseVersion/],
  ["a string baseVersion", "update", update({ baseVersion: "1" }), "BAD_REQUEST", /baseVersion/],
  ["no baseVersion", "update", update({ baseVersion: undefined }), "BAD_REQUEST", /baseVersion/],
  ["a stale baseVersion", "update", update({ baseVersion: 7 }), "CONFLICT", /baseVersion/],
  ...idCases("fork"),
  ["an empty fork title", "fork", () => ({ id, title: "  " }), "BAD_REQUEST", /title/],
  ["a 10 kB fork title", "fork", () => ({ id, title: TEN_KB }), "BAD_REQUEST", /title: At most 200/],
  ["a number as fork title", "fork", () => ({ id, title: 1 }), "BAD_REQUEST", /title/],
  ...idCases("delete"),
  ...idCases("undelete"),
  ["a live scenario", "undelete", () => ({ id }), "NOT_FOUND", /No deleted scenario/],
];

describe.each(["list", "get", "create", "update", "fork", "delete", "undelete"] as const)("scenario.%s", (procedure) => {
  it.each(cases.filter((c) => c[1] === procedure).map((c) => [c[0], c] as const))("rejects %s", async (_label, [, , input, code, field]) => {
    const before = await snapshotDatabase(t.db);
    const call = t.caller.scenario[procedure] as (input: unknown) => Promise<unknown>;
    const error = await trpcErrorOf(() => call(input()));
    expect({ code: error.code, message: error.message }).toMatchObject({ code, message: expect.stringMatching(field) });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});

describe("the valid baseline", () => {
  it("the scenario the cases aim at is still there, unchanged, at version 1", async () => {
    expect(await t.caller.scenario.get({ id })).toMatchObject({ version: 1, document: statusQuoDocument() });
  });
});
