import { describe, expect, it } from "vitest";
import { withRegion, withTerm } from "@/server/domain/edit.ts";
import { mergeDocuments } from "@/server/domain/merge.ts";
import { statusQuo } from "@/server/domain/seeds/status-quo.ts";

describe("mergeDocuments (a save that lost a race)", () => {
  const base = statusQuo();

  it("keeps their change and mine when they touch different terms", () => {
    const theirs = withRegion(base, "UA-63", { russiaKm2: 0, ukraineKm2: 31415 });
    const mine = withTerm(base, "security.natoPath", { value: "deferred" });
    const { merged, clashes, theirChanges } = mergeDocuments(base, mine, theirs);
    expect(clashes).toEqual([]);
    expect(merged.terms.territory["UA-63"]).toMatchObject({ russiaKm2: 0, ukraineKm2: 31415 });
    expect(merged.terms.security.natoPath.value).toBe("deferred");
    expect(theirChanges.map((c) => c.id).sort()).toEqual(["territory.UA-63.russiaKm2", "territory.UA-63.ukraineKm2"]);
  });

  it("keeps mine where both changed the same term differently, and lists it", () => {
    const theirs = withTerm(base, "ceasefire.type", { value: "mutual" });
    const mine = withTerm(base, "ceasefire.type", { value: "comprehensive" });
    const { merged, clashes } = mergeDocuments(base, mine, theirs);
    expect(merged.terms.ceasefire.type.value).toBe("comprehensive");
    expect(clashes).toEqual(["ceasefire.type.value"]);
  });

  it("does not count the same change on both sides as a clash", () => {
    const both = withTerm(base, "sanctions.relief", { value: "staged" });
    const { merged, clashes } = mergeDocuments(base, both, both);
    expect(clashes).toEqual([]);
    expect(merged).toEqual(both);
  });

  it("does not add a party twice when both added it", () => {
    const party = { id: "european-union", name: "European Union", role: "party" as const };
    const theirs = { ...base, parties: [...base.parties, party] };
    const mine = { ...base, parties: [...base.parties, { ...party, role: "observer" as const }] };
    const { merged } = mergeDocuments(base, mine, theirs);
    expect(merged.parties.filter((p) => p.id === "european-union")).toHaveLength(1);
  });
});
