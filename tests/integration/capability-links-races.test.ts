import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createInnerContext } from "@/server/trpc/context.ts";
import { createCaller } from "@/server/trpc/root.ts";
import { capabilityLinks, sha256, type MutationName } from "../helpers/capability-links.ts";
import { connect } from "../helpers/connect.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable, strangerSecret, type Caller } from "../helpers/editable.ts";
import { storedRevisions } from "../helpers/revisions.ts";
import { expectTRPCError, trpcErrorOf } from "../helpers/trpc-errors.ts";

// Capability links under concurrency: two clients racing with the same secret, and a secret
// rotated by another client while a request that passed the check is still in flight.

const { t, storedHash, scenarioWithHistory, mutation } = capabilityLinks();

describe("rotateEditSecret", () => {
  it("two rotations racing with the same secret: exactly one wins; the loser is FORBIDDEN and gets no secret", async () => {
    const s = await createEditable(t.caller);
    const a = await connect(t.file);
    const b = await connect(t.file);
    try {
      const results = await Promise.allSettled(
        [a, b].map((c) => c.caller.scenario.rotateEditSecret({ id: s.id, editSecret: s.editSecret })),
      );
      expect(results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as TRPCError).code)).sort()).toEqual([
        "FORBIDDEN",
        "ok",
      ]);
      const winner = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ editSecret: string }>).value
        .editSecret;
      expect(await storedHash(s.id)).toBe(sha256(winner));
      await expectTRPCError(mutation("update", s, s.editSecret), "FORBIDDEN");
      expect(
        (await t.caller.scenario.update({ id: s.id, editSecret: winner, baseVersion: 1, document: statusQuoDocument() })).version,
      ).toBe(2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a save racing a rotation with the old secret either lands before it or is FORBIDDEN; never after it", async () => {
    for (let round = 0; round < 5; round++) {
      const s = await createEditable(t.caller);
      const other = await connect(t.file);
      try {
        const [save, rotation] = await Promise.allSettled([
          other.caller.scenario.update({
            id: s.id,
            editSecret: s.editSecret,
            baseVersion: 1,
            document: { ...statusQuoDocument(), title: "Racing" },
          }),
          t.caller.scenario.rotateEditSecret({ id: s.id, editSecret: s.editSecret }),
        ]);
        expect(rotation.status).toBe("fulfilled");
        const revisions = await storedRevisions(t.db, s.id);
        if (save.status === "fulfilled") expect(revisions.map((r) => r.number)).toEqual([1, 2]);
        else {
          expect((save.reason as TRPCError).code).toBe("FORBIDDEN");
          expect(revisions.map((r) => r.number)).toEqual([1]);
        }
      } finally {
        await other.close();
      }
    }
  });
});

/** Sets the stored hash in SQL, as another server process rotating the secret would (updatedAt aside). */
const setHash = (id: string, hash: string) => t.db.$executeRaw`UPDATE Scenario SET editSecretHash = ${hash} WHERE id = ${id}`;

/**
 * A caller on `t.db` that, just before the request's first write (a scenario.updateMany, or a
 * transaction), lets another client rotate the scenario's secret: the secret the request was
 * checked with is revoked while it is in flight. Deterministic, unlike racing two connections.
 */
function callerRotatingBeforeFirstWrite(id: string): { caller: Caller; rotatedTo: () => string | null } {
  let rotatedTo: string | null = null;
  const rotate = async () => {
    if (rotatedTo !== null) return;
    rotatedTo = strangerSecret();
    await setHash(id, sha256(rotatedTo));
  };
  const scenario = new Proxy(t.db.scenario, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key !== "updateMany" || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await rotate();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const db = new Proxy(t.db, {
    get(target, key) {
      if (key === "scenario") return scenario;
      const value = Reflect.get(target, key, target) as unknown;
      if (key === "$transaction" && typeof value === "function") {
        return async (...args: unknown[]) => {
          await rotate();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { caller: createCaller(createInnerContext({ db })), rotatedTo: () => rotatedTo };
}

describe("a secret revoked while the request is in flight", () => {
  // The request passed the secret check, then another client rotated the secret before the
  // request wrote: it must be refused like any revoked secret (FORBIDDEN) and change nothing.
  async function expectRefusedMidFlight(name: MutationName) {
    const s = await scenarioWithHistory();
    const before = await snapshotDatabase(t.db);
    const racing = callerRotatingBeforeFirstWrite(s.id);
    const outcome = await mutation(name, s, s.editSecret, racing.caller)().then(
      (result) => ({ code: "OK", message: JSON.stringify(result).slice(0, 120) }),
      (error: TRPCError) => ({ code: error.code as string, message: error.message }),
    );
    expect(racing.rotatedTo(), "the rotation happened").not.toBeNull();
    expect(await t.caller.scenario.get({ id: s.id })).toMatchObject({ version: 2, published: false, document: s.document });
    // Nothing but the rotation itself changed: undo it, and every byte is as before.
    await setHash(s.id, sha256(s.editSecret));
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect(outcome).toEqual({ code: "FORBIDDEN", message: expect.stringMatching(/^editSecret: /) });
  }

  for (const name of ["update", "restore", "rotateEditSecret"] as const) {
    it(`${name} is FORBIDDEN and writes nothing`, () => expectRefusedMidFlight(name));
  }

  it("setPublished is FORBIDDEN and writes nothing", () => expectRefusedMidFlight("setPublished"));

  it("delete is FORBIDDEN and writes nothing", () => expectRefusedMidFlight("delete"));

  it("undelete is FORBIDDEN and writes nothing", async () => {
    const s = await createEditable(t.caller);
    await t.caller.scenario.delete({ id: s.id, editSecret: s.editSecret });
    const before = await snapshotDatabase(t.db);
    const racing = callerRotatingBeforeFirstWrite(s.id);
    const error = await trpcErrorOf(() => racing.caller.scenario.undelete({ id: s.id, editSecret: s.editSecret }));
    expect(racing.rotatedTo()).not.toBeNull();
    await expectTRPCError(() => t.caller.scenario.get({ id: s.id }), "NOT_FOUND");
    await setHash(s.id, sha256(s.editSecret));
    expect(await snapshotDatabase(t.db)).toEqual(before);
    expect([error.code, error.message]).toEqual(["FORBIDDEN", expect.stringMatching(/^editSecret: /)]);
  });
});
