// npm run bench: prints timings; asserts nothing.
//   1. diff of two full scenarios (domain)           target < 1 ms
//   2. comparison of four full scenarios (domain)
//   3. scenario.compare server time with 10,000 scenarios × 20 revisions in SQLite   target < 50 ms
//   4. negotiation analysis: scoring and Pareto frontier at 10^4–10^6 packages   target 10^6 < 1 s
//   5. the analysis page in Chromium: slider step latency and longest main-thread task at 10^4, 10^5
//      and the real catalogue   target (real catalogue): median < 100 ms, no task over 50 ms
//   6. the store against raw prepared statements (bench/store.ts): get, save, list page, history page,
//      search at 100 and 100,000 scenarios   targets: get ≥ 0.5× raw, save ≥ 0.5× raw, search 10^5 ≤ 2× 10^2
//   7. the buffer band: computed and projected on the server for a new depth, and for one asked before
//   8. saves and reads over HTTP: SQLite one instance, PostgreSQL one and two instances behind nginx
//   9. page speed against a hello-world page of the same Next.js (bench/page-speed.ts)
//      target: LCP ≤ 1.5×, scripts ≤ 1.3× (≤ 1.8× with a map or chart), CLS ≤ 0.05
// `npm run bench -- <part>` runs one part: browser (5), store (6), band (7), instances (8),
// pages (9; `--chunks` lists each page's scripts, `--runs N` loads each page N times instead of 5,
// `--only analysis,diff` loads only the pages whose path contains one of those words, beside hello world).
// The large database is built once in the OS temp folder and reused (delete it to rebuild).
import { existsSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { compareScenarios } from "../server/domain/compare.ts";
import { benchAnalysis } from "./analysis.ts";
import { benchBrowserAnalysis } from "./browser-analysis.ts";
import { benchStore } from "./store.ts";
import { benchBufferZone } from "./buffer-zone.ts";
import { benchInstances } from "./instances.ts";
import { benchPageSpeed } from "./page-speed.ts";
import { diffDocuments } from "../server/domain/diff.ts";
import type { ScenarioDocument } from "../server/domain/scenario.ts";
import { SEED_SCENARIOS } from "../server/domain/seeds/index.ts";
import { createDb } from "../server/db/client.ts";
import { migrateDatabase } from "../server/db/migrate.ts";
import { prepareDatabase } from "../server/db/bootstrap.ts";
import { createInnerContext } from "../server/trpc/context.ts";
import { createCaller } from "../server/trpc/root.ts";

const SCENARIOS = 10_000;
const REVISIONS = 20;
const DB_FILE = path.join(os.tmpdir(), `parley-bench-${SCENARIOS}x${REVISIONS}.db`);

function time<T>(runs: number, fn: (i: number) => T): { meanMs: number; p50Ms: number; p95Ms: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    meanMs: samples.reduce((s, x) => s + x, 0) / runs,
    p50Ms: samples[Math.floor(runs * 0.5)]!,
    p95Ms: samples[Math.floor(runs * 0.95)]!,
  };
}

const fmt = (r: { meanMs: number; p50Ms: number; p95Ms: number }) =>
  `mean ${r.meanMs.toFixed(3)} ms, median ${r.p50Ms.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms`;

/** A seed with a few figures and terms moved, so that revisions differ. */
function variant(base: ScenarioDocument, scenario: number, revision: number): ScenarioDocument {
  const doc = structuredClone(base);
  const t = doc.terms.territory;
  const shift = ((scenario * 7 + revision * 13) % 500) + 1;
  t["UA-14"].russiaKm2 = Math.min(26517, t["UA-14"].russiaKm2 + shift);
  t["UA-14"].ukraineKm2 = 26517 - t["UA-14"].russiaKm2 - t["UA-14"].contestedKm2;
  doc.title = `${base.title} #${scenario}`;
  doc.terms.ceasefire.duration = { value: (revision % 30) + 1, status: "assumption", note: `Bench revision ${revision}` };
  return doc;
}

function benchDomain() {
  const docs = SEED_SCENARIOS.map((s) => s.document());
  const [a, b] = [docs[0]!, docs[1]!];
  for (let i = 0; i < 2000; i++) diffDocuments(a, b); // warm up
  console.log(
    `diff of two full scenarios (${diffDocuments(a, b).length} changes): ${fmt(time(20_000, () => diffDocuments(a, b)))}`,
  );
  for (let i = 0; i < 500; i++) compareScenarios(docs, 0);
  console.log(`comparison of four full scenarios: ${fmt(time(5_000, () => compareScenarios(docs, 1)))}`);
}

async function buildLargeDatabase(): Promise<string[]> {
  if (existsSync(DB_FILE)) {
    const db = new Database(DB_FILE, { readonly: true });
    const count = (db.prepare("SELECT COUNT(*) AS n FROM ScenarioRevision").get() as { n: number }).n;
    const ids = (db.prepare("SELECT id FROM Scenario").all() as { id: string }[]).map((r) => r.id);
    db.close();
    if (count === SCENARIOS * REVISIONS) return ids;
    rmSync(DB_FILE, { force: true });
  }
  console.log(`building ${DB_FILE}: ${SCENARIOS} scenarios × ${REVISIONS} revisions…`);
  const started = performance.now();
  await migrateDatabase(DB_FILE);
  const db = new Database(DB_FILE);
  const seeds = SEED_SCENARIOS.map((s) => s.document());
  const insertScenario = db.prepare(
    "INSERT INTO Scenario (id, title, titleSearch, schemaVersion, document, version, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
  );
  const insertRevision = db.prepare(
    "INSERT INTO ScenarioRevision (scenarioId, number, schemaVersion, document, createdAt) VALUES (?, ?, 1, ?, ?)",
  );
  const ids: string[] = [];
  const batch = db.transaction((from: number, to: number) => {
    for (let s = from; s < to; s++) {
      const id = `bench-${s.toString().padStart(5, "0")}`;
      ids.push(id);
      const at = new Date(Date.UTC(2025, 0, 1) + s * 60_000).toISOString();
      const revisions = Array.from({ length: REVISIONS }, (_, r) => variant(seeds[s % seeds.length]!, s, r + 1));
      const latest = revisions.at(-1)!;
      insertScenario.run(id, latest.title, latest.title.toLowerCase(), JSON.stringify(latest), REVISIONS, at, at);
      revisions.forEach((doc, r) => insertRevision.run(id, r + 1, JSON.stringify(doc), at));
    }
  });
  for (let s = 0; s < SCENARIOS; s += 500) batch(s, Math.min(SCENARIOS, s + 500));
  db.close();
  const mb = statSync(DB_FILE).size / 1e6;
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s (${mb.toFixed(0)} MB)`);
  return ids;
}

async function benchCompareProcedure() {
  const ids = await buildLargeDatabase();
  // A file built by an older checkout gets the newer migrations and its list columns filled.
  await prepareDatabase(DB_FILE);
  const db = await createDb(DB_FILE);
  const caller = createCaller(createInnerContext({ db }));
  const pick = (i: number) => [0, 1, 2, 3].map((k) => ids[(i * 2_654_435_761 + k * 7919) % ids.length]!);
  for (let i = 0; i < 50; i++) await caller.scenario.compare({ ids: pick(i) }); // warm up
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    await caller.scenario.compare({ ids: pick(i + 50), referenceId: pick(i + 50)[1] });
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  console.log(
    `scenario.compare of 4 with ${ids.length} scenarios × ${REVISIONS} revisions: ` +
      `mean ${mean.toFixed(2)} ms, median ${samples[250]!.toFixed(2)} ms, p95 ${samples[475]!.toFixed(2)} ms`,
  );
  const h: number[] = [];
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    await caller.scenario.history({ id: ids[i * 37]! });
    h.push(performance.now() - start);
  }
  h.sort((a, b) => a - b);
  console.log(`scenario.history of a 20-revision scenario: median ${h[50]!.toFixed(2)} ms, p95 ${h[95]!.toFixed(2)} ms`);
  await db.$disconnect();
}

console.log(`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"})`);
const only = process.argv[2];
if (only === undefined) {
  benchDomain();
  await benchAnalysis();
  await benchCompareProcedure();
}
if (only === undefined || only === "store") await benchStore();
if (only === undefined || only === "browser") await benchBrowserAnalysis();
if (only === undefined || only === "band") benchBufferZone();
if (only === undefined || only === "instances") await benchInstances();
if (only === undefined || only === "pages") {
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : undefined;
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0))
    throw new Error("--runs needs a whole number of loads, e.g. --runs 15");
  const onlyAt = process.argv.indexOf("--only");
  const onlyPages = onlyAt > 0 ? process.argv[onlyAt + 1]?.split(",").filter(Boolean) : undefined;
  if (onlyAt > 0 && !onlyPages?.length) throw new Error("--only needs words of page paths, e.g. --only analysis,diff");
  await benchPageSpeed({ chunks: process.argv.includes("--chunks"), runs, onlyPages });
}
