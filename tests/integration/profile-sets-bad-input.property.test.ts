import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ProfileSetDocument } from "@/server/domain/analysis/model.ts";
import {
  cleanOutcomes,
  expectCreateAcceptsOnlyWhatParses,
  expectNoServerErrorFromAnyInput,
  mutatedDocuments,
  NUM_RUNS,
  oddValues,
  shown,
} from "../helpers/bad-input.ts";
import { REMOVE } from "../helpers/documents.ts";
import { seedProfileDocument } from "../helpers/profile-sets.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// No input, however odd, may reach the server's catch-all (INTERNAL_SERVER_ERROR); a rejected call
// writes nothing. NUM_RUNS raises the effort when hunting (e.g. PARLEY_FC_RUNS=2000).

const t = testDbPerFile({ seed: [] });
let id: string;
let editSecret: string;
let otherSecret: string;
beforeAll(async () => {
  const created = await t.caller.profileSet.create({ document: seedProfileDocument() });
  id = created.id;
  editSecret = created.editSecret!;
  otherSecret = (await t.caller.profileSet.create({ document: seedProfileDocument() })).editSecret!;
});

const base = seedProfileDocument();
const odd = oddValues(
  [REMOVE, -1, -0, 0.5, 100.5, 101, 1e308, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "x".repeat(10_240), null, [], {}],
  300,
);

/** Keys that exist somewhere in the model: an extra key is sometimes a known dimension, option or party field. */
const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "kharkiv",
    "nato",
    "atlantis",
    "line",
    "strip",
    "open",
    "maybe",
    "partyId",
    "weights",
    "reservation",
    "__proto__",
    "constructor",
  ),
);

/** A valid document with one to three values replaced, removed, or extra keys added. */
const mutatedDocument = mutatedDocuments(base, (paths, valueAt) => {
  /** A value of the same kind as the one it replaces: often still valid, so some documents get through. */
  const sameKind = (path: (string | number)[]) => {
    const current = valueAt(path);
    if (typeof current === "number")
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
    if (typeof current === "string") return fc.string({ maxLength: 30 });
    return fc.constant(current);
  };
  return fc.oneof(
    fc.record({ path: fc.constantFrom(...paths), value: odd }),
    fc.constantFrom(...paths).chain((path) => sameKind(path).map((value) => ({ path, value }))),
    fc.record({ path: fc.constantFrom(...paths).chain((p) => key.map((k) => [...p.slice(0, -1), k])), value: odd }),
    // Swap two parties' ids: a duplicate party, or a valid reordering of names.
    fc.record({
      path: fc.constantFrom(["parties", 0, "partyId"], ["parties", 1, "partyId"], ["parties", 2, "partyId"]),
      value: fc.constantFrom("russia", "ukraine", "united-states", "eu"),
    }),
  );
});

/** Edit secrets: mostly well-formed but wrong (another set's, near misses, random base64url), or odd values. */
const wrongSecret = fc.oneof(
  fc.constant(undefined),
  odd,
  fc.string({
    unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
    minLength: 22,
    maxLength: 22,
  }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 70 }),
  fc.constant(null).map(() => otherSecret),
  fc.nat({ max: 21 }).map((i) => `${editSecret.slice(0, i)}${editSecret[i] === "A" ? "B" : "A"}${editSecret.slice(i + 1)}`),
  fc.constant(null).map(() => `${editSecret} `),
);
/** The right secret three times in four: so that document and baseVersion checks are reached. */
const anySecret = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null).map(() => editSecret) },
  { weight: 1, arbitrary: wrongSecret },
);

const anyDocument = fc.oneof({ weight: 1, arbitrary: odd }, { weight: 3, arbitrary: mutatedDocument });

const { tally, expectCleanOutcome } = cleanOutcomes(() => t.db);

describe("arbitrary inputs", () => {
  it("create: never a server error; a rejection writes nothing; an acceptance reads back as the schema parses it", async () => {
    await expectCreateAcceptsOnlyWhatParses(t, "profileSet", anyDocument, ProfileSetDocument, expectCleanOutcome);
  });

  it("update: never a server error; a rejection writes nothing; an acceptance bumps the version", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyDocument,
        fc.oneof(fc.constant(undefined), fc.integer({ min: -2, max: 1000 }), odd),
        anySecret,
        async (document, baseVersion, secret) => {
          const { version } = await t.caller.profileSet.get({ id });
          const input = { id, editSecret: secret, baseVersion: baseVersion === undefined ? version : baseVersion, document };
          const outcome = await expectCleanOutcome(() => t.caller.profileSet.update(input as never), input);
          if (outcome === "accepted") {
            // Only the set's own edit secret ever opens it.
            expect(secret, shown(input)).toBe(editSecret);
            const after = await t.caller.profileSet.get({ id });
            expect(after.version).toBe(version + 1);
            expect(after.document).toEqual(JSON.parse(JSON.stringify(ProfileSetDocument.parse(document))));
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("fork with any name: never a server error; a rejection writes nothing; a fork reads back", async () => {
    const name = fc.oneof(odd, fc.string({ maxLength: 210 }), fc.string({ unit: "grapheme", maxLength: 120 }));
    await fc.assert(
      fc.asyncProperty(name, async (value) => {
        const input = { id, name: value };
        let fork: { id: string; document: { name: string } } | undefined;
        const outcome = await expectCleanOutcome(async () => (fork = await t.caller.profileSet.fork(input as never)), input);
        if (outcome === "accepted") {
          expect(await t.caller.profileSet.get({ id: fork!.id })).toMatchObject({
            parentId: id,
            document: { name: fork!.document.name },
          });
          await t.db.profileSet.delete({ where: { id: fork!.id } });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("update, delete, rotateEditSecret and setPublished with any wrong secret: never a server error, always refused, nothing written", async () => {
    const procedures = ["update", "delete", "rotateEditSecret", "setPublished"] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...procedures),
        wrongSecret,
        fc.constantFrom("own", "seed", "unknown"),
        async (procedure, secret, target) => {
          const setId =
            target === "own"
              ? id
              : target === "seed"
                ? (await t.db.profileSet.findFirstOrThrow({ where: { seedKey: { not: null } } })).id
                : "AAAAAAAAAAAAAAAAAAAAAA";
          const { version } = target === "unknown" ? { version: 1 } : await t.caller.profileSet.get({ id: setId });
          const extra =
            procedure === "update"
              ? { baseVersion: version, document: seedProfileDocument() }
              : procedure === "setPublished"
                ? { published: true }
                : {};
          const input = { id: setId, editSecret: secret, ...extra };
          const call = t.caller.profileSet[procedure] as (input: unknown) => Promise<unknown>;
          const outcome = await expectCleanOutcome(() => call(input), input);
          expect(outcome, `${procedure}(${shown(input)})`).toBe("rejected");
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("list, get, fork, delete, rotateEditSecret and setPublished: never a server error", async () => {
    const procedures = ["list", "get", "fork", "delete", "rotateEditSecret", "setPublished"] as const;
    const input = fc.oneof(
      odd,
      fc.dictionary(fc.constantFrom("id", "query", "limit", "name", "editSecret", "published", "extra"), odd, { maxKeys: 4 }),
    );
    await expectNoServerErrorFromAnyInput(t, "profileSet", procedures, input);
  });

  it("the generators produced both accepted and rejected documents", () => {
    // Guards against a generator that only ever produces rejects (or only valid documents).
    if (process.env.PARLEY_FC_TALLY) console.log(tally);
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.rejected).toBeGreaterThan(tally.accepted);
  });
});
