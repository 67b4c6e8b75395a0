import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNotServerError, NUM_RUNS, oddValues, shown } from "../helpers/bad-input.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { allPaths, REMOVE, statusQuoDocument, withRegion, withValueAt } from "../helpers/documents.ts";
import { createEditable, strangerSecret } from "../helpers/editable.ts";
import { seedId, storedRevisions } from "../helpers/revisions.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// scenario.compare / diff / history / restore with arbitrary inputs and mutated valid ones: never
// the server's catch-all (INTERNAL_SERVER_ERROR); a rejected call writes nothing. PARLEY_FC_RUNS
// raises the effort when hunting.

const TIMEOUT = Math.max(60_000, NUM_RUNS * 300);

const t = testDbPerFile({ seed: ["status-quo-2025-05", "us-proposal-2025-04"] });
let id: string;
let editSecret: string;
let otherSecret: string;
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
  ({ editSecret: otherSecret } = await createEditable(t.caller));
  sq = await seedId(t.db, "status-quo-2025-05");
  us = await seedId(t.db, "us-proposal-2025-04");
});

const odd = oddValues(
  [REMOVE, -1, -0, 0, 0.5, 1e308, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "x".repeat(10_240), null, [], {}],
  80,
);

/** The edit secret a restore is sent with: the scenario's own, or one that must be refused. */
const STRANGER = strangerSecret();
const secret = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(editSecret) },
    fc.constantFrom(
      STRANGER,
      otherSecret,
      id,
      "",
      "!".repeat(64),
      "s".repeat(65),
      editSecret.toUpperCase(),
      ` ${editSecret}`,
      editSecret.slice(0, -1),
    ),
    odd,
  );

/** Often-valid replacements: a real or unknown id, an edit secret, a small revision number. */
const plausible = () =>
  fc.oneof(
    fc.constantFrom(id, sq, us, "AAAAAAAAAAAAAAAAAAAAAA", "__proto__", "constructor", editSecret, otherSecret, STRANGER),
    fc.integer({ min: -2, max: 6 }),
    fc.constantFrom(undefined, [id, sq], [sq, us, id], [id, id], [sq, us, id, "x", "y"]),
  );

type Procedure = "compare" | "diff" | "history" | "restore";
/** Valid inputs, but for `key`, the edit secret of a restore (valid, wrong or garbage). */
const validInputs = (version: number, key: unknown): Record<Procedure, unknown> => ({
  compare: { ids: [sq, us, id], referenceId: us },
  diff: { from: { id, revision: 1 }, to: { id: sq } },
  history: { id },
  restore: { id, editSecret: key, revision: 1, baseVersion: version },
});

/** A valid input with one to three values replaced, removed, or extra keys added. */
const mutation = fc.array(
  fc.record({
    pick: fc.nat(),
    value: fc.oneof(odd, fc.constant(null).chain(plausible)),
    extraKey: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  }),
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

const input = () =>
  fc.record({
    procedure: fc.constantFrom<Procedure>("compare", "diff", "history", "restore"),
    kind: fc.constantFrom("anything", "mutated", "mutated", "mutated", "valid"),
    odd,
    edits: mutation,
    key: secret(),
  });

const tally = { accepted: 0, rejected: 0, restored: 0, forbidden: 0 };

describe("arbitrary inputs to the history procedures", () => {
  it(
    "never a server error; a rejection writes nothing; an accepted restore appends one revision",
    async () => {
      await fc.assert(
        fc.asyncProperty(input(), async ({ procedure, kind, odd: anything, edits, key }) => {
          const { version } = await t.caller.scenario.get({ id });
          const valid = validInputs(version, key)[procedure];
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
              // Only the scenario's own edit secret restores.
              expect((value as { editSecret: unknown }).editSecret, label).toBe(editSecret);
              const { id: restoredId, version: newVersion } = result as { id: string; version: number };
              const stored = await storedRevisions(t.db, restoredId);
              expect(stored.at(-1)!.number, label).toBe(newVersion);
              expect(stored.at(-1)!.restoredFrom, label).toBe((value as { revision: number }).revision);
              expect(stored.at(-1)!.document, label).toEqual(
                stored.find((r) => r.number === stored.at(-1)!.restoredFrom)!.document,
              );
            } else {
              expect(await snapshotDatabase(t.db), label).toEqual(before);
            }
            return;
          }
          tally.rejected++;
          expectNotServerError(error, label);
          const code = error.code;
          if (code === "FORBIDDEN") tally.forbidden++;
          // The secret is checked before anything else: a wrong one never learns of a conflict.
          if (procedure === "restore" && code === "CONFLICT")
            expect((value as { editSecret: unknown }).editSecret, label).toBe(editSecret);
          expect(await snapshotDatabase(t.db), label).toEqual(before);
        }),
        {
          numRuns: NUM_RUNS,
          // Always among the runs: a restore with the right secret, and one with a stranger's.
          examples: [editSecret, STRANGER].map(
            (key) =>
              [{ procedure: "restore" as const, kind: "valid" as const, odd: null, edits: [], key }] as [
                { procedure: Procedure; kind: "valid"; odd: unknown; edits: never[]; key: unknown },
              ],
          ),
        },
      );
    },
    TIMEOUT,
  );

  it("the generators produced both accepted and rejected calls, restores and refused secrets among them", () => {
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.restored).toBeGreaterThan(0);
    expect(tally.forbidden).toBeGreaterThan(0);
    expect(tally.rejected).toBeGreaterThan(tally.accepted);
  });
});
