import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, diffDocuments } from "@/server/domain/diff.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { documentPair, validDocument } from "../../helpers/document-arbitrary.ts";

// Round trip and shape of diffs over random valid documents (seeds with random valid edits).
// PARLEY_FC_RUNS raises the effort when hunting.

const NUM_RUNS = Number(process.env.PARLEY_FC_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, NUM_RUNS * 10);

/** The value a change id points at, read straight from the document's shape. */
function valueAtId(doc: ScenarioDocument, id: string): unknown {
  if (id === "title" || id === "summary") return doc[id];
  if (id.startsWith("context.")) return doc.context[id.slice("context.".length) as keyof ScenarioDocument["context"]];
  const [group, key, field] = id.split(".");
  return (doc.terms as unknown as Record<string, Record<string, Record<string, unknown>>>)[group!]![key!]![field!];
}

describe("diffDocuments and applyChanges over random valid documents", () => {
  it(
    "applyChanges(a, diffDocuments(a, b)) equals b",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const original = structuredClone(a);
          expect(applyChanges(a, diffDocuments(a, b))).toEqual(b);
          expect(a, "applyChanges must not modify its input").toEqual(original);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "diffDocuments(a, a) and diffDocuments(a, clone of a) are empty",
    () => {
      fc.assert(
        fc.property(validDocument, (a) => {
          expect(diffDocuments(a, a)).toEqual([]);
          expect(diffDocuments(a, structuredClone(a))).toEqual([]);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "change ids are unique, and the diff is empty exactly when the documents are equal",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const ids = diffDocuments(a, b).map((c) => c.id);
          expect(new Set(ids).size, ids.join(", ")).toBe(ids.length);
          expect(ids.length === 0).toBe(isDeepStrictEqual(a, b));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "every term or header change carries the two documents' values at its id",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          for (const change of diffDocuments(a, b)) {
            if (change.id.startsWith("parties.")) continue;
            expect(change.kind, change.id).toBe("changed");
            if (change.kind !== "changed") continue;
            expect(change.from, change.id).toEqual(valueAtId(a, change.id));
            expect(change.to, change.id).toEqual(valueAtId(b, change.id));
            expect(isDeepStrictEqual(change.from, change.to), change.id).toBe(false);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "party changes match the parties added, removed and changed by id",
    () => {
      fc.assert(
        fc.property(documentPair, ([a, b]) => {
          const before = new Map(a.parties.map((p) => [p.id, p]));
          const after = new Map(b.parties.map((p) => [p.id, p]));
          const expected = [
            ...[...before.keys()].filter((id) => !after.has(id)).map((id) => `removed parties.${id}`),
            ...[...after.keys()].filter((id) => !before.has(id)).map((id) => `added parties.${id}`),
            ...[...before.keys()]
              .filter((id) => after.has(id) && !isDeepStrictEqual(before.get(id), after.get(id)))
              .map((id) => `changed parties.${id}`),
          ];
          const actual = diffDocuments(a, b)
            .filter((c) => c.id.startsWith("parties.") && c.id !== "parties.@order")
            .map((c) => `${c.kind} ${c.id}`);
          expect(actual.sort()).toEqual(expected.sort());
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});
