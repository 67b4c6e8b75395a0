import { describe, expect, it } from "vitest";
import { capabilityLinks } from "../helpers/capability-links.ts";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { createEditable, strangerSecret } from "../helpers/editable.ts";
import { seedId } from "../helpers/revisions.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// What the editor asks before it lets anyone type: does this edit link still work? And the way
// out when it does not: the typed changes saved as a fork.

const { t } = capabilityLinks();

describe("scenario.checkEditSecret", () => {
  it("says yes for the current secret and the same no for every wrong one (replaced, another scenario's, malformed, empty)", async () => {
    const s = await createEditable(t.caller, { ...statusQuoDocument(), title: "Checked" });
    const other = await createEditable(t.caller, { ...statusQuoDocument(), title: "Other" });
    expect(await t.caller.scenario.checkEditSecret({ id: s.id, editSecret: s.editSecret })).toEqual({ id: s.id, canEdit: true });

    const rotated = await t.caller.scenario.rotateEditSecret({ id: s.id, editSecret: s.editSecret });
    const wrong = [s.editSecret, other.editSecret, strangerSecret(), "", "x".repeat(500), "not base64url!"];
    for (const editSecret of wrong) {
      expect(await t.caller.scenario.checkEditSecret({ id: s.id, editSecret })).toEqual({ id: s.id, canEdit: false });
    }
    expect(await t.caller.scenario.checkEditSecret({ id: s.id, editSecret: rotated.editSecret })).toEqual({
      id: s.id,
      canEdit: true,
    });
  });

  it("says no for a seed (it has no edit link) and NOT_FOUND for an unknown or deleted scenario; it changes nothing", async () => {
    const sq = await seedId(t.db, "status-quo-2025-05");
    expect(await t.caller.scenario.checkEditSecret({ id: sq, editSecret: strangerSecret() })).toEqual({ id: sq, canEdit: false });
    await expectTRPCError(
      () => t.caller.scenario.checkEditSecret({ id: "no-such-id", editSecret: strangerSecret() }),
      "NOT_FOUND",
    );
    const s = await createEditable(t.caller, statusQuoDocument());
    await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret });
    await expectTRPCError(() => t.caller.scenario.checkEditSecret({ id: s.id, editSecret: s.editSecret }), "NOT_FOUND");
    const before = await t.db.scenario.findMany({ orderBy: { id: "asc" } });
    await t.caller.scenario.checkEditSecret({ id: sq, editSecret: strangerSecret() });
    expect(await t.db.scenario.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});

describe("scenario.fork with the unsaved document", () => {
  it("stores the given terms under the copy's title, remembers the parent, and leaves the original untouched", async () => {
    const s = await createEditable(t.caller, { ...statusQuoDocument(), title: "Original" });
    const typed = withRegion({ ...s.document, summary: "Typed after the link was replaced" }, "UA-63", {
      russiaKm2: 0,
      ukraineKm2: 31_415,
    });
    await t.caller.scenario.rotateEditSecret({ id: s.id, editSecret: s.editSecret });
    const copy = await t.caller.scenario.fork({ id: s.id, document: typed });
    expect(copy.parentId).toBe(s.id);
    expect(copy.document).toEqual({ ...typed, title: "Original (copy)" });
    expect(copy.editSecret).toEqual(expect.any(String));
    expect((await t.caller.scenario.get({ id: s.id })).document).toEqual(s.document);
    expect((await t.caller.scenario.fork({ id: s.id, title: "Mine", document: typed })).document.title).toBe("Mine");
  });

  it("refuses an invalid document with BAD_REQUEST and stores nothing", async () => {
    const s = await createEditable(t.caller, statusQuoDocument());
    const count = await t.db.scenario.count();
    const bad = withRegion(s.document, "UA-63", { russiaKm2: 99_999 });
    await expectTRPCError(() => t.caller.scenario.fork({ id: s.id, document: bad }), "BAD_REQUEST");
    expect(await t.db.scenario.count()).toBe(count);
  });
});
