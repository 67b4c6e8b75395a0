import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, httpConfigFromEnv } from "@/server/http/config.ts";
import { handleTrpcRequest } from "@/server/http/handler.ts";
import { createBudgets, type Budgets } from "@/server/http/rate-limit.ts";
import { createInnerContext } from "@/server/trpc/context.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable, type Editable } from "../helpers/editable.ts";
import { fromClient, send, trpcRequest } from "../helpers/http-trpc.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// The budgets of server/http/rate-limit.ts through the real tRPC endpoint, with clients told apart
// by the private header Parley's server sets from the connection (tests/e2e/server-fairness.test.ts
// does the same over real sockets). The denial-of-service cases: whatever one client sends,
// another client's saves go through.

const t = testDbPerFile();
afterEach(() => {
  vi.useRealTimers();
});

const ATTACKER = fromClient("203.0.113.66");
const VICTIM = fromClient("198.51.100.7");

/** Small budgets, as configured by the environment (defaults for whatever is not given). */
function budgets(env: Record<string, string>): Budgets {
  return createBudgets(httpConfigFromEnv(env).rateLimit);
}

/** A valid save of `scenario` (from its current version), sent by `client`. */
function save(scenario: Editable, client: Record<string, string>, title = `saved at ${Math.random()}`) {
  return trpcRequest("scenario.update", {
    input: {
      id: scenario.id,
      editSecret: scenario.editSecret,
      baseVersion: scenario.version,
      document: { ...scenario.document, title },
    },
    headers: client,
  });
}

async function saveAndFollow(scenario: Editable, client: Record<string, string>, limits: Budgets) {
  const res = await send(t.db, save(scenario, client), { budgets: limits });
  if (res.status === 200) scenario.version = (res.body.result.data as { version: number }).version;
  return res;
}

describe("configuration", () => {
  it("has defaults for every budget and reads each from its variable", () => {
    expect(httpConfigFromEnv({}).rateLimit).toEqual({
      mutations: { perMinute: 60, burst: 20 },
      queries: { perMinute: 600, burst: 120 },
      pages: { perMinute: 300, burst: 100 },
      scenarioChanges: { perMinute: 30, burst: 10 },
    });
    const config = httpConfigFromEnv({
      PARLEY_RATE_LIMIT_PER_MINUTE: "5",
      PARLEY_RATE_LIMIT_QUERIES_PER_MINUTE: "1000",
      PARLEY_RATE_LIMIT_QUERIES_BURST: "50",
      PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "2",
    });
    expect(config.rateLimit).toMatchObject({
      mutations: { perMinute: 5, burst: 5 },
      queries: { perMinute: 1000, burst: 50 },
      scenarioChanges: { perMinute: 2, burst: 2 },
    });
  });

  it.each([
    ["PARLEY_RATE_LIMIT_PER_MINUTE", "sixty", /PARLEY_RATE_LIMIT_PER_MINUTE must be a positive number, not "sixty"/],
    ["PARLEY_RATE_LIMIT_BURST", "0", /PARLEY_RATE_LIMIT_BURST must be a positive number/],
    ["PARLEY_RATE_LIMIT_QUERIES_BURST", "-3", /PARLEY_RATE_LIMIT_QUERIES_BURST must be a positive number/],
    ["PARLEY_RATE_LIMIT_PER_MINUT", "60", /PARLEY_RATE_LIMIT_PER_MINUT is not a setting Parley knows/],
    ["PARLEY_TRUST_PROXY", "yes", /PARLEY_TRUST_PROXY must be a whole number from 0 to 1000, not "yes"/],
    ["PARLEY_TRUST_PROXY", "1.5", /PARLEY_TRUST_PROXY must be a whole number/],
  ])("%s=%s stops with a message naming it", (name, value, message) => {
    let error: unknown;
    try {
      httpConfigFromEnv({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect(String((error as Error).message)).toMatch(message);
  });

  it("PARLEY_TRUST_PROXY counts proxies (0 by default)", () => {
    expect(httpConfigFromEnv({}).trustedProxies).toBe(0);
    expect(httpConfigFromEnv({ PARLEY_TRUST_PROXY: "2" }).trustedProxies).toBe(2);
  });
});

describe("one client cannot lock out another", () => {
  it("100 × scenario.delete with {} from one client: its own 400s then 429s, and another client's save succeeds", async () => {
    const limits = budgets({ PARLEY_RATE_LIMIT_PER_MINUTE: "20", PARLEY_RATE_LIMIT_BURST: "20" });
    const victim = await createEditable(t.caller);
    const before = await snapshotDatabase(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      statuses.push(
        (await send(t.db, trpcRequest("scenario.delete", { input: {}, headers: ATTACKER }), { budgets: limits })).status,
      );
    }
    // Invalid calls cost their sender: the first 20 are answered (400), the rest refused.
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(400));
    expect(statuses.slice(20)).toEqual(Array(80).fill(429));
    expect(await snapshotDatabase(t.db)).toEqual(before);

    const res = await saveAndFollow(victim, VICTIM, limits);
    expect(res.status, res.text).toBe(200);
    expect((await t.caller.scenario.get({ id: victim.id })).version).toBe(2);
  });

  it("floods of /api/trpc/,,,,,,,,,?batch=1 cost their sender only", async () => {
    const limits = budgets({ PARLEY_RATE_LIMIT_PER_MINUTE: "20", PARLEY_RATE_LIMIT_BURST: "20" });
    const victim = await createEditable(t.caller);
    const flood = () =>
      send(t.db, trpcRequest(",,,,,,,,,", { params: { batch: "1" }, input: {}, headers: ATTACKER }), { budgets: limits });
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await flood()).status);
    // Ten calls each: two floods spend the attacker's 20 tokens.
    expect(statuses.slice(2)).toEqual(Array(8).fill(429));
    for (let i = 0; i < 3; i++) expect((await saveAndFollow(victim, VICTIM, limits)).status).toBe(200);
  });

  it("a query flood is refused to its sender only; another client's queries and saves go through", async () => {
    const limits = budgets({ PARLEY_RATE_LIMIT_QUERIES_PER_MINUTE: "30", PARLEY_RATE_LIMIT_QUERIES_BURST: "10" });
    const victim = await createEditable(t.caller);
    const list = (client: Record<string, string>) =>
      send(t.db, trpcRequest("scenario.list", { method: "GET", input: {}, headers: client }), { budgets: limits });
    const statuses = [];
    for (let i = 0; i < 15; i++) statuses.push((await list(ATTACKER)).status);
    expect(statuses).toEqual([...Array(10).fill(200), ...Array(5).fill(429)]);
    const refused = await list(ATTACKER);
    expect(refused.body.error).toMatchObject({ data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await list(VICTIM)).status).toBe(200);
    expect((await saveAndFollow(victim, VICTIM, limits)).status).toBe(200);
  });

  it("X-Forwarded-For from the client names no one: the connection's address decides the budget", async () => {
    const limits = budgets({ PARLEY_RATE_LIMIT_PER_MINUTE: "2", PARLEY_RATE_LIMIT_BURST: "2" });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const headers = { ...ATTACKER, "x-forwarded-for": `192.0.2.${i}` };
      statuses.push(
        (
          await send(t.db, trpcRequest("scenario.create", { input: { document: statusQuoDocument() }, headers }), {
            budgets: limits,
          })
        ).status,
      );
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it("without Parley's server in front, a client-written private header is not believed: all share one budget", async () => {
    const limits = budgets({ PARLEY_RATE_LIMIT_PER_MINUTE: "2", PARLEY_RATE_LIMIT_BURST: "2" });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const req = trpcRequest("scenario.create", {
        input: { document: statusQuoDocument() },
        headers: fromClient(`192.0.2.${i}`),
      });
      const res = await handleTrpcRequest(req, {
        createContext: () => createInnerContext({ db: t.db }),
        budgets: limits,
        clientHeaderIsSet: false,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("the budget comes back once its window has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    const limits = budgets({ PARLEY_RATE_LIMIT_PER_MINUTE: "6", PARLEY_RATE_LIMIT_BURST: "2" });
    const create = () =>
      send(t.db, trpcRequest("scenario.create", { input: { document: statusQuoDocument() }, headers: ATTACKER }), {
        budgets: limits,
      });
    expect([(await create()).status, (await create()).status]).toEqual([200, 200]);
    const refused = await create();
    expect(refused.status).toBe(429);
    // 2 per window of 20 s (6 a minute on average).
    expect(refused.headers.get("retry-after")).toBe("20");
    vi.advanceTimersByTime(20_001);
    expect((await create()).status).toBe(200);
  });
});

describe("changes to one existing scenario", () => {
  const limits = () => budgets({ PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "6", PARLEY_RATE_LIMIT_SCENARIO_BURST: "3" });

  it("are budgeted per client and scenario: the same client can still save another scenario, another client this one", async () => {
    const l = limits();
    const first = await createEditable(t.caller);
    const second = await createEditable(t.caller);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await saveAndFollow(first, VICTIM, l)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await saveAndFollow(first, VICTIM, l);
    expect(refused.body.error.message).toMatch(/^Too many changes to this scenario in a short time: try again in \d+ s$/);
    expect((await t.caller.scenario.get({ id: first.id })).version).toBe(4);

    expect((await saveAndFollow(second, VICTIM, l)).status).toBe(200);
    const colleague = fromClient("198.51.100.8");
    expect((await saveAndFollow(first, colleague, l)).status).toBe(200);
  });

  it("refused changes (wrong secret, invalid input, stale version) take nothing from it", async () => {
    const l = limits();
    const scenario = await createEditable(t.caller);
    const wrongSecret = { ...scenario, editSecret: "A".repeat(22) };
    const stale = { ...scenario };
    expect((await saveAndFollow(scenario, VICTIM, l)).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      expect((await send(t.db, save(wrongSecret, VICTIM), { budgets: l })).status).toBe(403);
      expect((await send(t.db, save(stale, VICTIM), { budgets: l })).status).toBe(409);
      const invalid = trpcRequest("scenario.update", {
        input: { id: scenario.id, editSecret: scenario.editSecret, baseVersion: 1, document: {} },
        headers: VICTIM,
      });
      expect((await send(t.db, invalid, { budgets: l })).status).toBe(400);
    }
    for (let i = 0; i < 2; i++) expect((await saveAndFollow(scenario, VICTIM, l)).status).toBe(200);
    expect((await saveAndFollow(scenario, VICTIM, l)).status).toBe(429);
  });

  it("restore, delete, publish and link replacement draw from the same budget", async () => {
    const l = budgets({ PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "6", PARLEY_RATE_LIMIT_SCENARIO_BURST: "4" });
    const s = await createEditable(t.caller);
    const call = (path: string, input: object) =>
      send(t.db, trpcRequest(path, { input: { id: s.id, editSecret: s.editSecret, ...input }, headers: VICTIM }), { budgets: l });
    expect((await call("scenario.setPublished", { published: true })).status).toBe(200);
    expect((await call("scenario.restore", { revision: 1 })).status).toBe(200);
    expect((await call("scenario.delete", {})).status).toBe(200);
    expect((await call("scenario.undelete", {})).status).toBe(200);
    expect((await call("scenario.setPublished", { published: false })).status).toBe(429);
    expect(
      (
        await send(t.db, trpcRequest("scenario.create", { input: { document: statusQuoDocument() }, headers: VICTIM }), {
          budgets: l,
        })
      ).status,
    ).toBe(200);
  });

  it("calls made in-process (server components) have no HTTP budget", async () => {
    const s = await createEditable(t.caller);
    let version = s.version;
    for (let i = 0; i < 15; i++)
      version = (
        await t.caller.scenario.update({ id: s.id, editSecret: s.editSecret, baseVersion: version, document: s.document })
      ).version;
    expect(version).toBe(16);
  });
});
