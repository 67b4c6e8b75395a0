import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/server/db/migrate.ts";
import { saveUntilKilled } from "../helpers/durability-process.ts";

// A server killed with SIGKILL in the middle of a burst of saves: after the restart the file is
// intact and every save it acknowledged is there. The "server" is a child process saving through
// the app's own client and storage code (tests/helpers/durability-child.ts).

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-durability-"));
  file = path.join(dir, "parley.db");
  await migrateDatabase(file);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Revision {
  number: number;
  document: string;
}

/** What a restarted server finds: integrity, the scenario, and its revisions by number. */
function inspect(scenarioId: string) {
  const sqlite = new Database(file);
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    const journal = sqlite.pragma("journal_mode", { simple: true });
    const scenario = sqlite.prepare(`SELECT version, title, document FROM "Scenario" WHERE id = ?`).get(scenarioId) as
      { version: number; title: string; document: string } | undefined;
    const revisions = sqlite
      .prepare(`SELECT number, document FROM "ScenarioRevision" WHERE scenarioId = ? ORDER BY number`)
      .all(scenarioId) as Revision[];
    const titles = new Map(revisions.map((r) => [r.number, (JSON.parse(r.document) as { title: string }).title]));
    return { integrity, journal, scenario, titles };
  } finally {
    sqlite.close();
  }
}

describe("durability", () => {
  it("after a SIGKILL mid-burst, the file is intact and every acknowledged save is stored (3 kills)", async () => {
    // Kill points between 50 and 200 acknowledged saves, different each round.
    const killPoints = [
      50 + Math.floor(Math.random() * 50),
      100 + Math.floor(Math.random() * 50),
      150 + Math.floor(Math.random() * 51),
    ];
    let scenario: { id: string; editSecret: string } | undefined;
    let lastVersion = 0;
    for (const killAfter of killPoints) {
      const run = await saveUntilKilled(file, killAfter, scenario);
      scenario = { id: run.scenarioId, editSecret: run.editSecret };
      expect(run.signal).toBe("SIGKILL");
      expect(run.acked).toHaveLength(killAfter);
      // The restarted child continued where the killed one stopped (at or after its last ACK).
      expect(run.startVersion).toBeGreaterThanOrEqual(lastVersion);

      const { integrity, journal, scenario: row, titles } = inspect(run.scenarioId);
      expect(integrity).toBe("ok");
      expect(journal).toBe("wal");
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
      expect((JSON.parse(row!.document) as { title: string }).title).toBe(row!.title);
      lastVersion = row!.version;
    }
    // Only a guard against a hung child: the test itself waits on events, and under load the saves
    // simply take longer.
  }, 600_000);
});
