import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { REMOVE } from "../helpers/documents.ts";
import { baseVersionCases, describeRejections, TEN_KB, type Case as BadInputCase } from "../helpers/bad-input.ts";
import { profileDocumentWith, seedProfileDocument } from "../helpers/profile-sets.ts";
import { strangerSecret } from "../helpers/editable.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// Every case must be rejected with its code, name the offending field, and leave every row as it was.
// Party 0 of the seed document is Russia; kharkiv has the options ukraine, line and russia.

const t = testDbPerFile({ seed: [] });
let id: string;
let seedId: string;
/** The edit secret of `id`: every case that is not about the secret sends the right one. */
let editSecret: string;
/** Another set's edit secret: valid, but not for `id`. */
let otherSecret: string;
beforeAll(async () => {
  const created = await t.caller.profileSet.create({ document: seedProfileDocument() });
  id = created.id;
  editSecret = created.editSecret!;
  otherSecret = (await t.caller.profileSet.create({ document: seedProfileDocument() })).editSecret!;
  seedId = (await t.caller.profileSet.list()).items.find((i) => i.isSeed)!.id;
});

type Procedure = "list" | "get" | "create" | "update" | "fork" | "delete" | "rotateEditSecret" | "setPublished";
type Case = BadInputCase<Procedure>;

const doc = seedProfileDocument;
const at = profileDocumentWith;
const party = (i: number, patch: Record<string, unknown>) => {
  const d = doc() as unknown as { parties: Record<string, unknown>[] };
  d.parties[i] = { ...d.parties[i], ...patch };
  return d;
};
const update = (patch: Record<string, unknown>) => () => ({ id, editSecret, baseVersion: 1, document: doc(), ...patch });

const documentCases = (procedure: "create" | "update"): Case[] => {
  const input = (document: unknown) => () =>
    procedure === "create" ? { document } : { id, editSecret, baseVersion: 1, document };
  const p0 = "document\\.parties\\.0";
  return [
    ["an array as the document", procedure, input([doc()]), "BAD_REQUEST", /document/],
    ["a string as the document", procedure, input("seed"), "BAD_REQUEST", /document/],
    [
      "no document",
      procedure,
      () => (procedure === "create" ? {} : { id, editSecret, baseVersion: 1 }),
      "BAD_REQUEST",
      /document/,
    ],
    ["a number as the name", procedure, input({ ...doc(), name: 42 }), "BAD_REQUEST", /document\.name/],
    ["a 10 kB name", procedure, input({ ...doc(), name: TEN_KB }), "BAD_REQUEST", /document\.name: At most 200 characters/],
    ["a blank name", procedure, input({ ...doc(), name: "   " }), "BAD_REQUEST", /document\.name: Name the profile set/],
    [
      "a NUL character in the name",
      procedure,
      input({ ...doc(), name: "\u0000" }),
      "BAD_REQUEST",
      /document\.name: Contains a control character/,
    ],
    ["no name", procedure, input(at(["name"], REMOVE)), "BAD_REQUEST", /document\.name/],
    ["a 10 kB description", procedure, input({ ...doc(), description: TEN_KB }), "BAD_REQUEST", /document\.description/],
    ["another schemaVersion", procedure, input({ ...doc(), schemaVersion: 2 }), "BAD_REQUEST", /document\.schemaVersion/],
    ["an unknown key in the document", procedure, input({ ...doc(), owner: "me" }), "BAD_REQUEST", /document: .*owner/],
    [
      "an object as parties",
      procedure,
      input({ ...doc(), parties: { russia: doc().parties[0] } }),
      "BAD_REQUEST",
      /document\.parties/,
    ],
    [
      "one party",
      procedure,
      input({ ...doc(), parties: doc().parties.slice(0, 1) }),
      "BAD_REQUEST",
      /document\.parties: At least two parties/,
    ],
    [
      "seven parties",
      procedure,
      input({ ...doc(), parties: Array.from({ length: 7 }, (_, i) => ({ ...doc().parties[0]!, partyId: `party-${i}` })) }),
      "BAD_REQUEST",
      /document\.parties: At most six parties/,
    ],
    [
      "a duplicate party",
      procedure,
      input({ ...doc(), parties: [...doc().parties, doc().parties[0]] }),
      "BAD_REQUEST",
      /document\.parties\.3\.partyId: Party "russia" appears twice/,
    ],
    ["an upper-case party id", procedure, input(party(0, { partyId: "Russia" })), "BAD_REQUEST", new RegExp(`${p0}\\.partyId`)],
    ["an unknown key in a party", procedure, input(party(0, { colour: "red" })), "BAD_REQUEST", new RegExp(`${p0}: .*colour`)],
    ["a blank party name", procedure, input(party(0, { name: " " })), "BAD_REQUEST", new RegExp(`${p0}\\.name`)],
    ["a 10 kB rationale", procedure, input(party(0, { rationale: TEN_KB })), "BAD_REQUEST", new RegExp(`${p0}\\.rationale`)],
    [
      "a negative weight",
      procedure,
      input(at(["parties", 0, "weights", "kharkiv"], -1)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.weights\\.kharkiv: Weights cannot be negative`),
    ],
    [
      "a weight over 100",
      procedure,
      input(at(["parties", 0, "weights", "kharkiv"], 101)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.weights\\.kharkiv`),
    ],
    [
      "a string as weight",
      procedure,
      input(at(["parties", 0, "weights", "kharkiv"], "4")),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.weights\\.kharkiv`),
    ],
    [
      "an infinite weight",
      procedure,
      input(at(["parties", 0, "weights", "kharkiv"], Number.POSITIVE_INFINITY)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.weights\\.kharkiv`),
    ],
    [
      "a value of 101",
      procedure,
      input(at(["parties", 0, "values", "kharkiv", "line"], 101)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.values\\.kharkiv\\.line: At most 100`),
    ],
    [
      "a negative value",
      procedure,
      input(at(["parties", 0, "values", "nato", "open"], -0.5)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.values\\.nato\\.open: At least 0`),
    ],
    [
      "NaN as a value",
      procedure,
      input(at(["parties", 0, "values", "nato", "open"], Number.NaN)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.values\\.nato\\.open`),
    ],
    [
      "a reservation of 101",
      procedure,
      input(party(0, { reservation: 101 })),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.reservation: At most 100`),
    ],
    [
      "no reservation",
      procedure,
      input(at(["parties", 0, "reservation"], REMOVE)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.reservation`),
    ],
    [
      "an unknown dimension weighted",
      procedure,
      input(at(["parties", 0, "weights", "atlantis"], 5)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.weights\\.atlantis: Unknown dimension "atlantis"`),
    ],
    [
      "an unknown dimension valued",
      procedure,
      input(at(["parties", 0, "values", "atlantis"], { yes: 1 })),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.values\\.atlantis: Unknown dimension "atlantis"`),
    ],
    [
      "an unknown option",
      procedure,
      input(at(["parties", 0, "values", "nato", "maybe"], 50)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.values\\.nato\\.maybe: Unknown option "maybe"`),
    ],
    [
      "a missing option value",
      procedure,
      input(at(["parties", 0, "values", "kharkiv", "line"], REMOVE)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.values\\.kharkiv\\.line: Give a value for`),
    ],
    [
      "a weighted dimension without values",
      procedure,
      input(at(["parties", 0, "values", "kharkiv"], REMOVE)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.values\\.kharkiv: A weighted dimension needs values`),
    ],
    [
      "a 41-character dimension key",
      procedure,
      input(at(["parties", 0, "weights", "k".repeat(41)], 1)),
      "BAD_REQUEST",
      new RegExp(`${p0}\\.weights`),
    ],
  ];
};

const withSecret = (procedure: Procedure, base: Record<string, unknown>) => {
  if (procedure === "update") return { ...base, editSecret, baseVersion: 1, document: doc() };
  if (procedure === "setPublished") return { ...base, editSecret, published: true };
  if (procedure === "delete" || procedure === "rotateEditSecret") return { ...base, editSecret };
  return base;
};

const idCases = (procedure: "get" | "fork" | "delete" | "update" | "rotateEditSecret" | "setPublished"): Case[] => {
  const input = (value: unknown) => () => withSecret(procedure, { id: value });
  return [
    ["an empty id", procedure, input(""), "BAD_REQUEST", /\bid: Give a profile set id/],
    ["a 10 kB id", procedure, input(TEN_KB), "BAD_REQUEST", /\bid: Not a profile set id/],
    ["a number as id", procedure, input(42), "BAD_REQUEST", /\bid: /],
    ["null as id", procedure, input(null), "BAD_REQUEST", /\bid: /],
    ["a NUL character in the id", procedure, input("A\u0000"), "BAD_REQUEST", /\bid: Not a profile set id/],
    ["an unknown id", procedure, input("AAAAAAAAAAAAAAAAAAAAAA"), "NOT_FOUND", /No profile set with id "AAAAAAAAAAAAAAAAAAAAAA"/],
    ["a scenario's id", procedure, input("__scenario__"), "NOT_FOUND", /No profile set with id/],
    ["no input at all", procedure, () => undefined, "BAD_REQUEST", /\(input\)/],
    ["an array as input", procedure, () => [{ id }], "BAD_REQUEST", /\(input\)/],
  ];
};

/** A view link (or none) never mutates: the secret is checked before anything else about the set. */
const secretCases = (procedure: "update" | "delete" | "rotateEditSecret" | "setPublished"): Case[] => {
  const input = (secret: unknown) => () => ({ ...withSecret(procedure, { id }), editSecret: secret });
  const refused = /^editSecret: this link does not allow editing the profile set/;
  return [
    [
      "no edit secret",
      procedure,
      input(undefined),
      "BAD_REQUEST",
      /editSecret: Send the edit secret of the profile set's edit link/,
    ],
    ["an empty edit secret", procedure, input(""), "BAD_REQUEST", /editSecret: Send the edit secret/],
    ["a 10 kB edit secret", procedure, input(TEN_KB), "BAD_REQUEST", /editSecret: Not an edit secret/],
    ["a number as edit secret", procedure, input(42), "BAD_REQUEST", /editSecret/],
    ["null as edit secret", procedure, input(null), "BAD_REQUEST", /editSecret/],
    ["an unknown edit secret", procedure, input(strangerSecret()), "FORBIDDEN", refused],
    [
      "another set's edit secret",
      procedure,
      () => ({ ...withSecret(procedure, { id }), editSecret: otherSecret }),
      "FORBIDDEN",
      refused,
    ],
    [
      "the secret with a character more",
      procedure,
      () => ({ ...withSecret(procedure, { id }), editSecret: `${editSecret}A` }),
      "FORBIDDEN",
      refused,
    ],
    [
      "the secret's prefix",
      procedure,
      () => ({ ...withSecret(procedure, { id }), editSecret: editSecret.slice(0, -1) }),
      "FORBIDDEN",
      refused,
    ],
    [
      "the secret in other case",
      procedure,
      () => ({
        ...withSecret(procedure, { id }),
        editSecret: editSecret.toUpperCase() === editSecret ? editSecret.toLowerCase() : editSecret.toUpperCase(),
      }),
      "FORBIDDEN",
      refused,
    ],
    [
      "the seed set with any secret",
      procedure,
      () => ({ ...withSecret(procedure, { id: seedId }), editSecret: otherSecret }),
      "FORBIDDEN",
      /seed assumptions cannot be changed/,
    ],
  ];
};

const cases: Case[] = [
  ["limit 0", "list", () => ({ limit: 0 }), "BAD_REQUEST", /limit/],
  ["limit 1000", "list", () => ({ limit: 1000 }), "BAD_REQUEST", /limit/],
  ["a fractional limit", "list", () => ({ limit: 1.5 }), "BAD_REQUEST", /limit/],
  ["a string limit", "list", () => ({ limit: "20" }), "BAD_REQUEST", /limit/],
  ["a 10 kB query", "list", () => ({ query: TEN_KB }), "BAD_REQUEST", /query: At most 200/],
  ["a number as query", "list", () => ({ query: 5 }), "BAD_REQUEST", /query/],
  ["a NUL character in the query", "list", () => ({ query: "\u0000" }), "BAD_REQUEST", /query: Contains a control character/],
  ["a cursor (list is not paged)", "list", () => ({ cursor: "abc" }), "BAD_REQUEST", /cursor/],
  ["an array as input", "list", () => [], "BAD_REQUEST", /\(input\)/],
  ...idCases("get"),
  ["an unknown key", "get", () => ({ id, include: "forks" }), "BAD_REQUEST", /include/],
  ...documentCases("create"),
  [
    "an unknown key next to the document",
    "create",
    () => ({ document: doc(), id: "chosen-id" }),
    "BAD_REQUEST",
    /\(input\): .*"id"/,
  ],
  [
    "a scenario as the document",
    "create",
    () => ({ document: { schemaVersion: 1, title: "A scenario", terms: {} } }),
    "BAD_REQUEST",
    /document/,
  ],
  ...documentCases("update"),
  ...idCases("update"),
  ...baseVersionCases(update),
  [
    "any save of the read-only seed set",
    "update",
    () => ({ id: seedId, editSecret, baseVersion: 1, document: doc() }),
    "FORBIDDEN",
    /seed assumptions cannot be changed/,
  ],
  [
    "a stale baseVersion with a wrong secret (refused before the conflict)",
    "update",
    () => update({ baseVersion: 7, editSecret: otherSecret })(),
    "FORBIDDEN",
    /^editSecret: /,
  ],
  ...secretCases("update"),
  ...idCases("fork"),
  ["a blank fork name", "fork", () => ({ id, name: "  " }), "BAD_REQUEST", /name: Name the profile set/],
  [
    "a NUL character in the fork name (the case fast-check found on PostgreSQL)",
    "fork",
    () => ({ id, name: "\u0000" }),
    "BAD_REQUEST",
    /name: Contains a control character/,
  ],
  ["a 10 kB fork name", "fork", () => ({ id, name: TEN_KB }), "BAD_REQUEST", /name: At most 200 characters/],
  ["a number as fork name", "fork", () => ({ id, name: 1 }), "BAD_REQUEST", /name/],
  ["a title instead of a name", "fork", () => ({ id, title: "Copy" }), "BAD_REQUEST", /title/],
  ...idCases("delete"),
  ["an unknown key", "delete", () => ({ id, editSecret, force: true }), "BAD_REQUEST", /force/],
  ...secretCases("delete"),
  ...idCases("rotateEditSecret"),
  ["an unknown key", "rotateEditSecret", () => ({ id, editSecret, next: "mine" }), "BAD_REQUEST", /next/],
  ...secretCases("rotateEditSecret"),
  ...idCases("setPublished"),
  ["no published flag", "setPublished", () => ({ id, editSecret }), "BAD_REQUEST", /published/],
  ["a string as published", "setPublished", () => ({ id, editSecret, published: "true" }), "BAD_REQUEST", /published/],
  ...secretCases("setPublished"),
];

describeRejections(
  "profileSet",
  ["list", "get", "create", "update", "fork", "delete", "rotateEditSecret", "setPublished"] as const,
  cases,
  () => t,
);

describe("the valid baselines", () => {
  it("the set the cases aim at and the seed set are still there, unchanged, at version 1", async () => {
    expect(await t.caller.profileSet.get({ id })).toMatchObject({
      version: 1,
      published: false,
      readOnly: false,
      document: seedProfileDocument(),
    });
    // The secret the cases held back is still the set's: nothing rotated or revoked it.
    expect((await t.db.profileSet.findUniqueOrThrow({ where: { id } })).editSecretHash).toBe(
      createHash("sha256").update(editSecret).digest("hex"),
    );
    expect(await t.caller.profileSet.get({ id: seedId })).toMatchObject({
      version: 1,
      isSeed: true,
      document: seedProfileDocument(),
    });
  });
});
