// The store against the database: each hot path through the store (server/db/document-store.ts and
// its kinds) beside raw better-sqlite3 prepared statements doing the same reads and writes, on the
// same file, in the same run. Targets (issue 9): get ≥ 0.5× raw, save ≥ 0.5× a raw transaction,
// search at 100,000 scenarios ≤ 2× its time at 100.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { prepareDatabase } from "../server/db/bootstrap.ts";
import { createDb, type Db } from "../server/db/client.ts";
import { hashEditSecret } from "../server/db/edit-secrets.ts";
import { encodeRevision } from "../server/db/revision-codec.ts";
import { getScenario, listRevisions, listScenarios, scenarioStore } from "../server/db/scenarios.ts";
import { territoryHeadline } from "../server/domain/derived.ts";
import type { ScenarioDocument } from "../server/domain/scenario.ts";
import { STATUS_QUO_SEED_KEY } from "../server/domain/seeds/index.ts";

interface Timing {
  medianMs: number;
}

async function timeAsync(runs: number, fn: (i: number) => unknown): Promise<Timing> {
  for (let i = 0; i < Math.min(50, runs); i++) await fn(i); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(runs / 2)]! };
}

/**
 * The store and the raw statements one after the other, run for run, so both meet the same state
 * (the WAL's length, checkpoints, caches, other load on the machine).
 */
async function timePair(runs: number, store: (i: number) => unknown, raw: (i: number) => unknown): Promise<[Timing, Timing]> {
  for (let i = 0; i < Math.min(50, runs); i++) {
    await store(i);
    await raw(i);
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [side, fn] of [store, raw].entries()) {
      const start = performance.now();
      await fn(i);
      samples[side]!.push(performance.now() - start);
    }
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    return { medianMs: list[Math.floor(runs / 2)]! };
  }) as [Timing, Timing];
}

const row = (name: string, store: Timing, raw: Timing, target: string) =>
  console.log(
    `${name.padEnd(34)} store ${store.medianMs.toFixed(3).padStart(8)} ms   raw ${raw.medianMs.toFixed(3).padStart(8)} ms   ` +
      `store runs at ${(raw.medianMs / store.medianMs).toFixed(2)}× raw   (${target})`,
  );

/** A title with a token found in no other title, so a search for it returns one row at any size. */
const token = (n: number) => `k${((n * 2_654_435_761) >>> 0).toString(36)}q`;

/**
 * A database with `count` published scenarios: the seeds plus rows written straight to the tables
 * (list columns filled, a small placeholder document: search and list pages never read documents).
 */
async function searchDatabase(count: number): Promise<string> {
  const file = path.join(os.tmpdir(), `parley-bench-search-${count}.db`);
  if (existsSync(file)) return file;
  await prepareDatabase(file);
  const sqlite = new Database(file);
  const insert = sqlite.prepare(
    `INSERT INTO "Scenario" (id, title, titleSearch, schemaVersion, document, version, summary, russiaKm2, russiaShare, context, published, createdAt, updatedAt)
     VALUES (?, ?, ?, 2, '{}', 1, 'A bench row', 100000, 0.17, '{"date":null,"dateKind":"as_of","proposedBy":[],"answers":null,"confidence":null,"sources":""}', 1, ?, ?)`,
  );
  const fill = sqlite.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const title = `Bench position ${n} ${token(n)}`;
      const at = new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString().replace("Z", "+00:00");
      insert.run(`bench-${n}`, title, title.toLowerCase(), at, at);
    }
  });
  for (let n = 0; n < count; n += 5000) fill(n, Math.min(count, n + 5000));
  sqlite.close();
  return file;
}

async function benchSearch(): Promise<void> {
  const results: Timing[] = [];
  for (const count of [100, 100_000]) {
    const file = await searchDatabase(count);
    const db = await createDb(file);
    const timing = await timeAsync(300, (i) => listScenarios(db, { query: token(i % 100), limit: 20 }));
    const found = await listScenarios(db, { query: token(42), limit: 20 });
    console.log(
      `search (one match: ${found.items.length}) at ${count.toLocaleString("en")} scenarios: median ${timing.medianMs.toFixed(3)} ms`,
    );
    results.push(timing);
    await db.$disconnect();
  }
  console.log(`search at 100,000 / at 100: ${(results[1]!.medianMs / results[0]!.medianMs).toFixed(2)}×   (target ≤ 2×)`);
}

/** One scenario with `saves` revisions, saved through the store; returns its id, secret and version. */
async function savedScenario(db: Db, saves: number) {
  const seed = await scenarioStore.findWhere(db, { seedKey: STATUS_QUO_SEED_KEY });
  const created = await scenarioStore.create(db, { ...seed!.document, title: "Bench saves" });
  let version = 1;
  for (; version <= saves; version++) {
    await scenarioStore.update(db, {
      id: created.id,
      editSecret: created.editSecret!,
      baseVersion: version,
      document: variant(seed!.document, version),
    });
  }
  return { id: created.id, editSecret: created.editSecret!, version, document: seed!.document };
}

function variant(base: ScenarioDocument, n: number): ScenarioDocument {
  return {
    ...base,
    title: `Bench save ${n}`,
    terms: {
      ...base.terms,
      ceasefire: { ...base.terms.ceasefire, duration: { value: (n % 30) + 1, status: "assumption", note: `n ${n}` } },
    },
  };
}

async function benchAgainstRaw(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-bench-store-"));
  const file = path.join(dir, "store.db");
  await prepareDatabase(file);
  const db = await createDb(file);
  const raw = new Database(file);
  raw.pragma("synchronous = FULL");
  const scenario = await savedScenario(db, 120);
  // The raw saves write a scenario of their own, so each side saves on from its own last version.
  const rawTarget = await savedScenario(db, 120);

  // get: what scenario.get reads (the row, its document parsed, and the baseline: the status quo
  // seed for a scenario without a parent) against the same statements prepared once.
  const selectRow = raw.prepare(
    `SELECT id, schemaVersion, document, version, parentId, seedKey, published, editSecretHash, createdAt, updatedAt, title FROM "Scenario" WHERE id = ? AND deletedAt IS NULL`,
  );
  const selectBaseline = raw.prepare(`SELECT id, title FROM "Scenario" WHERE seedKey = ? AND deletedAt IS NULL`);
  row(
    "get (scenario.get's reads)",
    ...(await timePair(
      2000,
      () => getScenario(db, scenario.id),
      () => [JSON.parse((selectRow.get(scenario.id) as { document: string }).document), selectBaseline.get(STATUS_QUO_SEED_KEY)],
    )),
    "target ≥ 0.5×",
  );
  row(
    "  the record alone",
    ...(await timePair(
      2000,
      () => scenarioStore.find(db, scenario.id),
      () => JSON.parse((selectRow.get(scenario.id) as { document: string }).document),
    )),
    "",
  );

  // save: through the store (guard read, summary, columns, deflated revision, one transaction)
  // against a raw transaction making the same reads and writes (the row with its list columns,
  // matched by id, secret hash and version; the compressed revision with a summary). The raw side
  // computes no summary: working out what changed is the store's job, counted against it.
  const guard = raw.prepare(
    `SELECT seedKey, editSecretHash, version, document, schemaVersion FROM "Scenario" WHERE id = ? AND deletedAt IS NULL`,
  );
  const update = raw.prepare(
    `UPDATE "Scenario" SET title = ?, titleSearch = ?, summary = ?, russiaKm2 = ?, russiaShare = ?, context = ?, dated = ?, proposers = ?, schemaVersion = ?, document = ?, version = ?, updatedAt = ?
     WHERE id = ? AND deletedAt IS NULL AND editSecretHash = ? AND version = ?`,
  );
  const insert = raw.prepare(
    `INSERT INTO "ScenarioRevision" (scenarioId, number, schemaVersion, document, body, encoding, summary, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rawSave = raw.transaction((document: ScenarioDocument, base: number) => {
    guard.get(rawTarget.id);
    const json = JSON.stringify(document);
    const { russiaKm2, russiaShare } = territoryHeadline(document.terms.territory);
    const at = new Date().toISOString().replace("Z", "+00:00");
    const changed = update.run(
      document.title,
      document.title.toLowerCase(),
      document.summary,
      russiaKm2,
      russiaShare,
      JSON.stringify(document.context),
      document.context.date,
      document.context.proposedBy.length ? `,${document.context.proposedBy.join(",")},` : "",
      2,
      json,
      base + 1,
      at,
      rawTarget.id,
      hashEditSecret(rawTarget.editSecret),
      base,
    );
    if (changed.changes !== 1) throw new Error("raw save missed");
    const encoded = encodeRevision(json);
    insert.run(rawTarget.id, base + 1, 2, encoded.document, encoded.body, encoded.encoding, "Saved", at);
  });
  let version = scenario.version;
  let rawVersion = rawTarget.version;
  const [storeSave, rawSaveTiming] = await timePair(
    1000,
    async (i) => {
      await scenarioStore.update(db, {
        id: scenario.id,
        editSecret: scenario.editSecret,
        baseVersion: version,
        document: variant(scenario.document, i),
      });
      version++;
    },
    (i) => {
      rawSave(variant(scenario.document, i), rawVersion);
      rawVersion++;
    },
  );
  row("save (scenario.update's store call)", storeSave, rawSaveTiming, "target ≥ 0.5×");

  // A list page: 20 rows' list columns, newest first.
  const page = raw.prepare(
    `SELECT id, seedKey, parentId, updatedAt, title, summary, russiaKm2, russiaShare, context FROM "Scenario" WHERE deletedAt IS NULL AND published = 1 ORDER BY updatedAt DESC, id DESC LIMIT 21`,
  );
  row(
    "list page (20)",
    await timeAsync(1000, () => listScenarios(db, { limit: 20 })),
    await timeAsync(1000, () => (page.all() as { context: string }[]).map((r) => JSON.parse(r.context))),
    "no target",
  );

  // A history page: 50 revisions' summaries of a scenario with over 400.
  const history = raw.prepare(
    `SELECT number, createdAt, restoredFrom, summary FROM "ScenarioRevision" WHERE scenarioId = ? ORDER BY number DESC LIMIT 51`,
  );
  const current = raw.prepare(`SELECT version, title FROM "Scenario" WHERE id = ? AND deletedAt IS NULL`);
  row(
    `history page (50 of ${version})`,
    await timeAsync(1000, () => listRevisions(db, { id: scenario.id })),
    await timeAsync(1000, () => [current.get(scenario.id), history.all(scenario.id)]),
    "no target",
  );

  const sizes = raw
    .prepare(`SELECT sum(length(body)) AS compressed, count(*) AS n FROM "ScenarioRevision" WHERE scenarioId = ?`)
    .get(scenario.id) as { compressed: number; n: number };
  const json = (selectRow.get(scenario.id) as { document: string }).document.length;
  console.log(
    `revision storage: ${(sizes.compressed / sizes.n).toFixed(0)} bytes per revision (document JSON ${json} bytes: ${(json / (sizes.compressed / sizes.n)).toFixed(1)}× smaller)`,
  );
  raw.close();
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

export async function benchStore(): Promise<void> {
  console.log("\n— the store against raw prepared statements (same file, same run; medians) —");
  await benchAgainstRaw();
  await benchSearch();
}
