import type { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import {
  cleanOutcomes,
  expectCreateAcceptsOnlyWhatParses,
  expectNoServerErrorFromAnyInput,
  expectNotServerError,
  mutatedDocuments,
  NUM_RUNS,
  oddValues,
  shown,
} from "../helpers/bad-input.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { validDocument } from "../helpers/document-arbitrary.ts";
import { REMOVE, statusQuoDocument } from "../helpers/documents.ts";
import { createEditable, strangerSecret } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// No input, however odd, may reach the server's catch-all (INTERNAL_SERVER_ERROR); a rejected call
// writes nothing. NUM_RUNS raises the effort when hunting (e.g. PARLEY_FC_RUNS=2000).

const t = testDbPerFile({ seed: ["status-quo-2025-05"] });
let id: string;
/** The target's edit secret now (rotateEditSecret replaces it). */
let editSecret: string;
/** Secrets the target had before a rotation: refused from then on. */
const revoked: string[] = [];
let otherSecret: string;
let seed: string;
beforeAll(async () => {
  ({ id, editSecret } = await createEditable(t.caller));
  ({ editSecret: otherSecret } = await createEditable(t.caller));
  seed = await seedId(t.db, "status-quo-2025-05");
});

const base = statusQuoDocument();
const odd = oddValues(
  [REMOVE, -1, -0, 0.5, 1e308, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "x".repeat(10_240), null, [], {}],
  300,
);

/** A valid document with one to three values replaced, removed, or extra keys added. */
const mutatedDocument = mutatedDocuments(base, (paths, valueAt) => {
  /** A value of the same kind as the one it replaces: often still valid, so some documents get through. */
  const sameKind = (path: (string | number)[]) => {
    const current = valueAt(path);
    if (typeof current === "number") return fc.integer({ min: 0, max: Math.max(0, Math.floor(current)) });
    if (typeof current === "string") return fc.string({ maxLength: 30 });
    return fc.constant(current);
  };
  return fc.oneof(
    fc.record({ path: fc.constantFrom(...paths), value: odd }),
    fc.constantFrom(...paths).chain((path) => sameKind(path).map((value) => ({ path, value }))),
    fc.record({
      path: fc.constantFrom(...paths).chain((p) => fc.string({ maxLength: 12 }).map((k) => [...p.slice(0, -1), k])),
      value: odd,
    }),
  );
});

const anyDocument = fc.oneof({ weight: 1, arbitrary: odd }, { weight: 3, arbitrary: mutatedDocument });

// Placeholders for values known only when a case runs (the current secret changes on rotation).
const VALID = Symbol("the target's current edit secret");
const REVOKED = Symbol("a secret the target had before a rotation");
const OTHER = Symbol("another scenario's edit secret");
const TARGET = Symbol("the target's id");
const SEED = Symbol("a seed's id");
const STRANGER = strangerSecret();

/** The editSecret field of a mutation: the right one, a refused one, or garbage. */
const secretField = fc.oneof(
  { weight: 4, arbitrary: fc.constant(VALID) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(REVOKED, OTHER, TARGET, STRANGER, "", "s".repeat(65), "!".repeat(64), "AAAAAAAAAAAAAAAAAAAAAA"),
  },
  { weight: 2, arbitrary: odd },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);
const idField = fc.oneof(
  { weight: 4, arbitrary: fc.constant(TARGET) },
  fc.constantFrom(SEED, "AAAAAAAAAAAAAAAAAAAAAA", "__proto__"),
  odd,
);

function resolve(value: unknown): unknown {
  if (value === VALID) return editSecret;
  if (value === REVOKED) return revoked.at(-1) ?? STRANGER;
  if (value === OTHER) return otherSecret;
  if (value === TARGET) return id;
  if (value === SEED) return seed;
  return value;
}

const { tally, expectCleanOutcome } = cleanOutcomes(() => t.db);

describe("arbitrary inputs", () => {
  it("create: never a server error; a rejection writes nothing; an acceptance reads back as the schema parses it", async () => {
    await expectCreateAcceptsOnlyWhatParses(t, "scenario", anyDocument, ScenarioDocument, expectCleanOutcome);
  });

  it("update: never a server error; a rejection writes nothing; only the current edit secret saves", async () => {
    const seen = { accepted: 0, forbidden: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyDocument, validDocument),
        fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: odd }),
        fc.option(secretField, { nil: undefined, freq: 8 }),
        async (document, baseVersion, secret) => {
          const { version } = await t.caller.scenario.get({ id });
          const input = {
            id,
            editSecret: resolve(secret),
            baseVersion: baseVersion === undefined ? version : baseVersion,
            document,
          };
          let error: TRPCError | undefined;
          const outcome = await expectCleanOutcome(
            () => t.caller.scenario.update(input as never).catch((e: TRPCError) => Promise.reject((error = e))),
            input,
          );
          if (outcome === "accepted") {
            seen.accepted++;
            expect(input.editSecret, shown(input)).toBe(editSecret);
            expect((await t.caller.scenario.get({ id })).version).toBe(version + 1);
          } else if (error?.code === "FORBIDDEN") {
            seen.forbidden++;
            expect(input.editSecret, shown(input)).not.toBe(editSecret);
          } else if (error?.code === "CONFLICT") {
            // The secret is checked first: a wrong one never learns of a conflict.
            expect(input.editSecret, shown(input)).toBe(editSecret);
          }
        },
      ),
      // Always among the runs: a save with the right secret, and one with a stranger's.
      {
        numRuns: NUM_RUNS,
        examples: [
          [statusQuoDocument(), undefined, VALID],
          [statusQuoDocument(), undefined, STRANGER],
        ],
      },
    );
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.forbidden).toBeGreaterThan(0);
  });

  it("delete, undelete, rotateEditSecret and setPublished: never a server error; a rejection writes nothing; only the current secret of the scenario itself is obeyed", async () => {
    const procedures = ["delete", "undelete", "rotateEditSecret", "setPublished"] as const;
    const seen = { accepted: 0, forbidden: 0, rotated: 0 };
    const field = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 6 });
    const input = fc.oneof(
      { weight: 1, arbitrary: odd },
      // The valid input but for the secret, mostly the right one: these are the calls that succeed.
      {
        weight: 5,
        arbitrary: fc.record({
          id: fc.constant(TARGET),
          editSecret: fc.oneof({ weight: 2, arbitrary: fc.constant(VALID) }, secretField),
          published: fc.boolean(),
          extra: fc.constant({}),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          id: field(idField),
          editSecret: field(secretField),
          published: field(fc.oneof(fc.boolean(), fc.boolean(), odd)),
          extra: fc.option(
            fc.dictionary(fc.constantFrom("secret", "newSecret", "revision", "title", "document"), odd, { maxKeys: 2 }),
            { nil: undefined, freq: 6 },
          ),
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...procedures), input, async (procedure, raw) => {
        let value: unknown = raw;
        if (raw !== null && typeof raw === "object" && "extra" in raw) {
          const { id: i, editSecret: e, published: p, extra } = raw as Record<string, unknown>;
          // A boolean `published` goes only to setPublished; elsewhere only odd ones (an unknown key all the same).
          const published = procedure === "setPublished" || typeof p !== "boolean" ? p : undefined;
          value = Object.fromEntries(
            Object.entries({ ...(extra as object), id: resolve(i), editSecret: resolve(e), published }).filter(
              ([, v]) => v !== undefined,
            ),
          );
        }
        const label = `${procedure}(${shown(value)})`;
        const sent = value as { id?: unknown; editSecret?: unknown };
        const before = await snapshotDatabase(t.db);
        const current = editSecret;
        let result: unknown;
        let error: unknown = null;
        try {
          result = await (t.caller.scenario[procedure] as (input: unknown) => Promise<unknown>)(value);
        } catch (e) {
          error = e;
        }
        if (error === null) {
          seen.accepted++;
          expect([sent.id, sent.editSecret], label).toEqual([id, current]);
          if (procedure === "delete") await t.caller.scenario.undelete({ id, editSecret });
          if (procedure === "rotateEditSecret") {
            seen.rotated++;
            const next = (result as { editSecret: string }).editSecret;
            expect(next, label).not.toBe(current);
            revoked.push(current);
            editSecret = next;
          }
          return;
        }
        expectNotServerError(error, label);
        const { code, message } = error;
        expect(message, label).not.toContain(current);
        if (code === "FORBIDDEN") {
          seen.forbidden++;
          expect(sent.id === id && sent.editSecret === current, label).toBe(false);
        }
        expect(await snapshotDatabase(t.db), label).toEqual(before);
      }),
      {
        numRuns: NUM_RUNS,
        // Always among the runs: each procedure with the right secret, and with a revoked one after a rotation.
        examples: [
          ...procedures.map(
            (p) => [p, { id: TARGET, editSecret: VALID, published: true, extra: {} }] as [(typeof procedures)[number], unknown],
          ),
          ["rotateEditSecret", { id: TARGET, editSecret: REVOKED, extra: {} }],
        ],
      },
    );
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.forbidden).toBeGreaterThan(0);
    expect(seen.rotated).toBeGreaterThan(0);
    // After it all, the target is live and opens with the last secret handed out, and no earlier one.
    expect(await t.caller.scenario.get({ id })).toMatchObject({ id, readOnly: false });
    for (const old of revoked)
      await expect(t.caller.scenario.setPublished({ id, editSecret: old, published: false })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    await t.caller.scenario.setPublished({ id, editSecret, published: false });
  });

  it("list, get and fork: never a server error", async () => {
    const procedures = ["list", "get", "fork"] as const;
    const input = fc.oneof(
      odd,
      fc.dictionary(fc.constantFrom("id", "query", "cursor", "limit", "title", "editSecret", "extra"), odd, { maxKeys: 3 }),
    );
    await expectNoServerErrorFromAnyInput(t, "scenario", procedures, input);
  });

  it("list with well-formed cursors holding odd timestamps and ids: never a server error", async () => {
    const updatedAt = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string({ maxLength: 40 }),
      fc.integer().map(String),
    );
    const cursor = fc
      .record({ updatedAt, id: fc.string({ unit: "binary", maxLength: 80 }) })
      .map((c) => Buffer.from(JSON.stringify(c)).toString("base64url"));
    await fc.assert(
      fc.asyncProperty(cursor, fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), async (c, query) => {
        const error = await t.caller.scenario.list({ cursor: c, query, limit: 2 }).then(
          () => null,
          (e: { code?: string }) => e,
        );
        expect(error?.code, shown(c)).not.toBe("INTERNAL_SERVER_ERROR");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("the generators produced both accepted and rejected documents", () => {
    // Guards against a generator that only ever produces rejects (or only valid documents).
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.rejected).toBeGreaterThan(tally.accepted);
  });
});
