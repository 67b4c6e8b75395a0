import { beforeAll, describe, expect, it } from "vitest";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { describeRejections, TEN_KB, type Case as BadInputCase } from "../helpers/bad-input.ts";
import { createEditable, strangerSecret } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// scenario.compare / diff / history / restore: every case is rejected with its code, names the
// offending field, and leaves every row as it was. The target scenario has revisions 1 and 2.

const t = testDbPerFile({ seed: ["status-quo-2025-05", "us-proposal-2025-04"] });
let id: string;
let editSecret: string;
let other: { id: string; editSecret: string };
let sq: string;
let us: string;
beforeAll(async () => {
  ({ id, editSecret } = await createEditable(t.caller));
  await t.caller.scenario.update({
    id,
    editSecret,
    baseVersion: 1,
    document: withRegion(statusQuoDocument(), "UA-63", { russiaKm2: 0, ukraineKm2: 31_415 }),
  });
  other = await createEditable(t.caller);
  sq = await seedId(t.db, "status-quo-2025-05");
  us = await seedId(t.db, "us-proposal-2025-04");
});

type Procedure = "compare" | "diff" | "history" | "restore";
type Case = BadInputCase<Procedure>;

const UNKNOWN = "AAAAAAAAAAAAAAAAAAAAAA";
const at = (revision: unknown) => () => ({ from: { id, revision }, to: { id } });
const restore = (patch: Record<string, unknown>) => () => ({ id, editSecret, revision: 1, baseVersion: 2, ...patch });

const cases: Case[] = [
  ["one id", "compare", () => ({ ids: [sq] }), "BAD_REQUEST", /ids: Pick at least two/],
  ["no ids", "compare", () => ({ ids: [] }), "BAD_REQUEST", /ids: Pick at least two/],
  ["five ids", "compare", () => ({ ids: [sq, us, id, "a1", "a2"] }), "BAD_REQUEST", /ids: At most four/],
  ["a duplicate id", "compare", () => ({ ids: [sq, us, sq] }), "BAD_REQUEST", /ids: Each scenario at most once/],
  [
    "a referenceId not among the ids",
    "compare",
    () => ({ ids: [sq, us], referenceId: id }),
    "BAD_REQUEST",
    /referenceId: The reference must be one/,
  ],
  ["a string as ids", "compare", () => ({ ids: sq }), "BAD_REQUEST", /ids: /],
  ["numbers as ids", "compare", () => ({ ids: [1, 2] }), "BAD_REQUEST", /ids\.0: /],
  ["an empty id", "compare", () => ({ ids: [sq, ""] }), "BAD_REQUEST", /ids\.1: /],
  ["a 10 kB id", "compare", () => ({ ids: [sq, TEN_KB] }), "BAD_REQUEST", /ids\.1: /],
  ["a number as referenceId", "compare", () => ({ ids: [sq, us], referenceId: 0 }), "BAD_REQUEST", /referenceId: /],
  ["no ids key", "compare", () => ({ referenceId: sq }), "BAD_REQUEST", /ids: /],
  ["an unknown key", "compare", () => ({ ids: [sq, us], columns: 2 }), "BAD_REQUEST", /columns/],
  ["no input", "compare", () => undefined, "BAD_REQUEST", /The input/],
  ["an unknown id", "compare", () => ({ ids: [sq, UNKNOWN] }), "NOT_FOUND", new RegExp(UNKNOWN)],

  ["revision 0", "diff", at(0), "BAD_REQUEST", /from\.revision: Revisions are numbered from 1/],
  ["revision -1", "diff", at(-1), "BAD_REQUEST", /from\.revision: /],
  ["revision 1.5", "diff", at(1.5), "BAD_REQUEST", /from\.revision: A whole revision number/],
  ['revision "1"', "diff", at("1"), "BAD_REQUEST", /from\.revision: /],
  ["revision null", "diff", at(null), "BAD_REQUEST", /from\.revision: /],
  ["revision NaN", "diff", at(Number.NaN), "BAD_REQUEST", /from\.revision: /],
  ["revision 10⁶ + 1", "diff", at(1_000_001), "BAD_REQUEST", /from\.revision: /],
  ["to.revision 0", "diff", () => ({ from: { id }, to: { id, revision: 0 } }), "BAD_REQUEST", /to\.revision: /],
  ["no from", "diff", () => ({ to: { id } }), "BAD_REQUEST", /from: /],
  ["an id string as from", "diff", () => ({ from: id, to: { id } }), "BAD_REQUEST", /from: /],
  ["an empty from.id", "diff", () => ({ from: { id: "" }, to: { id } }), "BAD_REQUEST", /from\.id: /],
  ["an unknown key in from", "diff", () => ({ from: { id, version: 1 }, to: { id } }), "BAD_REQUEST", /from: .*version/],
  ["an unknown revision", "diff", at(99), "NOT_FOUND", /revision 99/],
  ["an unknown id", "diff", () => ({ from: { id: UNKNOWN }, to: { id } }), "NOT_FOUND", new RegExp(UNKNOWN)],

  ["an empty id", "history", () => ({ id: "" }), "BAD_REQUEST", /\bid: /],
  ["a 10 kB id", "history", () => ({ id: TEN_KB }), "BAD_REQUEST", /\bid: /],
  ["a number as id", "history", () => ({ id: 42 }), "BAD_REQUEST", /\bid: /],
  ["an unknown key", "history", () => ({ id, revision: 1 }), "BAD_REQUEST", /revision/],
  ["an array as input", "history", () => [{ id }], "BAD_REQUEST", /The input/],
  ["an unknown id", "history", () => ({ id: UNKNOWN }), "NOT_FOUND", new RegExp(UNKNOWN)],

  ["revision 0", "restore", restore({ revision: 0 }), "BAD_REQUEST", /\brevision: /],
  ["revision -1", "restore", restore({ revision: -1 }), "BAD_REQUEST", /\brevision: /],
  ["revision 1.5", "restore", restore({ revision: 1.5 }), "BAD_REQUEST", /\brevision: /],
  ['revision "1"', "restore", restore({ revision: "1" }), "BAD_REQUEST", /\brevision: /],
  ["no revision", "restore", restore({ revision: undefined }), "BAD_REQUEST", /\brevision: /],
  ["baseVersion 0", "restore", restore({ baseVersion: 0 }), "BAD_REQUEST", /baseVersion: /],
  ["baseVersion 1.5", "restore", restore({ baseVersion: 1.5 }), "BAD_REQUEST", /baseVersion: /],
  ['baseVersion "2"', "restore", restore({ baseVersion: "2" }), "BAD_REQUEST", /baseVersion: /],
  ["baseVersion 2,147,483,647", "restore", restore({ baseVersion: 2_147_483_647 }), "BAD_REQUEST", /baseVersion: /],
  ["revision 2,147,483,647", "restore", restore({ revision: 2_147_483_647 }), "BAD_REQUEST", /\brevision: /],
  ["an empty id", "restore", restore({ id: "" }), "BAD_REQUEST", /\bid: /],
  ["a number as id", "restore", restore({ id: 7 }), "BAD_REQUEST", /\bid: /],
  ["an unknown key", "restore", restore({ document: statusQuoDocument() }), "BAD_REQUEST", /document/],
  ["no input", "restore", () => undefined, "BAD_REQUEST", /The input/],
  ["a stale baseVersion", "restore", restore({ baseVersion: 1 }), "CONFLICT", /baseVersion/],
  ["a baseVersion from the future", "restore", restore({ baseVersion: 3 }), "CONFLICT", /baseVersion/],
  ["an unknown revision", "restore", restore({ revision: 3 }), "NOT_FOUND", /revision 3/],
  ["an unknown id", "restore", restore({ id: UNKNOWN }), "NOT_FOUND", new RegExp(UNKNOWN)],
  ["no editSecret", "restore", restore({ editSecret: undefined }), "BAD_REQUEST", /editSecret: /],
  ["an empty editSecret", "restore", restore({ editSecret: "" }), "BAD_REQUEST", /editSecret: /],
  ["a 65-character editSecret", "restore", restore({ editSecret: "s".repeat(65) }), "BAD_REQUEST", /editSecret: /],
  ["a 10 kB editSecret", "restore", restore({ editSecret: TEN_KB }), "BAD_REQUEST", /editSecret: /],
  ["a number as editSecret", "restore", restore({ editSecret: 42 }), "BAD_REQUEST", /editSecret: /],
  ["null as editSecret", "restore", restore({ editSecret: null }), "BAD_REQUEST", /editSecret: /],
  [
    "a wrong editSecret",
    "restore",
    () => ({ id, editSecret: strangerSecret(), revision: 1, baseVersion: 2 }),
    "FORBIDDEN",
    /^editSecret: /,
  ],
  ["a 64-character garbage editSecret", "restore", restore({ editSecret: "!".repeat(64) }), "FORBIDDEN", /^editSecret: /],
  [
    "another scenario's editSecret",
    "restore",
    () => ({ id, editSecret: other.editSecret, revision: 1, baseVersion: 2 }),
    "FORBIDDEN",
    /^editSecret: /,
  ],
  [
    "the view id as editSecret",
    "restore",
    () => ({ id, editSecret: id, revision: 1, baseVersion: 2 }),
    "FORBIDDEN",
    /^editSecret: /,
  ],
  [
    "a wrong editSecret with a stale baseVersion",
    "restore",
    () => ({ id, editSecret: strangerSecret(), revision: 1, baseVersion: 1 }),
    "FORBIDDEN",
    /^editSecret: /,
  ],
  ["a seed (no edit secret exists)", "restore", () => ({ id: sq, editSecret, revision: 1 }), "FORBIDDEN", /^editSecret: /],
  ["an editSecret on a read-only procedure", "history", () => ({ id, editSecret }), "BAD_REQUEST", /editSecret/],
];

describeRejections("scenario", ["compare", "diff", "history", "restore"] as const, cases, () => t);

describe("the valid baseline", () => {
  it("the cases' scenario is still at version 2 with two revisions, and the valid inputs work", async () => {
    expect((await t.caller.scenario.get({ id })).version).toBe(2);
    expect((await t.caller.scenario.history({ id })).items.map((r) => r.number)).toEqual([2, 1]);
    expect((await t.caller.scenario.compare({ ids: [sq, us] })).scenarios).toHaveLength(2);
    expect((await t.caller.scenario.diff({ from: { id, revision: 1 }, to: { id } })).changes.map((c) => c.id)).toEqual([
      "territory.UA-63.russiaKm2",
      "territory.UA-63.ukraineKm2",
    ]);
  });
});
