import { beforeAll, describe, expect, it } from "vitest";
import { hashEditSecret } from "@/server/db/edit-secrets.ts";
import { baseVersionCases, describeRejections, TEN_KB, type Case as BadInputCase } from "../helpers/bad-input.ts";
import { statusQuoDocument, withRegion, withValueAt } from "../helpers/documents.ts";
import { createEditable, strangerSecret, type Editable } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// Every case must be rejected with its code, name the offending field, and leave every row as it was.

const t = testDbPerFile({ seed: ["status-quo-2025-05"] });
let id: string;
let editSecret: string;
/** A deleted scenario, the target of undelete's cases. */
let deleted: Editable;
/** Another scenario: its secret opens only itself. */
let other: Editable;
let seed: string;
beforeAll(async () => {
  ({ id, editSecret } = await createEditable(t.caller));
  other = await createEditable(t.caller);
  deleted = await createEditable(t.caller);
  await t.caller.scenario.delete({ id: deleted.id, editSecret: deleted.editSecret });
  seed = await seedId(t.db, "status-quo-2025-05");
});

const MUTATIONS = ["update", "delete", "undelete", "rotateEditSecret", "setPublished"] as const;
type Mutation = (typeof MUTATIONS)[number];
type Procedure = "list" | "get" | "create" | "fork" | Mutation;
type Case = BadInputCase<Procedure>;

const doc = statusQuoDocument;
const update = (patch: Record<string, unknown>) => () => ({ id, editSecret, baseVersion: 1, document: doc(), ...patch });

/** A valid input of `procedure` for the scenario `target` (the live one; undelete: the deleted one). */
function validInput(
  procedure: Mutation,
  target = procedure === "undelete" ? deleted : { id, editSecret },
): Record<string, unknown> {
  const base = { id: target.id, editSecret: target.editSecret };
  if (procedure === "update") return { ...base, baseVersion: 1, document: doc() };
  if (procedure === "setPublished") return { ...base, published: true };
  return base;
}
const mutation = (procedure: Mutation, patch: Record<string, unknown>) => () => ({ ...validInput(procedure), ...patch });

const documentCases = (procedure: "create" | "update"): Case[] => {
  const input = (document: unknown) => () =>
    procedure === "create" ? { document } : { id, editSecret, baseVersion: 1, document };
  return [
    ["an array as the document", procedure, input([doc()]), "BAD_REQUEST", /document/],
    [
      "no document",
      procedure,
      () => (procedure === "create" ? {} : { id, editSecret, baseVersion: 1 }),
      "BAD_REQUEST",
      /document/,
    ],
    ["a number as the title", procedure, input({ ...doc(), title: 42 }), "BAD_REQUEST", /document\.title/],
    [
      "a 10 kB title",
      procedure,
      input({ ...doc(), title: TEN_KB }),
      "BAD_REQUEST",
      /Title can't be longer than 200 characters \(document\.title\)/,
    ],
    ["an empty title", procedure, input({ ...doc(), title: " " }), "BAD_REQUEST", /document\.title/],
    // PostgreSQL cannot store U+0000: refused on both databases alike.
    [
      "a NUL character in the title",
      procedure,
      input({ ...doc(), title: "Kharkiv\u0000" }),
      "BAD_REQUEST",
      /Title: Contains a control character \(document\.title\)/,
    ],
    [
      "a string for km²",
      procedure,
      input(withRegion(doc(), "UA-63", { russiaKm2: "1150" })),
      "BAD_REQUEST",
      /document\.terms\.territory\.UA-63\.russiaKm2/,
    ],
    [
      "negative km²",
      procedure,
      input(withRegion(doc(), "UA-63", { russiaKm2: -1 })),
      "BAD_REQUEST",
      /Kharkiv: Russia's km² can't be negative \(document\.terms\.territory\.UA-63\.russiaKm2\)/,
    ],
    [
      "km² over the region's area",
      procedure,
      input(withRegion(doc(), "UA-63", { russiaKm2: 31_416, ukraineKm2: 0 })),
      "BAD_REQUEST",
      /Kharkiv: Russia's km² can't exceed the region's 31,415 km² \(document\.terms\.territory\.UA-63\.russiaKm2\)/,
    ],
    [
      "figures adding up to more than the area",
      procedure,
      input(withRegion(doc(), "UA-63", { russiaKm2: 31_415, ukraineKm2: 1 })),
      "BAD_REQUEST",
      /Kharkiv: .*31,416.* \(document\.terms\.territory\.UA-63\)/,
    ],
    [
      "a missing region",
      procedure,
      input(withValueAt(doc(), ["terms", "territory", "UA-63"], undefined)),
      "BAD_REQUEST",
      /document\.terms\.territory\.UA-63/,
    ],
    ["an unknown key in the document", procedure, input({ ...doc(), owner: "me" }), "BAD_REQUEST", /document: .*owner/],
    [
      "an unknown key in a region",
      procedure,
      input(withRegion(doc(), "UA-63", { population: 1 } as never)),
      "BAD_REQUEST",
      /Kharkiv: Unknown field "population" \(document\.terms\.territory\.UA-63\)/,
    ],
    [
      "an unknown option",
      procedure,
      input(withValueAt(doc(), ["terms", "sanctions", "relief", "value"], "most")),
      "BAD_REQUEST",
      /document\.terms\.sanctions\.relief\.value/,
    ],
    [
      "a bad date",
      procedure,
      input(withValueAt(doc(), ["terms", "ceasefire", "startDate", "value"], "2025-13-40")),
      "BAD_REQUEST",
      /document\.terms\.ceasefire\.startDate\.value/,
    ],
    [
      "an unknown declaring party",
      procedure,
      input(withValueAt(doc(), ["terms", "ceasefire", "declaredBy", "value"], "belarus")),
      "BAD_REQUEST",
      /document\.terms\.ceasefire\.declaredBy\.value/,
    ],
    [
      "a duplicate party",
      procedure,
      input({ ...doc(), parties: [...doc().parties, doc().parties[0]] }),
      "BAD_REQUEST",
      /document\.parties\.3\.id/,
    ],
    ["another schemaVersion", procedure, input({ ...doc(), schemaVersion: 1 }), "BAD_REQUEST", /document\.schemaVersion/],
  ];
};

const idCases = (procedure: "get" | "fork" | Mutation): Case[] => {
  const input = (value: unknown) => () =>
    procedure === "get" || procedure === "fork" ? { id: value } : { ...validInput(procedure), id: value };
  return [
    ["an empty id", procedure, input(""), "BAD_REQUEST", /\bid: /],
    ["a 10 kB id", procedure, input(TEN_KB), "BAD_REQUEST", /\bid: /],
    ["a number as id", procedure, input(42), "BAD_REQUEST", /\bid: /],
    ["a NUL character in the id", procedure, input("A\u0000"), "BAD_REQUEST", /\bid: Not a scenario id/],
    ["an unknown id", procedure, input("AAAAAAAAAAAAAAAAAAAAAA"), "NOT_FOUND", /AAAAAAAAAAAAAAAAAAAAAA/],
    ["no input at all", procedure, () => undefined, "BAD_REQUEST", /The input/],
    ["an array as input", procedure, () => [{ id }], "BAD_REQUEST", /The input/],
  ];
};

/**
 * The edit secret of every mutation: absent, empty or too long is BAD_REQUEST naming editSecret;
 * well-formed but not this scenario's (a stranger's, another scenario's, the view id, garbage of
 * a valid length, a near miss) is FORBIDDEN naming editSecret; a seed has none to give.
 */
const secretCases = (procedure: Mutation): Case[] => {
  // Read when a case runs: the scenarios exist only after beforeAll.
  const target = () => (procedure === "undelete" ? deleted : { id, editSecret });
  const secret = (value: unknown) => mutation(procedure, { editSecret: value });
  const refused = (label: string, value: () => string): Case => [
    label,
    procedure,
    () => ({ ...validInput(procedure), editSecret: value() }),
    "FORBIDDEN",
    /^editSecret: .*fork it/,
  ];
  return [
    ["no editSecret", procedure, secret(undefined), "BAD_REQUEST", /editSecret: Send the edit secret/],
    ["an empty editSecret", procedure, secret(""), "BAD_REQUEST", /editSecret: Send the edit secret/],
    ["a 65-character editSecret", procedure, secret("s".repeat(65)), "BAD_REQUEST", /editSecret: Not an edit secret/],
    ["a 10 kB editSecret", procedure, secret(TEN_KB), "BAD_REQUEST", /editSecret: Not an edit secret/],
    ["a number as editSecret", procedure, secret(42), "BAD_REQUEST", /editSecret: /],
    ["null as editSecret", procedure, secret(null), "BAD_REQUEST", /editSecret: /],
    [
      "an array as editSecret",
      procedure,
      () => ({ ...validInput(procedure), editSecret: [target().editSecret] }),
      "BAD_REQUEST",
      /editSecret: /,
    ],
    [
      "an editSecret key spelt otherwise",
      procedure,
      () => ({ ...validInput(procedure), editSecret: undefined, secret: target().editSecret }),
      "BAD_REQUEST",
      /editSecret/,
    ],
    refused("a well-formed editSecret of no scenario", strangerSecret),
    refused("another scenario's editSecret", () => other.editSecret),
    refused("the view id as editSecret", () => target().id),
    refused("64 characters of garbage as editSecret", () => "!".repeat(64)),
    refused("a one-character editSecret", () => "a"),
    refused("the editSecret in upper case", () => target().editSecret.toUpperCase()),
    refused("the editSecret with a space around it", () => ` ${target().editSecret} `),
    refused("the editSecret less its last character", () => target().editSecret.slice(0, -1)),
    refused("the SHA-256 of the editSecret", () => hashEditSecret(target().editSecret)),
    [
      "a seed, with some other scenario's secret",
      procedure,
      () => ({ ...validInput(procedure), id: seed, editSecret: other.editSecret }),
      procedure === "undelete" ? "NOT_FOUND" : "FORBIDDEN",
      procedure === "undelete" ? /No deleted scenario/ : /^editSecret: /,
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
  ["a malformed cursor", "list", () => ({ cursor: "not-a-cursor" }), "BAD_REQUEST", /cursor/],
  ["an unknown key", "list", () => ({ page: 2 }), "BAD_REQUEST", /page/],
  ...idCases("get"),
  ["an unknown key", "get", () => ({ id, include: "revisions" }), "BAD_REQUEST", /include/],
  ...documentCases("create"),
  [
    "an unknown key next to the document",
    "create",
    () => ({ document: doc(), id: "chosen-id" }),
    "BAD_REQUEST",
    /Unknown field "id"/,
  ],
  ...documentCases("update"),
  ...idCases("update"),
  ...secretCases("update"),
  [
    "a wrong editSecret with a stale baseVersion",
    "update",
    () => ({ ...validInput("update"), editSecret: strangerSecret(), baseVersion: 7 }),
    "FORBIDDEN",
    /^editSecret: /,
  ],
  ...baseVersionCases(update),
  ...idCases("fork"),
  ["an empty fork title", "fork", () => ({ id, title: "  " }), "BAD_REQUEST", /title/],
  [
    "a NUL character in a fork title",
    "fork",
    () => ({ id, title: "\u0000" }),
    "BAD_REQUEST",
    /Title: Contains a control character \(title\)/,
  ],
  ["a NUL character in the query", "list", () => ({ query: "\u0000" }), "BAD_REQUEST", /query: Contains a control character/],
  [
    "a 10 kB fork title",
    "fork",
    () => ({ id, title: TEN_KB }),
    "BAD_REQUEST",
    /Title can't be longer than 200 characters \(title\)/,
  ],
  ["a number as fork title", "fork", () => ({ id, title: 1 }), "BAD_REQUEST", /title/],
  ["an editSecret (fork needs none)", "fork", () => ({ id, editSecret }), "BAD_REQUEST", /editSecret/],
  ...idCases("delete"),
  ...secretCases("delete"),
  ...idCases("undelete"),
  ...secretCases("undelete"),
  ["a live scenario", "undelete", () => ({ id, editSecret }), "NOT_FOUND", /No deleted scenario/],
  [
    "a deleted scenario, for delete",
    "delete",
    () => ({ id: deleted.id, editSecret: deleted.editSecret }),
    "NOT_FOUND",
    /No scenario with id/,
  ],
  ...idCases("rotateEditSecret"),
  ...secretCases("rotateEditSecret"),
  ["an unknown key", "rotateEditSecret", mutation("rotateEditSecret", { newSecret: "mine" }), "BAD_REQUEST", /newSecret/],
  ...idCases("setPublished"),
  ...secretCases("setPublished"),
  ["no published", "setPublished", mutation("setPublished", { published: undefined }), "BAD_REQUEST", /published: /],
  ['"true" as published', "setPublished", mutation("setPublished", { published: "true" }), "BAD_REQUEST", /published: /],
  ["1 as published", "setPublished", mutation("setPublished", { published: 1 }), "BAD_REQUEST", /published: /],
  [
    "a deleted scenario, for setPublished",
    "setPublished",
    () => ({ id: deleted.id, editSecret: deleted.editSecret, published: true }),
    "NOT_FOUND",
    /No scenario with id/,
  ],
  [
    "a deleted scenario, for rotateEditSecret",
    "rotateEditSecret",
    () => ({ id: deleted.id, editSecret: deleted.editSecret }),
    "NOT_FOUND",
    /No scenario with id/,
  ],
];

describeRejections("scenario", ["list", "get", "create", "fork", ...MUTATIONS] as const, cases, () => t);

describe("the valid baseline", () => {
  it("the scenario the cases aim at is still there, unchanged, at version 1, unlisted, and its secret still works", async () => {
    expect(await t.caller.scenario.get({ id })).toMatchObject({
      version: 1,
      published: false,
      readOnly: false,
      document: statusQuoDocument(),
    });
    await expectTRPCError(() => t.caller.scenario.get({ id: deleted.id }), "NOT_FOUND");
    // The valid inputs the cases were made from are accepted (on a copy, to leave the cases' targets alone).
    const copy = await createEditable(t.caller);
    const onCopy = (procedure: Mutation) => ({ ...validInput(procedure, copy) }) as never;
    expect(await t.caller.scenario.update(onCopy("update"))).toMatchObject({ version: 2 });
    expect(await t.caller.scenario.setPublished(onCopy("setPublished"))).toMatchObject({ published: true });
    expect(await t.caller.scenario.delete(onCopy("delete"))).toEqual({ id: copy.id, deleted: true });
    expect(await t.caller.scenario.undelete(onCopy("undelete"))).toMatchObject({ id: copy.id, version: 2 });
    expect((await t.caller.scenario.rotateEditSecret(onCopy("rotateEditSecret"))).editSecret).not.toBe(copy.editSecret);
  });
});
