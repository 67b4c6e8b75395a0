import { TERM_SPECS } from "@/server/domain/catalog.ts";
import { VERSION_2_ISSUES } from "@/server/domain/defaults.ts";
import { describe, expect, it } from "vitest";
import { describeBeforeAfter, summarizeChange, territoryTotals } from "@/server/domain/before-after.ts";
import { withParty, withPartyChanged, withRegion, withTerm } from "@/server/domain/edit.ts";
import { statusQuoDocument, usProposalDocument } from "../../helpers/documents.ts";
import { ukraineAreaFromGeojson } from "../../helpers/regions-geojson.ts";

// Figures by hand from the seeds (research notes): Russia held 113,530 km² of Ukraine in the status
// quo; the U.S. proposal gives back Kharkiv (1,150 km²) and the Kinburn spit in Mykolaiv (110 km²).
// Ukraine's area is the sum of the official regional areas in the reference GeoJSON (603,540 km²).

const sq = statusQuoDocument();
const us = usProposalDocument();
const AREA = ukraineAreaFromGeojson();

describe("describeBeforeAfter: status quo → U.S. proposal", () => {
  const ba = describeBeforeAfter(sq, us);

  it("names Kharkiv and Mykolaiv with before → after figures, largest first", () => {
    expect(ba.regions.map((r) => r.text)).toEqual([
      "Kharkiv: Russia 1,150 → 0 km², Ukraine +1,150 km²",
      "Mykolaiv: Russia 110 → 0 km², Ukraine +110 km²",
    ]);
    expect(ba.regions[0]).toMatchObject({
      regionId: "UA-63",
      name: "Kharkiv",
      delta: { russia: -1_150, ukraine: 1_150, contested: 0 },
      before: { russiaKm2: 1_150, ukraineKm2: 30_265, contestedKm2: 0, zone: "none" },
      after: { russiaKm2: 0, ukraineKm2: 31_415, contestedKm2: 0, zone: "none" },
    });
    expect(ba.unchangedRegionCount).toBe(28);
  });

  it("totals: Ukraine gains and Russia loses 1,260 km²; Russia's share 113,530 → 112,270 of 603,540", () => {
    expect(AREA).toBe(603_540);
    expect(ba.totals).toEqual({
      russiaGainsKm2: 0,
      russiaLosesKm2: 1_260,
      ukraineGainsKm2: 1_260,
      ukraineLosesKm2: 0,
      russiaKm2Before: 113_530,
      russiaKm2After: 112_270,
      russiaShareBefore: 113_530 / AREA,
      russiaShareAfter: 112_270 / AREA,
    });
    expect(territoryTotals(sq, us)).toEqual(ba.totals);
  });

  it("headers changed, parties did not", () => {
    expect(ba.headerChanges).toEqual([
      "Title: “Status quo, early May 2025” → “U.S. proposal (April 2025)”",
      "Summary rewritten",
      "Date: As of 1 May 2025 → Put forward 17 Apr 2025",
      "Put forward by: nobody named → United States",
    ]);
    expect(ba.partyChanges).toEqual([]);
  });

  it("lists the 12 changed terms in catalogue order and the unchanged ones", () => {
    expect(ba.terms.map((t) => t.termId)).toEqual([
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
    ]);
    expect(ba.unchangedTerms.map((t) => t.termId)).toEqual([
      "ceasefire.monitoring",
      "bufferZone.segments",
      "bufferZone.depthKm",
      "bufferZone.policedBy",
      "security.foreignTroops",
      "security.guaranteeYears",
      "security.nonNuclear",
      "sanctions.snapback",
      "prisoners.exchange",
      // The issues of schema 2: neither seed states them.
      ...TERM_SPECS.map((t) => t.id).filter((id) => VERSION_2_ISSUES.some((issue) => id.startsWith(`${issue}.`))),
    ]);
    expect(ba.unchangedTerms[0]).toEqual({
      termId: "ceasefire.monitoring",
      issue: "Ceasefire",
      label: "Monitoring",
      value: "Not specified",
    });
  });

  it("words each changed term's values, with status and note changes as detail", () => {
    const byId = new Map(ba.terms.map((t) => [t.termId, t]));
    expect(byId.get("ceasefire.type")).toEqual({
      termId: "ceasefire.type",
      issue: "Ceasefire",
      label: "Type",
      from: "Unilateral",
      to: "Comprehensive",
      detail: "status Reported → Proposed; source note changed",
    });
    expect(byId.get("ceasefire.declaredBy")).toMatchObject({
      from: "Russia",
      to: "Not specified",
      detail: "status Reported → no status; source note changed",
    });
    expect(byId.get("ceasefire.startDate")).toMatchObject({ from: "8 May 2025", to: "Not specified" });
    expect(byId.get("ceasefire.duration")).toMatchObject({ from: "3 days", to: "Open-ended" });
    expect(byId.get("ceasefire.scope")).toMatchObject({
      from: "Whole front (land), Air, Sea",
      to: "Whole front (land), Air, Sea, Energy infrastructure",
    });
    expect(byId.get("sanctions.relief")).toMatchObject({ issue: "Sanctions", from: "None", to: "Full" });
  });
});

describe("describeBeforeAfter: single edits", () => {
  it("nothing changed: no lines, totals all zero, every region and term unchanged", () => {
    const ba = describeBeforeAfter(sq, structuredClone(sq));
    expect(ba).toMatchObject({ headerChanges: [], partyChanges: [], regions: [], terms: [], unchangedRegionCount: 30 });
    expect(ba.unchangedTerms).toHaveLength(TERM_SPECS.length);
    expect(ba.totals).toMatchObject({ russiaGainsKm2: 0, russiaLosesKm2: 0, ukraineGainsKm2: 0, ukraineLosesKm2: 0 });
  });

  it("a zone change alone is a region line", () => {
    const ba = describeBeforeAfter(sq, withRegion(sq, "UA-63", { zone: "buffer" }));
    expect(ba.regions.map((r) => r.text)).toEqual(["Kharkiv: zone: none → buffer zone"]);
  });

  it("Kursk retaken: Russia gains 8 km² inside Russia, contested −8 km²; Russia's share of Ukraine unchanged", () => {
    const ba = describeBeforeAfter(sq, withRegion(sq, "RU-KRS", { russiaKm2: 29_997, contestedKm2: 0 }));
    expect(ba.regions.map((r) => r.text)).toEqual(["Kursk: Russia 29,989 → 29,997 km², contested −8 km²"]);
    expect(ba.totals).toMatchObject({ russiaGainsKm2: 8, russiaLosesKm2: 0, russiaKm2Before: 113_530, russiaKm2After: 113_530 });
  });

  it("a term's status alone is a changed term with only the detail differing", () => {
    const ba = describeBeforeAfter(sq, withTerm(sq, "ceasefire.type", { status: "claimed" }));
    expect(ba.terms).toEqual([
      {
        termId: "ceasefire.type",
        issue: "Ceasefire",
        label: "Type",
        from: "Unilateral",
        to: "Unilateral",
        detail: "status Reported → Claimed",
      },
    ]);
  });

  it("party lines: added, removed, changed, reordered", () => {
    expect(describeBeforeAfter(sq, withParty(sq, { name: "European Union", role: "observer" })).partyChanges).toEqual([
      "Added European Union (observer)",
    ]);
    expect(describeBeforeAfter(sq, { ...sq, parties: sq.parties.slice(0, 2) }).partyChanges).toEqual([
      "Removed United States (mediator)",
    ]);
    expect(describeBeforeAfter(sq, withPartyChanged(sq, 2, { role: "observer" })).partyChanges).toEqual([
      "United States (mediator) → United States (observer)",
    ]);
    expect(describeBeforeAfter(sq, { ...sq, parties: [sq.parties[1]!, sq.parties[0]!, sq.parties[2]!] }).partyChanges).toEqual([
      "Parties reordered",
    ]);
  });
});

describe("summarizeChange", () => {
  const kharkiv = (russiaKm2: number) => withRegion(sq, "UA-63", { russiaKm2, ukraineKm2: 31_415 - russiaKm2 });

  it("no change: 'No changes'", () => {
    expect(summarizeChange(sq, structuredClone(sq))).toBe("No changes");
  });

  it("one region: names it, with Russia's share before and after (113,530 → 114,530 of 603,540)", () => {
    expect(summarizeChange(sq, kharkiv(2_150))).toBe("Kharkiv changed (Russia 18.8% → 19.0%)");
  });

  it("a move too small for one decimal shows two (113,530 → 113,630 km²)", () => {
    expect(summarizeChange(sq, kharkiv(1_250))).toBe("Kharkiv changed (Russia 18.81% → 18.83%)");
  });

  it("a region change inside Russia, or a zone, names the region without a share", () => {
    expect(summarizeChange(sq, withRegion(sq, "RU-KRS", { russiaKm2: 29_997, contestedKm2: 0 }))).toBe("Kursk changed");
    expect(summarizeChange(sq, withRegion(sq, "UA-63", { zone: "demilitarised" }))).toBe("Kharkiv changed");
  });

  it("region sources only, a term, parties, and a title each have their word", () => {
    expect(summarizeChange(sq, withRegion(sq, "UA-63", { status: "claimed" }))).toBe("Territory sources changed");
    expect(summarizeChange(sq, withTerm(sq, "ceasefire.type", { value: "mutual" }))).toBe("Ceasefire type changed");
    expect(summarizeChange(sq, withParty(sq, { name: "European Union", role: "observer" }))).toBe("Parties changed");
    expect(summarizeChange(sq, { ...sq, title: "Renamed" })).toBe("Title changed");
  });

  it("two items joined with 'and'; more than three counted", () => {
    expect(summarizeChange(sq, withTerm(kharkiv(2_150), "ceasefire.type", { value: "mutual" }))).toBe(
      "Kharkiv and ceasefire type changed (Russia 18.8% → 19.0%)",
    );
    // Title, summary, date, proposers, Kharkiv, Mykolaiv and the 12 changed terms.
    expect(summarizeChange(sq, us)).toBe("Title, summary, date and 15 more changed (Russia 18.8% → 18.6%)");
  });

  it("a shown share change never reads as no change (113,530 → 113,540 km²)", () => {
    // A 10 km² move is 0.0017 points: too small to show even at 2 decimals.
    const summary = summarizeChange(sq, kharkiv(1_160));
    expect(summary.startsWith("Kharkiv changed")).toBe(true);
    const shares = summary.match(/Russia ([\d.]+%) → ([\d.]+%)/);
    if (shares) expect(shares[1], summary).not.toBe(shares[2]);
  });
});
