// `npm run bench -- instances`: saves and reads over HTTP through Parley's real server, as users
// would send them: SQLite with one instance, PostgreSQL with one instance, and PostgreSQL with two
// instances behind nginx (round-robin). 20 clients, each saving its own scenario in a loop.
// Prints throughput and latency; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import os from "node:os";
import path from "node:path";
import { statusQuoDocument } from "../tests/helpers/documents.ts";
import { clientAt, type Client } from "../tests/helpers/http-client.ts";
import { LIFTED_BUDGETS } from "../tests/helpers/app-server.ts";
import { nginxMissing, startLoadBalancer } from "../tests/helpers/nginx.ts";
import { startTestPostgres } from "../tests/helpers/postgres-databases.ts";
import { startParley, type RunningParley } from "../tests/helpers/server-process.ts";

const CLIENTS = 20;
const SAVES_PER_CLIENT = 50;
const GETS_PER_CLIENT = 100;

interface Figures {
  savesPerSecond: number;
  saveMedianMs: number;
  saveP95Ms: number;
  getsPerSecond: number;
  getMedianMs: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

async function load(url: string): Promise<Figures> {
  const clients: Client[] = Array.from({ length: CLIENTS }, (_, c) => clientAt(url, `127.0.5.${c + 1}`));
  const owned = await Promise.all(
    clients.map(async (client) => {
      const created = await client.mutate("scenario.create", { document: statusQuoDocument() });
      if (created.status !== 200) throw new Error(`create: ${created.status} ${created.text}`);
      return created.json.result.data as { id: string; editSecret: string; version: number };
    }),
  );
  const saveTimes: number[] = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async (client, c) => {
      const scenario = owned[c]!;
      for (let s = 0; s < SAVES_PER_CLIENT; s++) {
        const t0 = performance.now();
        const answer = await client.mutate("scenario.update", {
          id: scenario.id,
          editSecret: scenario.editSecret,
          baseVersion: scenario.version,
          document: { ...statusQuoDocument(), title: `bench ${c}.${s}` },
        });
        saveTimes.push(performance.now() - t0);
        if (answer.status !== 200) throw new Error(`save: ${answer.status} ${answer.text}`);
        scenario.version = answer.json.result.data.version;
      }
    }),
  );
  const saveSeconds = (performance.now() - started) / 1000;

  const getTimes: number[] = [];
  const getsStarted = performance.now();
  await Promise.all(
    clients.map(async (client, c) => {
      for (let g = 0; g < GETS_PER_CLIENT; g++) {
        const t0 = performance.now();
        const answer = await client.query("scenario.get", { id: owned[(c + g) % CLIENTS]!.id });
        getTimes.push(performance.now() - t0);
        if (answer.status !== 200) throw new Error(`get: ${answer.status} ${answer.text}`);
      }
    }),
  );
  const getSeconds = (performance.now() - getsStarted) / 1000;
  saveTimes.sort((a, b) => a - b);
  getTimes.sort((a, b) => a - b);
  return {
    savesPerSecond: (CLIENTS * SAVES_PER_CLIENT) / saveSeconds,
    saveMedianMs: quantile(saveTimes, 0.5),
    saveP95Ms: quantile(saveTimes, 0.95),
    getsPerSecond: (CLIENTS * GETS_PER_CLIENT) / getSeconds,
    getMedianMs: quantile(getTimes, 0.5),
  };
}

interface Storage {
  scenarios: number;
  revisions: number;
  scenarioBytes: number;
  revisionBytes: number;
}

/** Bytes on disk per scenario row and per revision (tables, their TOAST or overflow pages, indexes). */
function sqliteStorage(file: string): Storage {
  const db = new Database(file, { readonly: true });
  try {
    const bytes = (prefix: string) =>
      (
        db
          .prepare(
            `SELECT COALESCE(SUM(pgsize), 0) AS n FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = ?)`,
          )
          .get(prefix) as {
          n: number;
        }
      ).n;
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return {
      scenarios: count("Scenario"),
      revisions: count("ScenarioRevision"),
      scenarioBytes: bytes("Scenario"),
      revisionBytes: bytes("ScenarioRevision"),
    };
  } finally {
    db.close();
  }
}

async function postgresStorage(url: string): Promise<Storage> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    return {
      scenarios: await one(`SELECT COUNT(*) AS n FROM "Scenario"`),
      revisions: await one(`SELECT COUNT(*) AS n FROM "ScenarioRevision"`),
      scenarioBytes: await one(`SELECT pg_total_relation_size('"Scenario"') AS n`),
      revisionBytes: await one(`SELECT pg_total_relation_size('"ScenarioRevision"') AS n`),
    };
  } finally {
    await client.end();
  }
}

const storageLine = (name: string, s: Storage) =>
  `${name}: ${s.scenarios} scenarios, ${s.revisions} revisions; ` +
  `${Math.round(s.scenarioBytes / s.scenarios).toLocaleString("en-US")} bytes per scenario row, ` +
  `${Math.round(s.revisionBytes / s.revisions).toLocaleString("en-US")} bytes per revision (with indexes)`;

const row = (name: string, f: Figures) =>
  `| ${name.padEnd(36)} | ${f.savesPerSecond.toFixed(0).padStart(7)} | ${f.saveMedianMs.toFixed(1).padStart(7)} | ${f.saveP95Ms.toFixed(1).padStart(7)} | ${f.getsPerSecond.toFixed(0).padStart(7)} | ${f.getMedianMs.toFixed(1).padStart(7)} |`;

async function withInstances<T>(
  count: number,
  env: Record<string, string>,
  run: (url: string) => Promise<T>,
  behindNginx: boolean,
): Promise<T> {
  const instances: RunningParley[] = [];
  for (let i = 0; i < count; i++)
    instances.push(await startParley({ ...LIFTED_BUDGETS, ...env, ...(behindNginx ? { PARLEY_TRUST_PROXY: "1" } : {}) }));
  const balancer = behindNginx ? await startLoadBalancer(instances.map((i) => i.url)) : undefined;
  try {
    return await run(balancer?.url ?? instances[0]!.url);
  } finally {
    await balancer?.stop();
    await Promise.all(instances.map((i) => i.stop()));
  }
}

export async function benchInstances(): Promise<void> {
  console.log(
    `\nSaves and reads over HTTP: ${CLIENTS} clients, ${SAVES_PER_CLIENT} saves and ${GETS_PER_CLIENT} reads each (budgets lifted)`,
  );
  console.log(`| ${"setup".padEnd(36)} | saves/s | save ms | save95% | reads/s | read ms |`);
  console.log(`|${"-".repeat(38)}|---------|---------|---------|---------|---------|`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-bench-instances-"));
  const storage: string[] = [];
  try {
    const file = path.join(dir, "bench.db");
    console.log(row("SQLite, 1 instance", await withInstances(1, { DATABASE_URL: `file:${file}` }, load, false)));
    storage.push(storageLine("SQLite", sqliteStorage(file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const postgres = await startTestPostgres();
  if ("unavailable" in postgres) {
    console.log(`PostgreSQL rows not measured: ${postgres.unavailable}.`);
    for (const line of storage) console.log(line);
    return;
  }
  try {
    const one = await postgres.createDatabase("bench_one");
    console.log(row("PostgreSQL, 1 instance", await withInstances(1, { DATABASE_URL: one }, load, false)));
    storage.push(storageLine("PostgreSQL", await postgresStorage(one)));
    const missing = nginxMissing();
    if (missing) {
      console.log(`nginx: ${missing}; two instances not measured.`);
      return;
    }
    const two = await postgres.createDatabase("bench_two");
    console.log(row("PostgreSQL, 2 instances behind nginx", await withInstances(2, { DATABASE_URL: two }, load, true)));
  } finally {
    await postgres.stop();
    for (const line of storage) console.log(line);
  }
}
