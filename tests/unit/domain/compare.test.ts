import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { ISSUES } from "@/server/domain/catalog.ts";
import { describe, expect, it } from "vitest";
import { compareScenarios, type Comparison } from "@/server/domain/compare.ts";
import type { RegionId } from "@/server/domain/reference/regions.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { validDocument } from "../../helpers/document-arbitrary.ts";
import { statusQuoDocument, usProposalDocument } from "../../helpers/documents.ts";

// Expected rows by hand from the seeds: the U.S. proposal differs from the status quo in Kharkiv
// and Mykolaiv, in the headline figures and in 12 of the 18 terms (see before-after.test.ts).

const sq = statusQuoDocument();
const us = usProposalDocument();
const rows = (c: Comparison) => c.groups.flatMap((g) => g.rows);
const rowOf = (c: Comparison, id: string) => {
  const row = rows(c).find((r) => r.id === id);
  if (!row) throw new Error(`No row ${id}`);
  return row;
};
const marks = (c: Comparison, id: string) => rowOf(c, id).cells.map((cell) => cell.differsFromReference);

describe("compareScenarios", () => {
  it("identical documents: nothing differs", () => {
    const c = compareScenarios([sq, structuredClone(sq)]);
    expect(c.differingRowCount).toBe(0);
    expect(rows(c).every((r) => !r.differs && r.cells.every((cell) => !cell.differsFromReference))).toBe(true);
  });

  it("has the groups in catalogue order, a row per headline figure, region and term", () => {
    const c = compareScenarios([sq, us]);
    expect(c.groups.map((g) => g.id)).toEqual([
      "headline",
      "parties",
      "context",
      "territory",
      ...ISSUES.slice(1).map((i) => i.id),
    ]);
    expect(c.groups.map((g) => g.rows.length)).toEqual([4, 1, 3, 30, ...ISSUES.slice(1).map((i) => i.terms.length)]);
    expect(c.groups.slice(4).map((g) => g.rows.length)).toEqual([7, 3, 5, 2, 1, 1, 2, 2, 4, 3, 1, 3, 2, 2, 2, 1]);
    const territory = c.groups[3]!.rows.map((r) => r.label);
    expect(territory.slice(0, 3)).toEqual(["Cherkasy", "Chernihiv", "Chernivtsi"]);
    expect(territory.slice(-3)).toEqual(["Belgorod", "Bryansk", "Kursk"]);
  });

  it("status quo vs U.S. proposal: the 20 differing rows, Kharkiv among them", () => {
    const c = compareScenarios([sq, us]);
    const differing = rows(c)
      .filter((r) => r.differs)
      .map((r) => r.id);
    expect(differing.sort()).toEqual(
      [
        "headline.russiaKm2",
        "headline.russiaShare",
        "headline.ceasefire",
        "context.date",
        "context.proposedBy",
        "context.confidence",
        "territory.UA-48",
        "territory.UA-63",
        "ceasefire.type",
        "ceasefire.declaredBy",
        "ceasefire.startDate",
        "ceasefire.duration",
        "ceasefire.scope",
        "ceasefire.conditions",
        "security.natoPath",
        "security.guarantees",
        "sanctions.relief",
        "nuclearPlant.control",
        "recognition.crimea",
        "recognition.otherOccupied",
      ].sort(),
    );
    expect(c.differingRowCount).toBe(20);
    expect(rowOf(c, "territory.UA-63")).toEqual({
      id: "territory.UA-63",
      label: "Kharkiv",
      differs: true,
      cells: [
        { text: "Russia 1,150 km² · Ukraine 30,265 km²", status: "estimate", differsFromReference: false },
        { text: "Russia 0 km² · Ukraine 31,415 km²", status: "proposed", differsFromReference: true },
      ],
    });
  });

  it("words headline cells and ignores status-only differences (Crimea's figures are the same)", () => {
    const c = compareScenarios([sq, us]);
    expect(rowOf(c, "headline.russiaKm2").cells.map((x) => x.text)).toEqual(["113,530 km²", "112,270 km²"]);
    expect(rowOf(c, "headline.russiaShare").cells.map((x) => x.text)).toEqual(["18.8%", "18.6%"]);
    expect(rowOf(c, "headline.ceasefire").cells.map((x) => x.text)).toEqual([
      "Unilateral, ends 11 May 2025",
      "Comprehensive, open-ended",
    ]);
    expect(rowOf(c, "territory.RU-KRS").cells[0]!.text).toBe("Russia 29,989 km² · Ukraine 0 km² · contested 8 km²");
    const crimea = rowOf(c, "territory.UA-43");
    expect(crimea.cells.map((x) => x.status)).toEqual(["reported", "proposed"]);
    expect(crimea.differs).toBe(false);
  });

  it("the reference column is never marked, and moving the reference moves the highlight", () => {
    const docs = [sq, us, structuredClone(us)];
    expect(marks(compareScenarios(docs, 0), "territory.UA-63")).toEqual([false, true, true]);
    expect(marks(compareScenarios(docs, 1), "territory.UA-63")).toEqual([true, false, false]);
    expect(marks(compareScenarios(docs, 2), "territory.UA-63")).toEqual([true, false, false]);
    expect(compareScenarios(docs, 2).referenceIndex).toBe(2);
    expect(marks(compareScenarios(docs, 1), "territory.UA-05")).toEqual([false, false, false]);
  });

  it("clamps an out-of-range reference index; refuses an empty list", () => {
    expect(compareScenarios([sq, us], 7).referenceIndex).toBe(1);
    expect(compareScenarios([sq, us], -1).referenceIndex).toBe(0);
    expect(() => compareScenarios([])).toThrow();
  });

  it("supports 4 columns: the first four seeds", () => {
    const docs = SEED_SCENARIOS.slice(0, 4).map((s) => s.document());
    const c = compareScenarios(docs, 3);
    expect(c.referenceIndex).toBe(3);
    for (const row of rows(c)) {
      expect(row.cells, row.id).toHaveLength(4);
      expect(row.cells[3]!.differsFromReference, row.id).toBe(false);
    }
    expect(c.differingRowCount).toBe(rows(c).filter((r) => r.differs).length);
    expect(c.differingRowCount).toBeGreaterThan(0);
  });
});

describe("compareScenarios over random valid documents", () => {
  const input = fc
    .array(validDocument, { minLength: 2, maxLength: 4 })
    .chain((docs) => fc.tuple(fc.constant(docs), fc.nat({ max: docs.length - 1 })));
  const region = (d: ScenarioDocument, id: RegionId) => {
    const t = d.terms.territory[id];
    return [t.russiaKm2, t.ukraineKm2, t.contestedKm2, t.zone];
  };

  it("marks exactly the cells whose region figures or term value differ from the reference; never the reference", () => {
    fc.assert(
      fc.property(input, ([docs, ref]) => {
        const c = compareScenarios(docs, ref);
        expect(c.referenceIndex).toBe(ref);
        for (const row of rows(c)) {
          expect(row.cells[ref]!.differsFromReference, row.id).toBe(false);
          expect(row.differs, row.id).toBe(row.cells.some((cell) => cell.differsFromReference));
          const [group, key] = row.id.split(".");
          docs.forEach((doc, i) => {
            let expected: boolean | undefined;
            if (group === "territory")
              expected = !isDeepStrictEqual(region(doc, key as RegionId), region(docs[ref]!, key as RegionId));
            else if (group === "context") {
              // Proposers are a set: the schema stores them in catalogue order.
              const field = (d: ScenarioDocument) =>
                key === "date"
                  ? [d.context.date, d.context.date && d.context.dateKind]
                  : key === "proposedBy"
                    ? [...d.context.proposedBy].sort()
                    : d.context.confidence;
              expected = !isDeepStrictEqual(field(doc), field(docs[ref]!));
            } else if (group !== "headline" && group !== "parties") {
              const value = (d: ScenarioDocument) =>
                (d.terms as unknown as Record<string, Record<string, { value: unknown }>>)[group!]![key!]!.value;
              expected = !isDeepStrictEqual(value(doc), value(docs[ref]!));
            }
            if (expected !== undefined) expect(row.cells[i]!.differsFromReference, `${row.id} column ${i}`).toBe(expected);
          });
        }
        expect(c.differingRowCount).toBe(rows(c).filter((r) => r.differs).length);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
