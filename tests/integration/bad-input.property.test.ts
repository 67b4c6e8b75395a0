import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { allPaths, REMOVE, statusQuoDocument, withValueAt } from "../helpers/documents.ts";
import { openTestDb, type TestDb } from "../helpers/test-db.ts";

// No input, however odd, may reach the server's catch-all (INTERNAL_SERVER_ERROR); a rejected call
// writes nothing. NUM_RUNS raises the effort when hunting (e.g. PARLEY_FC_RUNS=2000).

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 100);

let t: TestDb;
let id: string;
beforeAll(async () => {
  t = await openTestDb();
  ({ id } = await t.caller.scenario.create({ document: statusQuoDocument() }));
});
afterAll(async () => {
  await t.close();
});

const base = statusQuoDocument();
const paths = allPaths(base);
const odd = fc.oneof(
  fc.anything({ withBigInt: false, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
  fc.constantFrom(REMOVE, -1, -0, 0.5, 1e308, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "x".repeat(10_240), null, [], {}),
  fc.string({ unit: "binary", maxLength: 300 }),
);

const valueAt = (path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], base);
/** A value of the same kind as the one it replaces: often still valid, so some documents get through. */
const sameKind = (path: (string | number)[]) => {
  const current = valueAt(path);
  if (typeof current === "number") return fc.integer({ min: 0, max: Math.max(0, Math.floor(current)) });
  if (typeof current === "string") return fc.string({ maxLength: 30 });
  return fc.constant(current);
};

/** A valid document with one to three values replaced, removed, or extra keys added. */
const mutatedDocument = fc
  .array(
    fc.oneof(
      fc.record({ path: fc.constantFrom(...paths), value: odd }),
      fc.constantFrom(...paths).chain((path) => sameKind(path).map((value) => ({ path, value }))),
      fc.record({ path: fc.constantFrom(...paths).chain((p) => fc.string({ maxLength: 12 }).map((k) => [...p.slice(0, -1), k])), value: odd }),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((edits) => {
    let doc: unknown = base;
    for (const { path, value } of edits) {
      try {
        doc = withValueAt(doc, path, value);
      } catch {
        // An earlier edit removed or replaced the parent: skip this one.
      }
    }
    return doc;
  });

const anyDocument = fc.oneof({ weight: 1, arbitrary: odd }, { weight: 3, arbitrary: mutatedDocument });

const shown = (input: unknown) => String(JSON.stringify(input)).slice(0, 300);
const tally = { accepted: 0, rejected: 0 };

async function expectCleanOutcome(call: () => Promise<unknown>, input: unknown) {
  const before = await snapshotDatabase(t.db);
  let error: unknown;
  try {
    await call();
    tally.accepted++;
    return "accepted" as const;
  } catch (e) {
    error = e;
  }
  tally.rejected++;
  expect(error, shown(input)).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code, shown(input)).not.toBe("INTERNAL_SERVER_ERROR");
  expect(await snapshotDatabase(t.db)).toEqual(before);
  return "rejected" as const;
}

describe("arbitrary inputs", () => {
  it("create: never a server error; a rejection writes nothing; an acceptance reads back as the schema parses it", async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, fc.boolean(), async (document, wrap) => {
        const input = wrap ? { document } : document;
        let created: { id: string } | undefined;
        const outcome = await expectCleanOutcome(async () => (created = await t.caller.scenario.create(input as never)), input);
        if (outcome === "accepted") {
          // Stored as JSON: compare with the JSON of what the schema accepted (-0 reads back as 0).
          const parsed = JSON.parse(JSON.stringify(ScenarioDocument.parse(document)));
          expect((await t.caller.scenario.get({ id: created!.id })).document).toEqual(parsed);
          await t.db.scenario.delete({ where: { id: created!.id } });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("update: never a server error; a rejection writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, fc.oneof(fc.constant(undefined), odd), async (document, baseVersion) => {
        const { version } = await t.caller.scenario.get({ id });
        const input = { id, baseVersion: baseVersion === undefined ? version : baseVersion, document };
        const outcome = await expectCleanOutcome(() => t.caller.scenario.update(input as never), input);
        if (outcome === "accepted") expect((await t.caller.scenario.get({ id })).version).toBe(version + 1);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("list, get, fork, delete and undelete: never a server error", async () => {
    const procedures = ["list", "get", "fork", "delete", "undelete"] as const;
    const input = fc.oneof(odd, fc.dictionary(fc.constantFrom("id", "query", "cursor", "limit", "title", "extra"), odd, { maxKeys: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...procedures), input, async (procedure, value) => {
        const call = t.caller.scenario[procedure] as (input: unknown) => Promise<unknown>;
        const error = await call(value).then(
          () => null,
          (e: { code?: string }) => e,
        );
        expect(error?.code, `${procedure}(${shown(value)})`).not.toBe("INTERNAL_SERVER_ERROR");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("list with well-formed cursors holding odd timestamps and ids: never a server error", async () => {
    const updatedAt = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string({ maxLength: 40 }), fc.integer().map(String));
    const cursor = fc.record({ updatedAt, id: fc.string({ unit: "binary", maxLength: 80 }) }).map((c) => Buffer.from(JSON.stringify(c)).toString("base64url"));
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
