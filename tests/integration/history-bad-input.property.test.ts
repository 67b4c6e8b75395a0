import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { allPaths, REMOVE, statusQuoDocument, withRegion, withValueAt } from "../helpers/documents.ts";
import { seedId, storedRevisions } from "../helpers/revisions.ts";
import { openTestDb, type TestDb } from "../helpers/test-db.ts";

// scenario.compare / diff / history / restore with arbitrary inputs and mutated valid ones: never
// the server's catch-all (INTERNAL_SERVER_ERROR); a rejected call writes nothing. PARLEY_FC_RUNS
// raises the effort when hunting.

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 100);
const TIMEOUT = Math.max(60_000, NUM_RUNS * 300);

let t: TestDb;
let id: string;
let sq: string;
let us: string;
beforeAll(async () => {
  t = await openTestDb();
  ({ id } = await t.caller.scenario.create({ document: statusQuoDocument() }));
  await t.caller.scenario.update({ id, baseVersion: 1, document: withRegion(statusQuoDocument(), "UA-63", { russiaKm2: 0, ukraineKm2: 31_415 }) });
  sq = await seedId(t.db, "status-quo-2025-05");
  us = await seedId(t.db, "us-proposal-2025-04");
});
afterAll(async () => {
  await t.close();
});

const odd = fc.oneof(
  fc.anything({ withBigInt: false, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
  fc.constantFrom(REMOVE, -1, -0, 0, 0.5, 1e308, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "x".repeat(10_240), null, [], {}),
  fc.string({ unit: "binary", maxLength: 80 }),
);

/** Often-valid replacements: a real or unknown id, a small revision number. */
const plausible = () =>
  fc.oneof(
    fc.constantFrom(id, sq, us, "AAAAAAAAAAAAAAAAAAAAAA", "__proto__", "constructor"),
    fc.integer({ min: -2, max: 6 }),
    fc.constantFrom(undefined, [id, sq], [sq, us, id], [id, id], [sq, us, id, "x", "y"]),
  );

type Procedure = "compare" | "diff" | "history" | "restore";
const validInputs = (version: number): Record<Procedure, unknown> => ({
  compare: { ids: [sq, us, id], referenceId: us },
  diff: { from: { id, revision: 1 }, to: { id: sq } },
  history: { id },
  restore: { id, revision: 1, baseVersion: version },
});

/** A valid input with one to three values replaced, removed, or extra keys added. */
const mutation = fc.array(
  fc.record({ pick: fc.nat(), value: fc.oneof(odd, fc.constant(null).chain(plausible)), extraKey: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) }),
  { minLength: 1, maxLength: 3 },
);

function mutate(input: unknown, edits: { pick: number; value: unknown; extraKey: string | undefined }[]): unknown {
  let value = input;
  for (const edit of edits) {
    const paths = allPaths(value);
    if (paths.length === 0) return edit.value;
    const path = paths[edit.pick % paths.length]!;
    try {
      value = withValueAt(value, edit.extraKey === undefined ? path : [...path.slice(0, -1), edit.extraKey], edit.value);
    } catch {
      // An earlier edit replaced the parent with a non-object: skip this one.
    }
  }
  return value;
}

const input = fc.record({
  procedure: fc.constantFrom<Procedure>("compare", "diff", "history", "restore"),
  kind: fc.constantFrom("anything", "mutated", "mutated", "mutated", "valid"),
  odd,
  edits: mutation,
});

const shown = (value: unknown) => String(JSON.stringify(value)).slice(0, 300);
const tally = { accepted: 0, rejected: 0, restored: 0 };

describe("arbitrary inputs to the history procedures", () => {
  it("never a server error; a rejection writes nothing; an accepted restore appends one revision", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ procedure, kind, odd: anything, edits }) => {
        const { version } = await t.caller.scenario.get({ id });
        const valid = validInputs(version)[procedure];
        const value = kind === "anything" ? anything : kind === "valid" ? valid : mutate(valid, edits);
        const before = await snapshotDatabase(t.db);
        const call = t.caller.scenario[procedure] as (input: unknown) => Promise<unknown>;
        let error: unknown = null;
        let result: unknown;
        try {
          result = await call(value);
        } catch (e) {
          error = e;
        }
        const label = `${procedure}(${shown(value)})`;
        if (error === null) {
          tally.accepted++;
          if (procedure === "restore") {
            tally.restored++;
            const { id: restoredId, version: newVersion } = result as { id: string; version: number };
            const stored = await storedRevisions(t.db, restoredId);
            expect(stored.at(-1)!.number, label).toBe(newVersion);
            expect(stored.at(-1)!.restoredFrom, label).toBe((value as { revision: number }).revision);
            expect(stored.at(-1)!.document, label).toEqual(stored.find((r) => r.number === stored.at(-1)!.restoredFrom)!.document);
          } else {
            expect(await snapshotDatabase(t.db), label).toEqual(before);
          }
          return;
        }
        tally.rejected++;
        expect(error, label).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code, `${label}: ${(error as Error).message}`).not.toBe("INTERNAL_SERVER_ERROR");
        expect(await snapshotDatabase(t.db), label).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);

  it("the generators produced both accepted and rejected calls, restores among them", () => {
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.restored).toBeGreaterThan(0);
    expect(tally.rejected).toBeGreaterThan(tally.accepted);
  });
});
