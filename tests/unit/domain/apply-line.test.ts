import { describe, expect, it } from "vitest";
import { applyLine } from "@/server/domain/apply-line.ts";
import { territoryHeadline } from "@/server/domain/derived.ts";
import { withRegion } from "@/server/domain/edit.ts";
import { NEWEST_LINE_DATE, regionOnLine } from "@/server/domain/line-of-control.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { lineSnapshot } from "@/server/domain/seeds/line-snapshots.ts";

/** A position of 20 Nov 2025 in the 28-point plan's shape: Donetsk to Russia, Kharkiv back to Ukraine, the south frozen on the line. */
function position() {
  let doc = lineSnapshot("2025-11-20");
  doc = { ...doc, title: "A position", context: { ...doc.context, dateKind: "put_forward", proposedBy: ["united_states"] } };
  doc = withRegion(doc, "UA-14", { russiaKm2: 26_517, ukraineKm2: 0, basis: "whole_russia" });
  doc = withRegion(doc, "UA-63", { russiaKm2: 0, ukraineKm2: 31_415, basis: "whole_ukraine" });
  doc = withRegion(doc, "UA-05", { russiaKm2: 100, ukraineKm2: 26_413, basis: "entered", note: "Typed by hand" });
  return doc;
}

describe("applyLine", () => {
  const before = position();
  const result = applyLine(before);

  it("moves the regions that follow the line to the newest line, and says so", () => {
    expect(result.toLineDate).toBe(NEWEST_LINE_DATE);
    expect(result.fromLineDate).toBe("2025-11-20");
    for (const id of ["UA-23", "UA-65", "UA-59", "UA-12", "UA-09"] as const) {
      const line = regionOnLine(NEWEST_LINE_DATE, id);
      expect(result.document.terms.territory[id], id).toMatchObject({
        russiaKm2: line.russiaKm2,
        ukraineKm2: line.ukraineKm2,
        contestedKm2: 0,
        basis: "line",
      });
    }
    // Zaporizhzhia: Ukraine held 6,972 km² on 20 Nov 2025 and 6,667 km² on 22 Aug 2026 (27,180 km² in all).
    expect(before.terms.territory["UA-23"].ukraineKm2).toBe(6_972);
    expect(result.document.terms.territory["UA-23"].ukraineKm2).toBe(6_667);
    const zaporizhzhia = result.recomputed.find((r) => r.regionId === "UA-23")!;
    expect(zaporizhzhia).toEqual({
      regionId: "UA-23",
      name: "Zaporizhzhia",
      before: { russiaKm2: 20_208, ukraineKm2: 6_972, contestedKm2: 0 },
      after: { russiaKm2: 20_513, ukraineKm2: 6_667, contestedKm2: 0 },
    });
    expect(result.explanation).toContain("against the line of 22 Aug 2026");
    expect(result.explanation).toContain("Zaporizhzhia: Russia 20,208 km² → 20,513 km²");
    expect(result.document.terms.territory["UA-23"].note).toMatch(/^Line of 22 Aug 2026: .*Was: Line of 20 Nov 2025/);
  });

  it("keeps whole regions whole and leaves figures entered by hand alone", () => {
    expect(result.document.terms.territory["UA-14"]).toEqual(before.terms.territory["UA-14"]);
    expect(result.document.terms.territory["UA-63"]).toEqual(before.terms.territory["UA-63"]);
    expect(result.document.terms.territory["UA-05"]).toEqual(before.terms.territory["UA-05"]);
    expect(result.leftAsEntered).toEqual(["UA-05"]);
    expect(result.recomputed.map((r) => r.regionId)).not.toContain("UA-14");
  });

  it("changes nothing but territory, title, summary and date, and stays a valid document", () => {
    const doc = result.document;
    expect(ScenarioDocument.safeParse(doc).success).toBe(true);
    expect(doc.terms.ceasefire).toEqual(before.terms.ceasefire);
    expect(doc.parties).toEqual(before.parties);
    expect(doc.title).toBe("A position, against the line of 22 Aug 2026");
    expect(doc.summary.startsWith(result.explanation)).toBe(true);
    expect(doc.context).toMatchObject({
      date: NEWEST_LINE_DATE,
      dateKind: "as_of",
      proposedBy: ["united_states"],
      answers: null,
    });
    // Russia's total grows by exactly the recomputed regions' moves.
    const delta = result.recomputed.reduce((sum, r) => sum + (r.after.russiaKm2 - r.before.russiaKm2), 0);
    expect(territoryHeadline(doc.terms.territory).russiaKm2 - territoryHeadline(before.terms.territory).russiaKm2).toBe(delta);
  });

  it("applied to the line it was made against, changes no figure", () => {
    const same = applyLine(before, "2025-11-20");
    expect(same.recomputed.every((r) => r.before.russiaKm2 === r.after.russiaKm2)).toBe(true);
    expect(same.explanation).toContain("none of them moved");
  });

  it("says plainly when nothing follows the line", () => {
    const entered = applyLine({
      ...before,
      terms: {
        ...before.terms,
        territory: Object.fromEntries(
          Object.entries(before.terms.territory).map(([id, t]) => [id, { ...t, basis: "entered" }]),
        ) as never,
      },
    });
    expect(entered.recomputed).toEqual([]);
    expect(entered.explanation).toMatch(/^Nothing to recompute/);
  });

  it("cuts a long title at a whole character", () => {
    const long = applyLine({ ...before, title: `${"x".repeat(180)}😀😀😀😀😀` });
    expect(long.document.title.length).toBeLessThanOrEqual(200);
    expect(ScenarioDocument.safeParse(long.document).success).toBe(true);
  });
});

describe("typing a region's figures", () => {
  it("makes its basis 'entered', so applying a line leaves it alone", () => {
    const doc = withRegion(lineSnapshot("2025-11-20"), "UA-23", { russiaKm2: 27_180, ukraineKm2: 0 });
    expect(doc.terms.territory["UA-23"].basis).toBe("entered");
    expect(withRegion(doc, "UA-65", { note: "only the note" }).terms.territory["UA-65"].basis).toBe("line");
    expect(applyLine(doc).document.terms.territory["UA-23"]).toMatchObject({ russiaKm2: 27_180, ukraineKm2: 0 });
  });
});
