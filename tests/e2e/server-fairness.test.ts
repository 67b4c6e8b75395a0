// The denial-of-service cases against Parley's real server over real sockets: clients are
// told apart by their connection's address (127.0.0.2, 127.0.0.3, … are all loopback), and whatever
// one of them sends, another's saves go through. Two servers of their own with small budgets: one
// with no proxy in front, one that trusts one proxy (PARLEY_TRUST_PROXY=1).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusQuoDocument } from "../helpers/documents.ts";
import { clientAt } from "../helpers/http-client.ts";
import { startParley, type RunningParley } from "../helpers/server-process.ts";

const BUDGETS = {
  PARLEY_RATE_LIMIT_PER_MINUTE: "20",
  PARLEY_RATE_LIMIT_BURST: "20",
  PARLEY_RATE_LIMIT_QUERIES_PER_MINUTE: "60",
  PARLEY_RATE_LIMIT_QUERIES_BURST: "20",
  PARLEY_RATE_LIMIT_PAGES_PER_MINUTE: "30",
  PARLEY_RATE_LIMIT_PAGES_BURST: "10",
  PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "30",
  PARLEY_RATE_LIMIT_SCENARIO_BURST: "10",
};

let dir: string;
let direct: RunningParley;
let behindProxy: RunningParley;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-fairness-"));
  [direct, behindProxy] = await Promise.all([
    startParley({ ...BUDGETS, DATABASE_URL: `file:${path.join(dir, "direct.db")}` }),
    startParley({ ...BUDGETS, PARLEY_TRUST_PROXY: "1", DATABASE_URL: `file:${path.join(dir, "proxied.db")}` }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([direct?.stop(), behindProxy?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

interface Owned {
  id: string;
  editSecret: string;
  version: number;
}

/** A victim who creates a scenario and can then save it, over its own connection address. */
async function victimAt(server: RunningParley, address: string) {
  const client = clientAt(server.url, address);
  const created = await client.mutate("scenario.create", { document: statusQuoDocument() });
  expect(created.status, created.text).toBe(200);
  const scenario: Owned = created.json.result.data;
  return {
    client,
    scenario,
    async save(title: string) {
      const res = await client.mutate("scenario.update", {
        id: scenario.id,
        editSecret: scenario.editSecret,
        baseVersion: scenario.version,
        document: { ...statusQuoDocument(), title },
      });
      if (res.status === 200) scenario.version = res.json.result.data.version;
      return res;
    },
    async titles() {
      const history = await client.query("scenario.history", { id: scenario.id });
      expect(history.status, history.text).toBe(200);
      return JSON.stringify(history.json.result.data);
    },
  };
}

async function times(n: number, call: () => Promise<{ status: number }>): Promise<number[]> {
  const statuses = [];
  for (let i = 0; i < n; i++) statuses.push((await call()).status);
  return statuses;
}

describe("no client can lock out another (no proxy)", () => {
  it("100 × POST scenario.delete with {}: the sender is refused, another client's saves are stored", async () => {
    const attacker = clientAt(direct.url, "127.0.0.2");
    const victim = await victimAt(direct, "127.0.0.3");
    const statuses = await times(100, () => attacker.mutate("scenario.delete", {}));
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(400));
    expect(statuses.slice(20)).toEqual(Array(80).fill(429));
    for (const title of ["first after the flood", "second after the flood"]) {
      const saved = await victim.save(title);
      expect(saved.status, saved.text).toBe(200);
      expect(await victim.titles()).toContain(title);
    }
  });

  it("floods of /api/trpc/,,,,,,,,,?batch=1 cost their sender only", async () => {
    const attacker = clientAt(direct.url, "127.0.0.4");
    const victim = await victimAt(direct, "127.0.0.5");
    const statuses = await times(6, () => attacker.post("/api/trpc/,,,,,,,,,?batch=1", {}));
    expect(statuses.slice(2)).toEqual(Array(4).fill(429));
    const saved = await victim.save("after the batch flood");
    expect(saved.status, saved.text).toBe(200);
  });

  it("a client-written X-Forwarded-For or private header does not buy a fresh budget", async () => {
    const attacker = clientAt(direct.url, "127.0.0.6");
    let i = 0;
    const statuses = await times(25, () =>
      attacker.mutate("scenario.delete", {}, { "x-forwarded-for": `192.0.2.${++i}`, "x-parley-client": `198.51.100.${i}` }),
    );
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    const victim = await victimAt(direct, "127.0.0.7");
    expect((await victim.save("after the spoofing")).status).toBe(200);
  });

  it("a query flood is refused to its sender only", async () => {
    const attacker = clientAt(direct.url, "127.0.0.8");
    const statuses = await times(25, () => attacker.query("scenario.list", {}));
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    const victim = await victimAt(direct, "127.0.0.9");
    expect((await victim.client.query("scenario.list", {})).status).toBe(200);
    expect((await victim.save("while another floods queries")).status).toBe(200);
  });

  it("a page flood is refused to its sender only; static files are not counted", async () => {
    const attacker = clientAt(direct.url, "127.0.0.11");
    const statuses = await times(12, () => attacker.get("/compare"));
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const refused = await attacker.get("/s/anything");
    expect(refused.text).toMatch(/^Too many pages in a short time: try again in \d+ s\.$/);
    expect(refused.headers["content-security-policy"]).toBeTruthy();
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await attacker.get("/icon.svg")).status).toBe(200);
    const victim = await victimAt(direct, "127.0.0.12");
    expect((await victim.client.get("/compare")).status).toBe(200);
    expect((await victim.save("while another floods pages")).status).toBe(200);
  });

  it("saves to one scenario are budgeted per client and scenario", async () => {
    const owner = await victimAt(direct, "127.0.0.10");
    const statuses = await times(11, () => owner.save("again"));
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
    // The same owner can still work on another scenario.
    const created = await owner.client.mutate("scenario.create", { document: statusQuoDocument() });
    expect(created.status).toBe(200);
  });
});

describe("behind one trusted proxy (PARLEY_TRUST_PROXY=1)", () => {
  // Both "clients" connect from the proxy's address; the proxy appends the address it saw.
  const proxy = () => clientAt(behindProxy.url, "127.0.0.20");

  it("each client has its own budget, keyed by the address the proxy appended", async () => {
    const attacker = proxy();
    const statuses = await times(22, () => attacker.mutate("scenario.delete", {}, { "x-forwarded-for": "203.0.113.66" }));
    expect(statuses.slice(20)).toEqual([429, 429]);
    const victim = proxy();
    const created = await victim.mutate(
      "scenario.create",
      { document: statusQuoDocument() },
      { "x-forwarded-for": "198.51.100.7" },
    );
    expect(created.status, created.text).toBe(200);
  });

  it("what the client wrote to the left of the proxy's entry is ignored", async () => {
    const attacker = proxy();
    let i = 0;
    const statuses = await times(22, () =>
      attacker.mutate("scenario.delete", {}, { "x-forwarded-for": `192.0.2.${++i}, 203.0.113.77` }),
    );
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});
