import { describe, expect, it } from "vitest";
import { baselineOptions, describePackage, packageText } from "@/server/domain/analysis/describe.ts";
import { DIMENSIONS } from "@/server/domain/analysis/model.ts";
import { compileSpace } from "@/server/domain/analysis/space.ts";
import { statusQuoDocument, usProposalDocument } from "../../helpers/documents.ts";

const all = DIMENSIONS.map((d) => ({ dimensionId: d.id, optionIds: d.options.map((o) => o.id) }));
const space = compileSpace(all);

describe("packages in words", () => {
  it("finds the status quo's option: the lines of May 2025, Russia in Crimea and (within a point) all of Kursk; none where a term is open", () => {
    const base = baselineOptions(space.dimensions, statusQuoDocument());
    expect(base).toEqual({
      kharkiv: "line",
      zaporizhzhia: "line",
      kherson: "line",
      donetsk: "line",
      luhansk: "line",
      crimea: "russia",
      kursk: "russia",
      ceasefire: "unilateral",
      nato: null,
      guarantees: null,
      sanctions: "none",
    });
  });

  it("names every issue and marks exactly the options that differ from the baseline", () => {
    const base = baselineOptions(space.dimensions, statusQuoDocument());
    const options = {
      ...base,
      kharkiv: "ukraine",
      ceasefire: "comprehensive",
      nato: "deferred",
      guarantees: "bilateral",
    } as Record<string, string>;
    const changed = ["kharkiv", "ceasefire", "nato", "guarantees"];
    const terms = describePackage(space.dimensions, options, base);
    expect(terms.map((t) => t.issue)).toEqual(DIMENSIONS.map((d) => d.label));
    expect(terms.filter((t) => t.differs).map((t) => t.dimensionId)).toEqual(changed);
    expect(packageText(terms)).toContain("≠ Kharkiv region: Ukraine holds all");
    expect(packageText(terms)).toContain("Crimea and Sevastopol: Russia holds all");
  });

  it("a baseline between options matches none of them, so every option differs", () => {
    const us = usProposalDocument();
    const doc = structuredClone(us);
    doc.terms.territory["UA-63"] = { ...doc.terms.territory["UA-63"], russiaKm2: 5000, ukraineKm2: 26415, contestedKm2: 0 };
    expect(baselineOptions(space.dimensions, doc).kharkiv).toBeNull();
  });
});
