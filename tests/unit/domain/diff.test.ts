import { TERM_SPECS } from "@/server/domain/catalog.ts";
import { describe, expect, it } from "vitest";
import { applyChanges, diffDocuments, flattenTerms, PARTY_ORDER_ID } from "@/server/domain/diff.ts";
import { withParty, withPartyChanged, withoutParty, withRegion, withTerm } from "@/server/domain/edit.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { statusQuoDocument, usProposalDocument } from "../../helpers/documents.ts";

// Expected changes are written out by hand from the status-quo seed: Kharkiv (UA-63) is 31,415 km²,
// Russia held 1,150 of it and Ukraine the other 30,265; the ceasefire is Russia's unilateral truce.

const sq = statusQuoDocument();
const RUSSIA = { id: "russia", name: "Russia", role: "party" };
const UKRAINE = { id: "ukraine", name: "Ukraine", role: "party" };
const US = { id: "united-states", name: "United States", role: "mediator" };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("diffDocuments", () => {
  it("finds nothing between a document and itself, or a deep clone of it", () => {
    expect(diffDocuments(sq, sq)).toEqual([]);
    expect(diffDocuments(sq, structuredClone(sq))).toEqual([]);
    expect(diffDocuments(sq, JSON.parse(JSON.stringify(sq)) as ScenarioDocument)).toEqual([]);
  });

  it("a region's Russian and Ukrainian km² are two changes keyed by region and field", () => {
    const after = withRegion(sq, "UA-63", { russiaKm2: 2_000, ukraineKm2: 29_415 });
    expect(diffDocuments(sq, after)).toEqual([
      { id: "territory.UA-63.russiaKm2", kind: "changed", from: 1_150, to: 2_000 },
      { id: "territory.UA-63.ukraineKm2", kind: "changed", from: 30_265, to: 29_415 },
    ]);
  });

  it("a region's contested km², zone, status and note each have their own id", () => {
    const after = withRegion(sq, "UA-48", { contestedKm2: 5, zone: "buffer", status: "claimed", note: "New note" });
    const changes = diffDocuments(sq, after);
    expect(changes.map((c) => c.id)).toEqual([
      "territory.UA-48.contestedKm2",
      "territory.UA-48.zone",
      "territory.UA-48.status",
      "territory.UA-48.note",
    ]);
    expect(changes[0]).toEqual({ id: "territory.UA-48.contestedKm2", kind: "changed", from: 0, to: 5 });
    expect(changes[1]).toEqual({ id: "territory.UA-48.zone", kind: "changed", from: "none", to: "buffer" });
    expect(changes[2]).toEqual({ id: "territory.UA-48.status", kind: "changed", from: "estimate", to: "claimed" });
  });

  it("a term's value, status and note are ceasefire.type.value / .status / .note", () => {
    expect(diffDocuments(sq, withTerm(sq, "ceasefire.type", { value: "mutual" }))).toEqual([
      { id: "ceasefire.type.value", kind: "changed", from: "unilateral", to: "mutual" },
    ]);
    expect(diffDocuments(sq, withTerm(sq, "ceasefire.type", { status: "claimed" }))).toEqual([
      { id: "ceasefire.type.status", kind: "changed", from: "reported", to: "claimed" },
    ]);
    const note = diffDocuments(sq, withTerm(sq, "sanctions.relief", { note: "" }));
    expect(note).toEqual([
      { id: "sanctions.relief.note", kind: "changed", from: "Western sanctions on Russia in force.", to: "" },
    ]);
  });

  it("an unspecified term becoming specified, and a list value changing, are changes with from/to", () => {
    expect(diffDocuments(sq, withTerm(sq, "prisoners.exchange", { value: "all_for_all" }))).toEqual([
      { id: "prisoners.exchange.value", kind: "changed", from: null, to: "all_for_all" },
    ]);
    expect(diffDocuments(sq, withTerm(sq, "ceasefire.scope", { value: ["air"] }))).toEqual([
      { id: "ceasefire.scope.value", kind: "changed", from: ["whole_front", "air", "sea"], to: ["air"] },
    ]);
  });

  it("title and summary are keyed 'title' and 'summary'", () => {
    const changes = diffDocuments(sq, { ...sq, title: "Other", summary: "Short" });
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ["title", "changed"],
      ["summary", "changed"],
    ]);
    expect(changes[0]).toMatchObject({ from: "Status quo, early May 2025", to: "Other" });
  });

  it("adding a party is parties.<id> added, with no order change when it is appended", () => {
    const after = withParty(sq, { name: "European Union", role: "observer" });
    expect(diffDocuments(sq, after)).toEqual([
      { id: "parties.european-union", kind: "added", to: { id: "european-union", name: "European Union", role: "observer" } },
    ]);
  });

  it("removing a party is parties.<id> removed, with no order change", () => {
    expect(diffDocuments(sq, withoutParty(sq, 2))).toEqual([{ id: "parties.united-states", kind: "removed", from: US }]);
  });

  it("renaming a party (or changing its role) is parties.<id> changed", () => {
    expect(diffDocuments(sq, withPartyChanged(sq, 1, { name: "Ukraine (government)" }))).toEqual([
      { id: "parties.ukraine", kind: "changed", from: UKRAINE, to: { ...UKRAINE, name: "Ukraine (government)" } },
    ]);
    expect(diffDocuments(sq, withPartyChanged(sq, 2, { role: "observer" }))).toEqual([
      { id: "parties.united-states", kind: "changed", from: US, to: { ...US, role: "observer" } },
    ]);
  });

  it("reordering parties is a single parties.@order change", () => {
    const after = { ...sq, parties: [UKRAINE, RUSSIA, US] } as ScenarioDocument;
    expect(PARTY_ORDER_ID).toBe("parties.@order");
    expect(diffDocuments(sq, after)).toEqual([
      {
        id: "parties.@order",
        kind: "changed",
        from: ["russia", "ukraine", "united-states"],
        to: ["ukraine", "russia", "united-states"],
      },
    ]);
  });

  it("a party inserted in the middle is added and reordered", () => {
    const eu = { id: "european-union", name: "European Union", role: "observer" };
    const after = { ...sq, parties: [RUSSIA, eu, UKRAINE, US] } as ScenarioDocument;
    const changes = diffDocuments(sq, after);
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ["parties.european-union", "added"],
      ["parties.@order", "changed"],
    ]);
    expect(changes[1]).toMatchObject({ to: ["russia", "european-union", "ukraine", "united-states"] });
  });

  it("does not modify its inputs", () => {
    const before = deepFreeze(statusQuoDocument());
    const after = deepFreeze(usProposalDocument());
    expect(() => diffDocuments(before, after)).not.toThrow();
    expect(before).toEqual(statusQuoDocument());
  });
});

describe("flattenTerms", () => {
  it("has title, summary and every field of every region and term, keyed by stable id", () => {
    const leaves = flattenTerms(sq);
    // 2 headers + 6 context fields + 30 regions × 7 fields + 41 terms × 3 fields.
    expect(TERM_SPECS).toHaveLength(41);
    expect(leaves.size).toBe(2 + 6 + 30 * 7 + 41 * 3);
    expect(leaves.get("context.proposedBy")).toEqual([]);
    expect(leaves.get("territory.UA-63.basis")).toBe("entered");
    expect(leaves.get("territory.UA-63.russiaKm2")).toBe(1_150);
    expect(leaves.get("territory.RU-KRS.contestedKm2")).toBe(8);
    expect(leaves.get("ceasefire.duration.value")).toBe(3);
    expect(leaves.get("recognition.otherOccupied.status")).toBeNull();
    expect(leaves.get("title")).toBe("Status quo, early May 2025");
  });
});

describe("applyChanges", () => {
  it("turns the status quo into the U.S. proposal with the changes between them", () => {
    const us = usProposalDocument();
    expect(applyChanges(sq, diffDocuments(sq, us))).toEqual(us);
  });

  it("applies a reorder with an added and a removed party", () => {
    const eu = { id: "european-union", name: "European Union", role: "observer" };
    const after = { ...sq, parties: [eu, UKRAINE, RUSSIA] } as ScenarioDocument;
    expect(applyChanges(sq, diffDocuments(sq, after)).parties).toEqual([eu, UKRAINE, RUSSIA]);
  });

  it("does not modify the document it applies to, nor share the changes' values", () => {
    const before = deepFreeze(statusQuoDocument());
    const after = withTerm(sq, "ceasefire.scope", { value: ["air"] });
    const changes = diffDocuments(before, after);
    const result = applyChanges(before, changes);
    expect(result.terms.ceasefire.scope.value).toEqual(["air"]);
    (result.terms.ceasefire.scope.value as string[]).push("sea");
    expect(changes[0]).toMatchObject({ to: ["air"] });
  });

  it("refuses to add or remove a term, and an unknown term id", () => {
    expect(() => applyChanges(sq, [{ id: "ceasefire.type.value", kind: "added", to: "mutual" }])).toThrow(
      /ceasefire\.type\.value/,
    );
    expect(() => applyChanges(sq, [{ id: "ceasefire.nope.value", kind: "changed", from: null, to: 1 }])).toThrow(
      /Unknown term id/,
    );
  });
});
