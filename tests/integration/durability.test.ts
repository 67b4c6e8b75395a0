import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeRevision } from "@/server/db/revision-codec.ts";
import { saveUntilKilled } from "../helpers/durability-process.ts";
import { newTestDatabase, onPostgres } from "../helpers/test-db.ts";

// A server killed with SIGKILL in the middle of a burst of saves: after the restart the database is
// intact and every save it acknowledged is there. The "server" is a child process saving through
// the app's own client and storage code (tests/helpers/durability-child.ts), on SQLite or PostgreSQL.

let database: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await newTestDatabase("empty"));
});
afterAll(async () => {
  await drop();
});

interface Inspection {
  /** "ok", or what the database's own check found. */
  integrity: string;
  scenario: { version: number; title: string; document: unknown } | undefined;
  /** Each revision's title, by number. */
  titles: Map<number, string>;
}

const titleOf = (document: unknown) =>
  ((typeof document === "string" ? JSON.parse(document) : document) as { title: string }).title;

/** A revision row's title: its JSON as text (SQLite) or jsonb (PostgreSQL), or compressed in `body`. */
const revisionTitle = (row: { document: unknown; body: Uint8Array | null; encoding: string }) =>
  titleOf(
    decodeRevision({
      ...row,
      document: row.document === null || typeof row.document === "string" ? row.document : JSON.stringify(row.document),
    }),
  );

/** What a restarted SQLite server finds: integrity (and WAL still on), the scenario, its revisions. */
async function inspectSqlite(scenarioId: string): Promise<Inspection> {
  const sqlite = new Database(database);
  try {
    const integrity = String(sqlite.pragma("integrity_check", { simple: true }));
    const journal = sqlite.pragma("journal_mode", { simple: true });
    const scenario = sqlite
      .prepare(`SELECT version, title, document FROM "Scenario" WHERE id = ?`)
      .get(scenarioId) as Inspection["scenario"];
    const revisions = sqlite
      .prepare(`SELECT number, document, body, encoding FROM "ScenarioRevision" WHERE scenarioId = ? ORDER BY number`)
      .all(scenarioId) as ({ number: number } & Parameters<typeof revisionTitle>[0])[];
    return {
      integrity: journal === "wal" ? integrity : `journal mode ${String(journal)}`,
      scenario,
      titles: new Map(revisions.map((r) => [r.number, revisionTitle(r)])),
    };
  } finally {
    sqlite.close();
  }
}

/** What a restarted server finds on PostgreSQL: every B-tree index checked by amcheck, the scenario, its revisions. */
async function inspectPostgres(scenarioId: string): Promise<Inspection> {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS amcheck");
    const indexes = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND a.amname = 'btree'`,
    );
    // bt_index_check raises an error on a damaged index; heapallindexed: every row is in the index.
    for (const { name } of indexes.rows) await client.query(`SELECT bt_index_check($1::regclass, true)`, [`"${name}"`]);
    const scenario = (await client.query(`SELECT version, title, document FROM "Scenario" WHERE id = $1`, [scenarioId]))
      .rows[0] as Inspection["scenario"];
    const revisions = (
      await client.query(
        `SELECT number, document, body, encoding FROM "ScenarioRevision" WHERE "scenarioId" = $1 ORDER BY number`,
        [scenarioId],
      )
    ).rows as ({ number: number } & Parameters<typeof revisionTitle>[0])[];
    return {
      integrity: indexes.rows.length > 0 ? "ok" : "no indexes to check",
      scenario,
      titles: new Map(revisions.map((r) => [r.number, revisionTitle(r)])),
    };
  } finally {
    await client.end();
  }
}

const inspect = (scenarioId: string) => (onPostgres() ? inspectPostgres(scenarioId) : inspectSqlite(scenarioId));

describe("durability", () => {
  it("after a SIGKILL mid-burst, the database is intact and every acknowledged save is stored (3 kills)", async () => {
    // Kill points between 50 and 200 acknowledged saves, different each round.
    const killPoints = [
      50 + Math.floor(Math.random() * 50),
      100 + Math.floor(Math.random() * 50),
      150 + Math.floor(Math.random() * 51),
    ];
    let scenario: { id: string; editSecret: string } | undefined;
    let lastVersion = 0;
    for (const killAfter of killPoints) {
      const run = await saveUntilKilled(database, killAfter, scenario);
      scenario = { id: run.scenarioId, editSecret: run.editSecret };
      expect(run.signal).toBe("SIGKILL");
      expect(run.acked).toHaveLength(killAfter);
      // The restarted child continued where the killed one stopped (at or after its last ACK).
      expect(run.startVersion).toBeGreaterThanOrEqual(lastVersion);

      const { integrity, scenario: row, titles } = await inspect(run.scenarioId);
      expect(integrity).toBe("ok");
      const lastAck = run.acked.at(-1)!;
      // Save n made revision n + 1, titled "save n".
      const missing = run.acked.filter((n) => titles.get(n + 1) !== `save ${n}`);
      expect(missing, `acknowledged saves missing after the kill at ${killAfter}`).toEqual([]);
      expect(row).toBeDefined();
      expect(row!.version).toBeGreaterThanOrEqual(lastAck + 1);
      // The scenario row and its revisions agree: one revision per version, the latest is the row.
      expect(Math.max(...titles.keys())).toBe(row!.version);
      expect(titles.size).toBe(row!.version);
      expect(row!.title).toBe(titles.get(row!.version));
      expect(titleOf(row!.document)).toBe(row!.title);
      lastVersion = row!.version;
    }
    // Only a guard against a hung child: the test itself waits on events, and under load the saves
    // simply take longer.
  }, 600_000);
});
