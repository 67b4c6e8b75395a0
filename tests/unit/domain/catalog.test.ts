import { describe, expect, it } from "vitest";
import { catalogue, ISSUES, TERM_SPECS, type TermSpec } from "@/server/domain/catalog.ts";
import { newScenarioDocument } from "@/server/domain/defaults.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";
import { withValueAt } from "../../helpers/documents.ts";
import { regionFeatures } from "../../helpers/regions-geojson.ts";

const terms = newScenarioDocument().terms as unknown as Record<string, Record<string, unknown>>;
const valuePath = (spec: TermSpec) => ["terms", ...spec.id.split("."), "value"];
// A blank document naming a declaring party, so a "unilateral" type is acceptable on its own.
const base = withValueAt(newScenarioDocument(), ["terms", "ceasefire", "declaredBy", "value"], "russia");
const accepts = (spec: TermSpec, value: unknown) => ScenarioDocument.safeParse(withValueAt(base, valuePath(spec), value)).success;

describe("term ids", () => {
  it.each(TERM_SPECS.map((s) => [s.id, s]))("%s is <issue>.<term> and names a term of a new document", (id, spec) => {
    const [issue, term, ...rest] = id.split(".");
    expect(rest).toEqual([]);
    expect(ISSUES.find((i) => i.terms.includes(spec))?.id).toBe(issue);
    expect(Object.keys(terms[issue!]![term!] as object).sort()).toEqual(["note", "status", "value"]);
  });

  it("cover every non-territory term of the document, each once", () => {
    const documentTerms = Object.entries(terms)
      .filter(([issue]) => issue !== "territory")
      .flatMap(([issue, group]) => Object.keys(group).map((term) => `${issue}.${term}`));
    expect([...TERM_SPECS.map((s) => s.id)].sort()).toEqual(documentTerms.sort());
  });

  it("issue ids are the keys of terms, territory first", () => {
    expect(ISSUES.map((i) => i.id)).toEqual(Object.keys(terms));
    expect(ISSUES[0]!.id).toBe("territory");
  });
});

describe("term kinds agree with the schema", () => {
  it.each(TERM_SPECS.map((s) => [s.id, s]))("%s", (_id, spec) => {
    expect(accepts(spec, null)).toBe(true);
    switch (spec.kind) {
      case "choice":
        for (const option of spec.options) expect(accepts(spec, option), option).toBe(true);
        expect(accepts(spec, "not_an_option")).toBe(false);
        break;
      case "multi":
        for (const option of spec.options) expect(accepts(spec, [option]), option).toBe(true);
        expect(accepts(spec, [...spec.options])).toBe(true);
        expect(accepts(spec, ["not_an_option"])).toBe(false);
        break;
      case "number":
        expect(accepts(spec, spec.max)).toBe(true);
        expect(accepts(spec, spec.max + 0.5)).toBe(false);
        break;
      case "text":
        expect(accepts(spec, "t".repeat(spec.maxLength))).toBe(true);
        expect(accepts(spec, "t".repeat(spec.maxLength + 1))).toBe(false);
        break;
      case "date":
        expect(accepts(spec, "2025-05-08")).toBe(true);
        expect(accepts(spec, "8 May 2025")).toBe(false);
        break;
      case "duration":
        expect(accepts(spec, 30)).toBe(true);
        expect(accepts(spec, "open_ended")).toBe(true);
        break;
      case "party":
        expect(accepts(spec, "ukraine")).toBe(true);
        expect(accepts(spec, "nobody-here")).toBe(false);
        break;
    }
  });
});

describe("catalogue()", () => {
  const served = catalogue();

  it("lists the 30 regions with their official areas and Ukraine's area", () => {
    expect(served.regions).toHaveLength(30);
    expect(served.regions.map((r) => [r.id, r.areaKm2])).toEqual(regionFeatures().map((f) => [f.id, f.properties.area_km2]));
    expect(served.ukraineAreaKm2).toBe(603_540);
  });

  it("gives every option a human label, different from its raw value", () => {
    const options = [
      ...served.issues.flatMap((i) => i.terms.flatMap((t) => t.options ?? [])),
      ...served.statuses,
      ...served.zones,
    ];
    expect(options.length).toBeGreaterThan(50);
    for (const { value, label } of options) {
      expect(label, value).not.toBe(value);
      expect(label.trim().length, value).toBeGreaterThan(0);
    }
  });

  it("keeps the option lists in catalogue order and omits options for free-form terms", () => {
    const type = served.issues.find((i) => i.id === "ceasefire")!.terms.find((t) => t.id === "ceasefire.type")!;
    expect(type.options?.map((o) => o.value)).toEqual(["none", "unilateral", "mutual", "comprehensive"]);
    const startDate = served.issues.find((i) => i.id === "ceasefire")!.terms.find((t) => t.id === "ceasefire.startDate")!;
    expect(startDate.options).toBeUndefined();
  });

  it("is plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(served))).toEqual(served);
  });

  it("returns a copy: changing it does not change the next call", () => {
    (served.regions[0] as { areaKm2: number }).areaKm2 = 1;
    expect(catalogue().regions[0]!.areaKm2).toBe(regionFeatures()[0]!.properties.area_km2);
  });
});
