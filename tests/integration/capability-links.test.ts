import { describe, expect, it } from "vitest";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { issuesOf } from "@/server/trpc/errors.ts";
import { capabilityLinks, MUTATIONS, sha256 } from "../helpers/capability-links.ts";
import { connect } from "../helpers/connect.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, usProposalDocument } from "../helpers/documents.ts";
import { createEditable, EDIT_SECRET_SHAPE, forkEditable, publish, strangerSecret } from "../helpers/editable.ts";
import { seedId, storedRevisions } from "../helpers/revisions.ts";
import { expectTRPCError, trpcErrorOf } from "../helpers/trpc-errors.ts";

// Capability links: a scenario's id is its view link; its edit secret (returned once, by create
// and fork) is the only thing that lets anyone change it. Seeds have no secret: fork them.
// Publishing, delete and undelete: capability-links-lifecycle.test.ts; races and secrets revoked
// mid-request: capability-links-races.test.ts; upgrading an old database: capability-links-upgrade.test.ts.

const { t, storedHash, everythingStored, expectNowhereInTheDatabase, scenarioWithHistory, mutation } = capabilityLinks();

describe("the edit secret", () => {
  it("create returns a 22-character base64url secret; the database keeps only its SHA-256 (64 hex digits), never the secret", async () => {
    const created = await t.caller.scenario.create({ document: statusQuoDocument() });
    expect(created.editSecret).toMatch(EDIT_SECRET_SHAPE);
    expect(Buffer.from(created.editSecret!, "base64url")).toHaveLength(16);
    const hash = await storedHash(created.id);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(sha256(created.editSecret!));
    await expectNowhereInTheDatabase(created.editSecret!);
    // The hash is in the Scenario row and nowhere else (not in a revision, not in another row).
    const { rows } = await everythingStored();
    expect(rows.split(hash!).length - 1).toBe(1);
  });

  it("fork and rotateEditSecret hand out secrets the same way: shown once, stored only as a hash", async () => {
    const us = await seedId(t.db, "us-proposal-2025-04");
    const fork = await forkEditable(t.caller, us);
    expect(fork.editSecret).toMatch(EDIT_SECRET_SHAPE);
    expect(await storedHash(fork.id)).toBe(sha256(fork.editSecret));
    const rotated = await t.caller.scenario.rotateEditSecret({ id: fork.id, editSecret: fork.editSecret });
    expect(rotated).toEqual({ id: fork.id, editSecret: expect.stringMatching(EDIT_SECRET_SHAPE) });
    expect(await storedHash(fork.id)).toBe(sha256(rotated.editSecret));
    for (const secret of [fork.editSecret, rotated.editSecret]) await expectNowhereInTheDatabase(secret);
  });

  it("is never read back: get, list, history, diff, compare and every mutation's answer leave it (and its hash) out", async () => {
    const s = await scenarioWithHistory();
    await publish(t.caller, s);
    const hash = (await storedHash(s.id))!;
    const sq = await seedId(t.db, "status-quo-2025-05");
    const answers = [
      await t.caller.scenario.get({ id: s.id }),
      await t.caller.scenario.list({ limit: 100 }),
      await t.caller.scenario.history({ id: s.id }),
      await t.caller.scenario.diff({ from: { id: s.id, revision: 1 }, to: { id: s.id } }),
      await t.caller.scenario.compare({ ids: [s.id, sq] }),
      await t.caller.scenario.update({ id: s.id, editSecret: s.editSecret, baseVersion: 2, document: s.rev1 }),
      await t.caller.scenario.restore({ id: s.id, editSecret: s.editSecret, revision: 2 }),
      await t.caller.scenario.setPublished({ id: s.id, editSecret: s.editSecret, published: true }),
    ];
    expect((await t.caller.scenario.list({ limit: 100 })).items.map((i) => i.id)).toContain(s.id);
    for (const answer of answers) {
      const text = JSON.stringify(answer);
      expect(text).not.toContain(s.editSecret);
      expect(text).not.toContain(hash);
      expect(text).not.toMatch(/editSecret/);
    }
    await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret });
    const undeleted = await t.caller.scenario.undelete({ id: s.id, editSecret: s.editSecret });
    expect(JSON.stringify(undeleted)).not.toMatch(new RegExp(`${s.editSecret}|${hash}|editSecret`));
  });

  it("get, create, update and fork say whether the scenario is published and whether it is read-only", async () => {
    const sq = await seedId(t.db, "status-quo-2025-05");
    expect(await t.caller.scenario.get({ id: sq })).toMatchObject({ isSeed: true, published: true, readOnly: true });
    const created = await t.caller.scenario.create({ document: statusQuoDocument() });
    expect(created).toMatchObject({
      isSeed: false,
      published: false,
      readOnly: false,
      editSecret: expect.stringMatching(EDIT_SECRET_SHAPE),
    });
    const updated = await t.caller.scenario.update({
      id: created.id,
      editSecret: created.editSecret!,
      baseVersion: 1,
      document: statusQuoDocument(),
    });
    expect(updated).toMatchObject({ published: false, readOnly: false });
    const fork = await t.caller.scenario.fork({ id: sq });
    expect(fork).toMatchObject({
      isSeed: false,
      published: false,
      readOnly: false,
      parentId: sq,
      editSecret: expect.stringMatching(EDIT_SECRET_SHAPE),
    });
    await publish(t.caller, { id: created.id, editSecret: created.editSecret! });
    expect(await t.caller.scenario.get({ id: created.id })).toMatchObject({ published: true, readOnly: false });
  });
});

describe("a view link never mutates", () => {
  it("every mutation sent without the secret, with a wrong one or with another scenario's is refused, and the database is byte-for-byte unchanged", async () => {
    const s = await scenarioWithHistory();
    const other = await createEditable(t.caller);
    const before = await snapshotDatabase(t.db);
    const refusals: [label: string, secret: string | undefined, code: "BAD_REQUEST" | "FORBIDDEN"][] = [
      ["no secret", undefined, "BAD_REQUEST"],
      ["an empty secret", "", "BAD_REQUEST"],
      ["a 65-character secret", "x".repeat(65), "BAD_REQUEST"],
      ["a stranger's secret", strangerSecret(), "FORBIDDEN"],
      ["another scenario's secret", other.editSecret, "FORBIDDEN"],
      ["the view id itself", s.id, "FORBIDDEN"],
      ["the stored hash", (await storedHash(s.id))!, "FORBIDDEN"],
      ["garbage of a valid length", "'; DROP TABLE Scenario; --", "FORBIDDEN"],
    ];
    for (const name of MUTATIONS) {
      for (const [label, secret, code] of refusals) {
        const error = await expectTRPCError(mutation(name, s, secret), code);
        expect(error.message, `${name} with ${label}`).toMatch(/editSecret/);
        expect(
          issuesOf(error)?.map((i) => i.path),
          `${name} with ${label}`,
        ).toEqual(["editSecret"]);
      }
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect(await t.caller.scenario.get({ id: s.id })).toMatchObject({ version: 2, published: false, document: s.document });
  });

  it("undelete of a deleted scenario is refused the same way", async () => {
    const s = await createEditable(t.caller);
    const other = await createEditable(t.caller);
    await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret });
    const before = await snapshotDatabase(t.db);
    await expectTRPCError(() => t.caller.scenario.undelete({ id: s.id, editSecret: undefined as never }), "BAD_REQUEST");
    for (const secret of [strangerSecret(), other.editSecret, s.id, (await storedHash(s.id))!]) {
      await expectTRPCError(() => t.caller.scenario.undelete({ id: s.id, editSecret: secret }), "FORBIDDEN");
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
    await expectTRPCError(() => t.caller.scenario.get({ id: s.id }), "NOT_FOUND");
  });

  it("reading by the view link needs no secret, also for an unlisted scenario: get, history, diff and compare", async () => {
    const s = await scenarioWithHistory();
    const sq = await seedId(t.db, "status-quo-2025-05");
    const viewer = await connect(t.database);
    try {
      expect(await viewer.caller.scenario.get({ id: s.id })).toMatchObject({ id: s.id, published: false, version: 2 });
      expect((await viewer.caller.scenario.history({ id: s.id })).items.map((r) => r.number)).toEqual([2, 1]);
      expect(
        (await viewer.caller.scenario.diff({ from: { id: s.id, revision: 1 }, to: { id: s.id } })).changes.map((c) => c.id),
      ).toEqual(["territory.UA-63.russiaKm2", "territory.UA-63.ukraineKm2"]);
      expect((await viewer.caller.scenario.compare({ ids: [sq, s.id] })).scenarios.map((x) => x.id)).toEqual([sq, s.id]);
    } finally {
      await viewer.close();
    }
  });
});

describe("seeds", () => {
  it("nobody can edit, delete, restore, rotate or publish a seed, whatever secret they send; nothing changes", async () => {
    const someone = await createEditable(t.caller);
    const seeds = await t.db.scenario.findMany({
      where: { seedKey: { not: null } },
      select: { id: true, version: true, editSecretHash: true },
    });
    expect(seeds).toHaveLength(SEED_SCENARIOS.length);
    const before = await snapshotDatabase(t.db);
    for (const seed of seeds) {
      expect(seed.editSecretHash).toBeNull();
      expect(await t.caller.scenario.get({ id: seed.id })).toMatchObject({ isSeed: true, readOnly: true, published: true });
      for (const name of [...MUTATIONS, "unpublish" as const]) {
        for (const secret of [strangerSecret(), someone.editSecret, seed.id, "0".repeat(64), sha256(""), "null"]) {
          const call =
            name === "unpublish"
              ? () => t.caller.scenario.setPublished({ id: seed.id, editSecret: secret, published: false })
              : mutation(name, seed, secret);
          const error = await expectTRPCError(call, "FORBIDDEN");
          expect(error.message).toMatch(/fork it/);
        }
      }
      // A seed is never deleted, so there is nothing to undelete.
      await expectTRPCError(() => t.caller.scenario.undelete({ id: seed.id, editSecret: someone.editSecret }), "NOT_FOUND");
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("forking a seed gives an editable, unlisted copy whose parent is the seed; the seed stays as it was", async () => {
    const us = await seedId(t.db, "us-proposal-2025-04");
    const seedBefore = await t.caller.scenario.get({ id: us });
    const fork = await forkEditable(t.caller, us);
    expect(await t.caller.scenario.get({ id: fork.id })).toMatchObject({
      parentId: us,
      parentTitle: "U.S. proposal (April 2025)",
      isSeed: false,
      readOnly: false,
      published: false,
      document: { ...usProposalDocument(), title: "U.S. proposal (April 2025) (copy)" },
    });
    expect((await t.caller.scenario.list({ limit: 100 })).items.map((i) => i.id)).not.toContain(fork.id);
    const saved = await t.caller.scenario.update({
      id: fork.id,
      editSecret: fork.editSecret,
      baseVersion: 1,
      document: { ...fork.document, title: "My proposal" },
    });
    expect(saved).toMatchObject({ version: 2, document: { title: "My proposal" } });
    // The fork's secret opens the fork only.
    await expectTRPCError(mutation("update", { id: us, version: 1 }, fork.editSecret), "FORBIDDEN");
    expect(await t.caller.scenario.get({ id: us })).toEqual(seedBefore);
  });
});

describe("fork of any view link", () => {
  it("someone holding only the id of an unlisted scenario forks it into a copy of their own; neither secret opens the other", async () => {
    const author = await scenarioWithHistory();
    const reader = await connect(t.database);
    try {
      const copy = await forkEditable(reader.caller, author.id, "Reader's take");
      expect(copy.editSecret).not.toBe(author.editSecret);
      expect(await reader.caller.scenario.get({ id: copy.id })).toMatchObject({
        parentId: author.id,
        parentTitle: "Someone's scenario",
        readOnly: false,
        published: false,
      });
      expect(copy.document).toEqual({ ...author.document, title: "Reader's take" });
      expect((await storedRevisions(t.db, copy.id)).map((r) => r.number)).toEqual([1]);

      const before = await snapshotDatabase(t.db);
      await expectTRPCError(mutation("update", author, copy.editSecret, reader.caller), "FORBIDDEN");
      await expectTRPCError(mutation("update", copy, author.editSecret), "FORBIDDEN");
      expect(await snapshotDatabase(t.db)).toEqual(before);

      await reader.caller.scenario.update({ id: copy.id, editSecret: copy.editSecret, baseVersion: 1, document: author.rev1 });
      expect(await t.caller.scenario.get({ id: author.id })).toMatchObject({ version: 2, document: author.document });
      // A fork of the fork points at the fork.
      expect((await forkEditable(t.caller, copy.id)).id).not.toBe(copy.id);
      expect((await t.caller.scenario.fork({ id: copy.id })).parentId).toBe(copy.id);
    } finally {
      await reader.close();
    }
  });
});

describe("rotateEditSecret", () => {
  it("makes the old secret FORBIDDEN everywhere at once, and the new one work everywhere", async () => {
    const s = await scenarioWithHistory();
    const { editSecret: next } = await t.caller.scenario.rotateEditSecret({ id: s.id, editSecret: s.editSecret });
    expect(next).not.toBe(s.editSecret);

    const before = await snapshotDatabase(t.db);
    for (const name of MUTATIONS) await expectTRPCError(mutation(name, s, s.editSecret), "FORBIDDEN");
    // The same from another connection (another server process).
    const other = await connect(t.database);
    try {
      for (const name of MUTATIONS) await expectTRPCError(mutation(name, s, s.editSecret, other.caller), "FORBIDDEN");
    } finally {
      await other.close();
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);

    const updated = await t.caller.scenario.update({
      id: s.id,
      editSecret: next,
      baseVersion: 2,
      document: { ...s.document, title: "After rotation" },
    });
    expect(updated.version).toBe(3);
    expect((await t.caller.scenario.restore({ id: s.id, editSecret: next, revision: 1 })).version).toBe(4);
    expect((await t.caller.scenario.setPublished({ id: s.id, editSecret: next, published: true })).published).toBe(true);
    await t.caller.scenario.delete({ id: s.id, editSecret: next });
    await expectTRPCError(() => t.caller.scenario.undelete({ id: s.id, editSecret: s.editSecret }), "FORBIDDEN");
    await t.caller.scenario.undelete({ id: s.id, editSecret: next });
    const third = await t.caller.scenario.rotateEditSecret({ id: s.id, editSecret: next });
    // Every earlier secret stays revoked.
    for (const old of [s.editSecret, next]) await expectTRPCError(mutation("update", { id: s.id, version: 4 }, old), "FORBIDDEN");
    expect(
      (await t.caller.scenario.update({ id: s.id, editSecret: third.editSecret, baseVersion: 4, document: s.rev1 })).version,
    ).toBe(5);
  });

  it("rotation keeps everything else: document, version, history, published (updatedAt may move)", async () => {
    const s = await scenarioWithHistory();
    await publish(t.caller, s);
    const before = await t.caller.scenario.get({ id: s.id });
    const revisions = await storedRevisions(t.db, s.id);
    await t.caller.scenario.rotateEditSecret({ id: s.id, editSecret: s.editSecret });
    const after = await t.caller.scenario.get({ id: s.id });
    expect({ ...after, updatedAt: before.updatedAt }).toEqual(before);
    expect(await storedRevisions(t.db, s.id)).toEqual(revisions);
  });
});

describe("one refusal for every wrong secret", () => {
  it("unknown, malformed, revoked, another scenario's, and a seed's (none): the same code, message and issues for each mutation", async () => {
    const s = await scenarioWithHistory();
    const other = await createEditable(t.caller);
    const revoked = s.editSecret;
    const { editSecret: current } = await t.caller.scenario.rotateEditSecret({ id: s.id, editSecret: s.editSecret });
    const sq = await seedId(t.db, "status-quo-2025-05");
    const wrong: [string, string][] = [
      ["unknown", strangerSecret()],
      ["malformed", "%%%%not*base64url%%%%"],
      ["malformed, 64 characters", "é".repeat(64)],
      ["revoked", revoked],
      ["another scenario's", other.editSecret],
      ["near miss", current.slice(0, -1) + (current.endsWith("A") ? "B" : "A")],
    ];
    const before = await snapshotDatabase(t.db);
    for (const name of MUTATIONS) {
      const errors = [];
      for (const [label, secret] of wrong) errors.push([label, await trpcErrorOf(mutation(name, s, secret))] as const);
      errors.push(["a seed", await trpcErrorOf(mutation(name, { id: sq, version: 1 }, current))] as const);
      const [first] = errors;
      for (const [label, error] of errors) {
        expect([error.code, error.message, issuesOf(error)], `${name}, ${label}`).toEqual([
          first![1].code,
          first![1].message,
          issuesOf(first![1]),
        ]);
      }
      expect(first![1].code).toBe("FORBIDDEN");
    }
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});
