import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Db } from "@/server/db/client.ts";
import { snapshotDatabase } from "./db-snapshot.ts";
import { allPaths, withValueAt } from "./documents.ts";
import type { TestDb } from "./test-db.ts";
import { trpcErrorOf } from "./trpc-errors.ts";

// Shared by the bad-input tests: a table runner for inputs that must be rejected, and the pieces
// of the fuzzing harnesses (odd values, mutated documents, "accepted, or rejected cleanly").

export const TEN_KB = "x".repeat(10_240);

/** An input `procedure` must reject with `code`, naming the offending field (matched by `field`). */
export type Case<P extends string> = [label: string, procedure: P, input: () => unknown, code: string, field: RegExp];

type Router = "scenario" | "profileSet";
type AnyCall = (input: unknown) => Promise<unknown>;

/**
 * An update's baseVersion, wrong in every way a client can get it wrong; `update(patch)` is a valid
 * update input with `patch` over it, of a document still below version 7.
 */
export const baseVersionCases = (update: (patch: Record<string, unknown>) => () => unknown): Case<"update">[] => [
  ["baseVersion 0", "update", update({ baseVersion: 0 }), "BAD_REQUEST", /baseVersion/],
  ["a negative baseVersion", "update", update({ baseVersion: -1 }), "BAD_REQUEST", /baseVersion/],
  ["a fractional baseVersion", "update", update({ baseVersion: 1.5 }), "BAD_REQUEST", /baseVersion/],
  ["a string baseVersion", "update", update({ baseVersion: "1" }), "BAD_REQUEST", /baseVersion/],
  // Beyond any version (and PostgreSQL's integer, where the next version would not fit).
  [
    "baseVersion 2,147,483,647",
    "update",
    update({ baseVersion: 2_147_483_647 }),
    "BAD_REQUEST",
    /baseVersion: No document has that many versions/,
  ],
  ["baseVersion 2^53 − 1", "update", update({ baseVersion: Number.MAX_SAFE_INTEGER }), "BAD_REQUEST", /baseVersion/],
  ["no baseVersion", "update", update({ baseVersion: undefined }), "BAD_REQUEST", /baseVersion/],
  ["a stale baseVersion", "update", update({ baseVersion: 7 }), "CONFLICT", /baseVersion/],
];

/** The procedure `router.procedure` of the test database's caller, taking any input. */
export const procedureOf = (t: TestDb, router: Router, procedure: string) =>
  (t.caller[router] as unknown as Record<string, AnyCall>)[procedure]!;

/**
 * describe `router.<procedure>` for each of `procedures`, and in it one test per case of that
 * procedure: rejected with its code, naming its field, and every row as it was. `t` is read when
 * a case runs (the database opens in beforeAll).
 */
export function describeRejections<P extends string>(
  router: Router,
  procedures: readonly P[],
  cases: Case<P>[],
  t: () => TestDb,
) {
  describe.each(procedures as P[])(`${router}.%s`, (procedure) => {
    it.each(cases.filter((c) => c[1] === procedure).map((c) => [c[0], c] as const))(
      "rejects %s",
      async (_label, [, , input, code, field]) => {
        const before = await snapshotDatabase(t().db);
        const call = procedureOf(t(), router, procedure);
        const error = await trpcErrorOf(() => call(input()));
        expect({ code: error.code, message: error.message }).toMatchObject({ code, message: expect.stringMatching(field) });
        expect(await snapshotDatabase(t().db)).toEqual(before);
      },
    );
  });
}

/** Runs per property; PARLEY_FC_RUNS raises the effort when hunting (e.g. PARLEY_FC_RUNS=2000). */
export const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 100);

/** Anything at all, the given edge cases, and binary strings of up to `maxLength` units. */
export const oddValues = (constants: unknown[], maxLength: number) =>
  fc.oneof(
    fc.anything({
      withBigInt: false,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
    }),
    fc.constantFrom(...constants),
    fc.string({ unit: "binary", maxLength }),
  );

/** For failure messages; some generated values (e.g. a "__proto__" key set to a Date) cannot be stringified. */
export const shown = (input: unknown) => {
  try {
    return String(JSON.stringify(input)).slice(0, 300);
  } catch {
    return String(fc.stringify(input)).slice(0, 300);
  }
};

type Path = (string | number)[];

/**
 * `base` with one to three edits (each a path and the value to put there: REMOVE removes), as
 * chosen by `edit`, which is given `base`'s paths and the value at a path.
 */
export function mutatedDocuments(
  base: unknown,
  edit: (paths: Path[], valueAt: (path: Path) => unknown) => fc.Arbitrary<{ path: readonly (string | number)[]; value: unknown }>,
) {
  const paths = allPaths(base);
  const valueAt = (path: Path) => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], base);
  return fc.array(edit(paths, valueAt), { minLength: 1, maxLength: 3 }).map((edits) => {
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
}

/**
 * `expectCleanOutcome(call, input)`: the call is accepted, or rejected with a TRPCError other than
 * INTERNAL_SERVER_ERROR and every row as it was. `tally` counts both.
 */
export function cleanOutcomes(db: () => Db) {
  const tally = { accepted: 0, rejected: 0 };
  async function expectCleanOutcome(call: () => Promise<unknown>, input: unknown) {
    const before = await snapshotDatabase(db());
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
    expect(await snapshotDatabase(db())).toEqual(before);
    return "rejected" as const;
  }
  return { tally, expectCleanOutcome };
}

/** `error` (what a call threw) is a TRPCError, and not the server's catch-all. */
export function expectNotServerError(error: unknown, label: string): asserts error is TRPCError {
  expect(error, label).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code, `${label}: ${(error as Error).message}`).not.toBe("INTERNAL_SERVER_ERROR");
}

/** `router.<one of procedures>` with any input never reaches the server's catch-all. */
export async function expectNoServerErrorFromAnyInput(
  t: TestDb,
  router: Router,
  procedures: readonly string[],
  input: fc.Arbitrary<unknown>,
) {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...procedures), input, async (procedure, value) => {
      const error = await procedureOf(
        t,
        router,
        procedure,
      )(value).then(
        () => null,
        (e: { code?: string }) => e,
      );
      expect(error?.code, `${procedure}(${shown(value)})`).not.toBe("INTERNAL_SERVER_ERROR");
    }),
    { numRuns: NUM_RUNS },
  );
}

/**
 * `router.create` with any document (bare or as `{ document }`): accepted or rejected cleanly, and
 * an accepted one reads back as `schema` parses it (then is deleted again).
 */
export async function expectCreateAcceptsOnlyWhatParses(
  t: TestDb,
  router: Router,
  documents: fc.Arbitrary<unknown>,
  schema: { parse(value: unknown): unknown },
  expectCleanOutcome: ReturnType<typeof cleanOutcomes>["expectCleanOutcome"],
) {
  await fc.assert(
    fc.asyncProperty(documents, fc.boolean(), async (document, wrap) => {
      const input = wrap ? { document } : document;
      let created: { id: string } | undefined;
      const outcome = await expectCleanOutcome(
        async () => (created = (await procedureOf(t, router, "create")(input)) as { id: string }),
        input,
      );
      if (outcome === "accepted") {
        // Stored as JSON: compare with the JSON of what the schema accepted (-0 reads back as 0).
        const parsed = JSON.parse(JSON.stringify(schema.parse(document)));
        expect(((await procedureOf(t, router, "get")({ id: created!.id })) as { document: unknown }).document).toEqual(parsed);
        await (t.db[router] as unknown as { delete(args: { where: { id: string } }): Promise<unknown> }).delete({
          where: { id: created!.id },
        });
      }
    }),
    { numRuns: NUM_RUNS },
  );
}
