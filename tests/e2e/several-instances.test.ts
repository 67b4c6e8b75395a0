// Two Parley instances on one PostgreSQL database behind Debian's nginx (round-robin), as a deployment
// would run them: saves from many clients with stale saves and a link rotation mid-run, a flood from
// one client, then one instance SIGKILLed mid-burst. Clients are told apart by their connection
// address (127.0.0.x): nginx appends it to X-Forwarded-For and the instances trust one proxy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusQuoDocument } from "../helpers/documents.ts";
import { clientAt, type Client, type HttpAnswer } from "../helpers/http-client.ts";
import { nginxMissing, startLoadBalancer, type LoadBalancer } from "../helpers/nginx.ts";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres-databases.ts";
import { startParley, type RunningParley } from "../helpers/server-process.ts";

const BUDGETS = {
  PARLEY_TRUST_PROXY: "1",
  // A window of four minutes (burst / per minute): a flood within it sees exactly one burst.
  PARLEY_RATE_LIMIT_PER_MINUTE: "10",
  PARLEY_RATE_LIMIT_BURST: "40",
  PARLEY_RATE_LIMIT_QUERIES_PER_MINUTE: "400",
  PARLEY_RATE_LIMIT_QUERIES_BURST: "400",
  PARLEY_RATE_LIMIT_PAGES_PER_MINUTE: "100",
  PARLEY_RATE_LIMIT_PAGES_BURST: "100",
  PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "10",
  PARLEY_RATE_LIMIT_SCENARIO_BURST: "40",
};
const MUTATION_BURST = Number(BUDGETS.PARLEY_RATE_LIMIT_BURST);

const nginxReason = nginxMissing();
let skipReason = nginxReason;
let postgres: TestPostgres | undefined;
let instances: RunningParley[] = [];
let balancer: LoadBalancer | undefined;

beforeAll(async () => {
  if (!skipReason) {
    const started = await startTestPostgres();
    if ("unavailable" in started) skipReason = started.unavailable;
    else postgres = started;
  }
  if (!postgres) {
    console.warn(`Several-instances tests skipped: ${skipReason}.`);
    return;
  }
  const env = { ...BUDGETS, DATABASE_URL: await postgres.createDatabase("several_instances") };
  // Both start at once on an empty database: one migrates and seeds under the lock, the other waits.
  instances = await Promise.all([startParley(env), startParley(env)]);
  balancer = await startLoadBalancer(instances.map((i) => i.url));
}, 240_000);

afterAll(async () => {
  await balancer?.stop();
  await Promise.all(instances.map((i) => i.stop()));
  await postgres?.stop();
});

interface Owned {
  id: string;
  editSecret: string;
  version: number;
}

const titleOf = (client: number, save: number) => `client ${client} save ${save}`;

async function create(client: Client): Promise<Owned> {
  const created = await client.mutate("scenario.create", { document: statusQuoDocument() });
  expect(created.status, created.text).toBe(200);
  return created.json.result.data as Owned;
}

function update(
  client: Client,
  owned: Pick<Owned, "id" | "editSecret">,
  baseVersion: number,
  title: string,
): Promise<HttpAnswer> {
  return client.mutate("scenario.update", {
    id: owned.id,
    editSecret: owned.editSecret,
    baseVersion,
    document: { ...statusQuoDocument(), title },
  });
}

/** The title of a scenario's revision, as stored. */
async function titleAt(client: Client, id: string, revision: number): Promise<string> {
  const answer = await client.query("scenario.diff", { from: { id, revision }, to: { id, revision } });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result.data.from.document.title;
}

interface Ack {
  version: number;
  title: string;
}

/** Acknowledged saves whose revision does not hold what was saved. */
async function missingAcks(client: Client, id: string, acks: readonly Ack[]): Promise<Ack[]> {
  const missing: Ack[] = [];
  for (const ack of acks) if ((await titleAt(client, id, ack.version)) !== ack.title) missing.push(ack);
  return missing;
}
/** One client floods with invalid deletes through `url` while another saves: the flood costs its sender only. */
async function floodWithVictim(url: string, attackerAddress: string, victimAddress: string): Promise<Owned> {
  const attacker = clientAt(url, attackerAddress);
  const statuses: number[] = [];
  for (let i = 0; i < MUTATION_BURST * 2; i++) statuses.push((await attacker.mutate("scenario.delete", {})).status);
  // Round-robin spreads the flood over the instances; had each its own budget, more than one burst would pass.
  expect(statuses.filter((s) => s === 400)).toHaveLength(MUTATION_BURST);
  expect(statuses.slice(MUTATION_BURST)).toEqual(Array(MUTATION_BURST).fill(429));

  const victimClient = clientAt(url, victimAddress);
  const victim = await create(victimClient);
  // Four saves in a row: round-robin sends them to every instance.
  for (let s = 0; s < 4; s++) {
    const saved = await update(victimClient, victim, victim.version, `victim save ${s}`);
    expect(saved.status, saved.text).toBe(200);
    victim.version = saved.json.result.data.version;
  }
  return victim;
}

const available = () => Boolean(balancer);

describe.skipIf(nginxReason)("two instances behind nginx on one PostgreSQL", () => {
  it("200 saves from 20 clients: every acknowledged save is in the history, every stale save is a conflict, a rotated link is refused by both", async ({
    skip,
  }) => {
    if (!available()) skip();
    const lb = balancer!;
    const owners = Array.from({ length: 4 }, (_, i) => clientAt(lb.url, `127.0.1.${i + 1}`));
    const scenarios = await Promise.all(owners.map(create));
    const rotated = await create(clientAt(lb.url, "127.0.1.9"));
    const oldSecret = rotated.editSecret;

    const acknowledged = new Map<string, Ack[]>(scenarios.map((s) => [s.id, []]));
    const outcomes = { ok: 0, conflict: 0, staleRefused: 0 };
    let rotatedAt = -1;

    // 20 clients, 10 saves each, five clients to a scenario: fresh saves race each other (some
    // win, the rest are conflicts), and every third save is deliberately made from an old version.
    await Promise.all(
      Array.from({ length: 20 }, async (_, c) => {
        const client = clientAt(lb.url, `127.0.2.${c + 1}`);
        const scenario = scenarios[c % scenarios.length]!;
        for (let s = 0; s < 10; s++) {
          if (c === 0 && s === 5) {
            const rotation = await client.mutate("scenario.rotateEditSecret", { id: rotated.id, editSecret: oldSecret });
            expect(rotation.status, rotation.text).toBe(200);
            expect(rotation.json.result.data.editSecret).not.toBe(oldSecret);
            rotated.editSecret = rotation.json.result.data.editSecret;
            rotatedAt = Date.now();
          }
          const current = await client.query("scenario.get", { id: scenario.id });
          expect(current.status, current.text).toBe(200);
          const version: number = current.json.result.data.version;
          const stale = s % 3 === 2 && version > 1;
          const title = titleOf(c, s);
          const answer = await update(client, scenario, stale ? version - 1 : version, title);
          if (stale) {
            expect(answer.status, answer.text).toBe(409);
            expect(answer.json.error.data.code).toBe("CONFLICT");
            outcomes.staleRefused++;
          } else if (answer.status === 200) {
            acknowledged.get(scenario.id)!.push({ version: answer.json.result.data.version, title });
            outcomes.ok++;
          } else {
            expect(answer.status, answer.text).toBe(409);
            outcomes.conflict++;
          }
        }
      }),
    );
    expect(outcomes.ok + outcomes.conflict + outcomes.staleRefused).toBe(200);
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.staleRefused).toBeGreaterThan(0);
    expect(rotatedAt).toBeGreaterThan(0);

    const reader = clientAt(lb.url, "127.0.1.20");
    for (const scenario of scenarios) {
      const acks = acknowledged.get(scenario.id)!;
      expect(await missingAcks(reader, scenario.id, acks), `acknowledged saves missing from ${scenario.id}`).toEqual([]);
      // No refused save slipped in: one revision per acknowledged save after the first.
      const current = await reader.query("scenario.get", { id: scenario.id });
      expect(current.json.result.data.version).toBe(1 + acks.length);
    }

    // The old link is refused by both instances, asked directly, and through nginx; the new one works.
    for (const url of [...instances.map((i) => i.url), lb.url]) {
      const attempt = await update(
        clientAt(url, "127.0.1.9"),
        { id: rotated.id, editSecret: oldSecret },
        rotated.version,
        "with the old link",
      );
      expect(attempt.status, `${url}: ${attempt.text}`).toBe(403);
    }
    const latest = await reader.query("scenario.get", { id: rotated.id });
    const withNew = await update(clientAt(lb.url, "127.0.1.9"), rotated, latest.json.result.data.version, "with the new link");
    expect(withNew.status, withNew.text).toBe(200);
  }, 300_000);

  it("a flood from one client is refused to it on both instances (one shared budget); another client's saves go through on both", async ({
    skip,
  }) => {
    if (!available()) skip();
    const lb = balancer!;
    const victim = await floodWithVictim(lb.url, "127.0.3.1", "127.0.3.2");
    // Asked directly, each instance still refuses the attacker (its address in X-Forwarded-For) and serves the victim.
    for (const instance of instances) {
      const direct = clientAt(instance.url, "127.0.3.3");
      expect((await direct.mutate("scenario.delete", {}, { "x-forwarded-for": "127.0.3.1" })).status).toBe(429);
      const saved = await direct.mutate(
        "scenario.update",
        {
          id: victim.id,
          editSecret: victim.editSecret,
          baseVersion: victim.version,
          document: { ...statusQuoDocument(), title: `direct to ${instance.url}` },
        },
        { "x-forwarded-for": "127.0.3.2" },
      );
      expect(saved.status, saved.text).toBe(200);
      victim.version = saved.json.result.data.version;
    }
  }, 120_000);

  it("SIGKILL one instance mid-burst: nginx sends the rest to the other, and every acknowledged save is stored", async ({
    skip,
  }) => {
    if (!available()) skip();
    const lb = balancer!;
    const clients = Array.from({ length: 5 }, (_, c) => clientAt(lb.url, `127.0.4.${c + 1}`));
    const owned = await Promise.all(clients.map(create));
    const acknowledged: Ack[][] = owned.map(() => []);
    const [, doomed] = instances;
    let acks = 0;
    let killed = false;

    await Promise.all(
      clients.map(async (client, c) => {
        const scenario = owned[c]!;
        for (let s = 0; s < 20; s++) {
          if (!killed && acks >= 30) {
            killed = true;
            doomed!.signal("SIGKILL");
          }
          const title = `burst ${c}.${s}`;
          let answer: HttpAnswer;
          try {
            answer = await update(client, scenario, scenario.version, title);
          } catch {
            continue; // The connection died with the instance: not acknowledged.
          }
          if (answer.status === 200) {
            scenario.version = answer.json.result.data.version;
            acknowledged[c]!.push({ version: scenario.version, title });
            acks++;
          } else if (answer.status === 409) {
            // A save whose answer was lost with the instance may have been stored: reload the version.
            const current = await client.query("scenario.get", { id: scenario.id });
            scenario.version = current.json.result.data.version;
          } else {
            // 502 from nginx while the killed instance's connections drop: not acknowledged.
            expect([502, 503], answer.text).toContain(answer.status);
          }
        }
      }),
    );
    expect(killed).toBe(true);
    await doomed!.exited;

    const reader = clientAt(lb.url, "127.0.4.20");
    for (const [c, scenario] of owned.entries()) {
      expect(await missingAcks(reader, scenario.id, acknowledged[c]!)).toEqual([]);
    }
    // And again with one instance left: a stale save is a conflict, a rotated link is refused, a flood costs its sender only.
    const stale = await update(clients[1]!, owned[1]!, owned[1]!.version - 1, "stale after the kill");
    expect(stale.status, stale.text).toBe(409);
    const rotation = await clients[2]!.mutate("scenario.rotateEditSecret", {
      id: owned[2]!.id,
      editSecret: owned[2]!.editSecret,
    });
    expect(rotation.status, rotation.text).toBe(200);
    const oldLink = await update(clients[2]!, owned[2]!, owned[2]!.version, "old link after the kill");
    expect(oldLink.status, oldLink.text).toBe(403);
    await floodWithVictim(lb.url, "127.0.4.30", "127.0.4.31");
    // The survivor alone serves everything through nginx: saves, the health check.
    const after = await update(clients[0]!, owned[0]!, owned[0]!.version, "after the kill");
    expect(after.status, after.text).toBe(200);
    expect((await reader.get("/api/health")).status).toBe(200);
  }, 180_000);
});
