import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { russianHeldKm2ByStatus, territoryHeadline } from "@/server/domain/derived.ts";
import {
  getTerm,
  OWN_STATUS,
  provenanceAfterValueEdit,
  withEditedRegion,
  withEditedTerm,
  withRemainderTo,
} from "@/server/domain/edit.ts";
import { liveTerritory } from "@/server/domain/live-figures.ts";
import { LIMITS, ScenarioDocument } from "@/server/domain/scenario.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

// Provenance follows edits: a figure the user changes stops claiming the source's status, and the
// source stays readable as "was: …" until the user writes their own note.

describe("provenance after an edit", () => {
  it("a Donetsk row set to 100% Russian becomes an assumption and keeps DeepState as 'was: Estimate – …'", () => {
    const doc = statusQuoDocument();
    const before = doc.terms.territory["UA-14"];
    expect(before.status).toBe("estimate");
    const edited = withEditedRegion(doc, "UA-14", { russiaKm2: 26_517, ukraineKm2: 0, contestedKm2: 0 });
    const after = edited.terms.territory["UA-14"];
    expect(after.status).toBe(OWN_STATUS);
    expect(after.note).toBe(`was: Estimate – ${before.note}`);
    expect(after.russiaKm2).toBe(26_517);
    // The document is still valid, and the original is untouched.
    expect(ScenarioDocument.safeParse(edited).success).toBe(true);
    expect(doc.terms.territory["UA-14"]).toEqual(before);
  });

  it("the headline's breakdown by status follows: the user's km² count as assumptions, not as the estimate", () => {
    const doc = statusQuoDocument();
    const byStatus = (d: ScenarioDocument) =>
      Object.fromEntries(russianHeldKm2ByStatus(d.terms.territory).map((s) => [s.status ?? "unset", s.km2]));
    const before = byStatus(doc);
    const edited = withEditedRegion(doc, "UA-14", { russiaKm2: 26_517, ukraineKm2: 0, contestedKm2: 0 });
    const after = byStatus(edited);
    expect(after.estimate).toBeCloseTo(before.estimate! - doc.terms.territory["UA-14"].russiaKm2, 6);
    expect(after.assumption ?? 0).toBeCloseTo((before.assumption ?? 0) + 26_517, 6);
    expect(territoryHeadline(edited.terms.territory).russiaKm2).toBeCloseTo(
      territoryHeadline(doc.terms.territory).russiaKm2 + 26_517 - 18_562,
      6,
    );
  });

  it("further edits of the user's own value keep their status and note; the user's own note is never overwritten", () => {
    const doc = withEditedRegion(statusQuoDocument(), "UA-63", { russiaKm2: 5 });
    const firstNote = doc.terms.territory["UA-63"].note;
    const typing = withEditedRegion(withEditedRegion(doc, "UA-63", { russiaKm2: 50 }), "UA-63", { russiaKm2: 500 });
    expect(typing.terms.territory["UA-63"]).toMatchObject({ russiaKm2: 500, status: OWN_STATUS, note: firstNote });
    const ownNote = withEditedRegion(typing, "UA-63", { note: "My reading of the front line" });
    expect(withEditedRegion(ownNote, "UA-63", { russiaKm2: 600 }).terms.territory["UA-63"].note).toBe(
      "My reading of the front line",
    );
  });

  it("typing the saved figures back restores the saved status and note", () => {
    const saved = statusQuoDocument();
    const typed = withEditedRegion(saved, "UA-63", { russiaKm2: 5_000 }, saved);
    expect(typed.terms.territory["UA-63"].status).toBe(OWN_STATUS);
    expect(withEditedRegion(typed, "UA-63", { russiaKm2: saved.terms.territory["UA-63"].russiaKm2 }, saved)).toEqual(saved);
    const term = withEditedTerm(saved, "ceasefire.duration", { value: 30 }, saved);
    expect(withEditedTerm(term, "ceasefire.duration", { value: 3 }, saved)).toEqual(saved);
  });

  it("a status or note edit, or setting the same value, leaves provenance alone", () => {
    const doc = statusQuoDocument();
    const region = doc.terms.territory["UA-14"];
    expect(withEditedRegion(doc, "UA-14", { russiaKm2: region.russiaKm2 }).terms.territory["UA-14"]).toEqual(region);
    expect(withEditedRegion(doc, "UA-14", { status: "claimed" }).terms.territory["UA-14"]).toEqual({
      ...region,
      status: "claimed",
    });
    expect(withEditedRegion(doc, "UA-14", { note: "x" }).terms.territory["UA-14"]).toEqual({ ...region, note: "x" });
  });

  it("a zone change, '→ Ukraine' for the rest, and a term's value change follow the same rule", () => {
    const doc = statusQuoDocument();
    expect(withEditedRegion(doc, "UA-63", { zone: "demilitarised" }).terms.territory["UA-63"].status).toBe(OWN_STATUS);
    const rest = withRemainderTo(withEditedRegion(doc, "UA-63", { ukraineKm2: 0 }), "UA-63", "ukraine");
    expect(rest.terms.territory["UA-63"].status).toBe(OWN_STATUS);
    const term = getTerm(doc, "ceasefire.duration");
    const edited = withEditedTerm(doc, "ceasefire.duration", { value: 30 });
    expect(getTerm(edited, "ceasefire.duration")).toEqual({
      value: 30,
      status: OWN_STATUS,
      note: `was: Reported – ${term.note}`,
    });
    expect(getTerm(withEditedTerm(doc, "ceasefire.duration", { note: "mine" }), "ceasefire.duration").status).toBe(term.status);
    // A term with no source yet: the user's value is their assumption, with nothing to keep.
    expect(getTerm(withEditedTerm(doc, "security.natoPath", { value: "deferred" }), "security.natoPath")).toEqual({
      value: "deferred",
      status: OWN_STATUS,
      note: "",
    });
  });

  it("never produces a note over the limit, never nests 'was:', and an empty source leaves an empty note", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("reported", "claimed", "estimate", "proposed", null),
        fc.string({ maxLength: LIMITS.noteLength }),
        (status, note) => {
          const after = provenanceAfterValueEdit({ status, note });
          expect(after.status).toBe(OWN_STATUS);
          expect(after.note.length).toBeLessThanOrEqual(LIMITS.noteLength);
          if (after.note) expect(provenanceAfterValueEdit({ status: "estimate", note: after.note }).note).toBe(after.note);
          else expect(status === null && note.trim() === "").toBe(true);
        },
      ),
    );
    expect(provenanceAfterValueEdit({ status: null, note: "  " })).toEqual({ status: OWN_STATUS, note: "" });
  });
});

describe("live figures", () => {
  it("invalid input (99,999 km² in Kharkiv) never enters the headline: the last valid territory stands, marked stale", () => {
    const doc = statusQuoDocument();
    const valid = doc.terms.territory;
    const typed = withEditedRegion(doc, "UA-63", { russiaKm2: 99_999 }).terms.territory;
    const live = liveTerritory(typed, valid);
    expect(live.stale).toBe(true);
    expect(live.territory).toBe(valid);
    expect(territoryHeadline(live.territory).russiaKm2).toBe(territoryHeadline(valid).russiaKm2);
    const empty = withEditedRegion(doc, "UA-63", { russiaKm2: Number.NaN }).terms.territory;
    expect(liveTerritory(empty, valid).stale).toBe(true);
  });

  it("valid input is shown as typed", () => {
    const doc = statusQuoDocument();
    const typed = withEditedRegion(doc, "UA-63", { russiaKm2: 2_000, ukraineKm2: 29_415 }).terms.territory;
    expect(liveTerritory(typed, doc.terms.territory)).toEqual({ territory: typed, stale: false });
  });
});
