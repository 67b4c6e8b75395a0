import { describe, expect, it } from "vitest";
import { openTerms } from "@/server/domain/defaults.ts";
import { ceasefireEnd } from "@/server/domain/derived.ts";
import type { Terms } from "@/server/domain/scenario.ts";
import { statusQuoDocument, usProposalDocument } from "../../helpers/documents.ts";

function ceasefire(type: string | null, startDate: string | null, duration: number | "open_ended" | null): Terms["ceasefire"] {
  const c = structuredClone(openTerms().ceasefire);
  c.type.value = type as Terms["ceasefire"]["type"]["value"];
  c.startDate.value = startDate;
  c.duration.value = duration;
  return c;
}

describe("ceasefireEnd", () => {
  it("the May 2025 truce: 8 May + 3 days runs through 10 May and ends at the start of 11 May", () => {
    expect(ceasefireEnd(statusQuoDocument().terms.ceasefire)).toEqual({
      kind: "date",
      lastDay: "2025-05-10",
      endsAt: "2025-05-11",
    });
  });

  it.each([
    ["2025-05-08", 1, "2025-05-08", "2025-05-09"],
    ["2024-02-28", 2, "2024-02-29", "2024-03-01"], // leap year
    ["2023-02-28", 2, "2023-03-01", "2023-03-02"],
    ["2100-02-28", 2, "2100-03-01", "2100-03-02"], // not a leap year
    ["2000-02-28", 2, "2000-02-29", "2000-03-01"], // leap year
    ["2024-12-31", 1, "2024-12-31", "2025-01-01"],
    ["2024-12-30", 3, "2025-01-01", "2025-01-02"],
    ["2025-01-30", 3, "2025-02-01", "2025-02-02"],
    ["2025-03-29", 3, "2025-03-31", "2025-04-01"], // across the EU clock change
    ["2025-01-01", 365, "2025-12-31", "2026-01-01"],
    ["2024-01-01", 366, "2024-12-31", "2025-01-01"],
    ["2025-01-01", 3650, "2034-12-29", "2034-12-30"],
  ])("%s + %i days → last day %s, ends at %s", (start, days, lastDay, endsAt) => {
    for (const type of ["unilateral", "mutual", "comprehensive"]) {
      expect(ceasefireEnd(ceasefire(type, start, days))).toEqual({ kind: "date", lastDay, endsAt });
    }
  });

  it("is open-ended when the duration is, with or without a start date", () => {
    expect(ceasefireEnd(usProposalDocument().terms.ceasefire)).toEqual({ kind: "open_ended" });
    expect(ceasefireEnd(ceasefire("mutual", "2025-05-08", "open_ended"))).toEqual({ kind: "open_ended" });
  });

  it("is unknown when the start, the duration or the ceasefire itself is missing", () => {
    expect(ceasefireEnd(ceasefire("mutual", null, 30))).toMatchObject({
      kind: "unknown",
      reason: expect.stringMatching(/start date/),
    });
    expect(ceasefireEnd(ceasefire("mutual", "2025-05-08", null))).toMatchObject({
      kind: "unknown",
      reason: expect.stringMatching(/duration/),
    });
    expect(ceasefireEnd(ceasefire(null, "2025-05-08", 30))).toMatchObject({ kind: "unknown" });
    expect(ceasefireEnd(ceasefire("none", "2025-05-08", 30))).toMatchObject({ kind: "unknown", reason: "no ceasefire" });
  });
});
