import { STATUS_QUO_SEED_KEY } from "@/server/domain/seeds/index.ts";
import { describe, expect, it } from "vitest";
import { capabilityLinks } from "../helpers/capability-links.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { seedId } from "../helpers/revisions.ts";

// create, update, fork, restore and undelete answer what get answers (plus the edit secret, once),
// so the editor can put any of them in place of the scenario it shows.

const { t } = capabilityLinks();

const withoutSecret = <T extends object>(record: T) => {
  const { editSecret: _secret, ...rest } = record as T & { editSecret?: unknown };
  return rest;
};

describe("every procedure that returns a scenario answers scenario.get's shape", () => {
  it("create, update, fork, restore, undelete", async () => {
    const created = await t.caller.scenario.create({ document: { ...statusQuoDocument(), title: "Shape" } });
    const get = () => t.caller.scenario.get({ id: created.id });
    expect(withoutSecret(created)).toEqual(await get());
    const secret = created.editSecret!;
    const updated = await t.caller.scenario.update({
      id: created.id,
      editSecret: secret,
      baseVersion: 1,
      document: { ...created.document, summary: "v2" },
    });
    expect(updated).toEqual(await get());
    const restored = await t.caller.scenario.restore({ id: created.id, editSecret: secret, revision: 1 });
    expect(restored).toEqual(await get());
    const fork = await t.caller.scenario.fork({ id: created.id });
    expect(withoutSecret(fork)).toEqual(await t.caller.scenario.get({ id: fork.id }));
    expect(fork).toMatchObject({ parentId: created.id, parentTitle: "Shape", baseline: { id: created.id, title: "Shape" } });
    // With no parent, before/after starts from the default status quo: the newest line of control.
    expect(created.baseline).toEqual({ id: await seedId(t.db, STATUS_QUO_SEED_KEY), title: "Line of control, 22 Aug 2026" });
    await t.caller.scenario.delete({ id: created.id, editSecret: secret });
    expect(await t.caller.scenario.undelete({ id: created.id, editSecret: secret })).toEqual(await get());
  });
});
