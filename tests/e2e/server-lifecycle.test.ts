// Parley's server as a load balancer and an operator see it: /api/health, malformed addresses,
// a start refused for bad configuration or a bad database, SIGTERM draining requests in flight and
// closing the database, and the data folder vanishing while it runs. Waits on events (lines the
// server prints, answers, exits), never on clocks.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { statusQuoDocument } from "../helpers/documents.ts";
import { clientAt } from "../helpers/http-client.ts";
import { spawnParley, startParley } from "../helpers/server-process.ts";

const baseUrl = inject("baseUrl");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-lifecycle-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SECURITY_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
];

describe("health and malformed addresses (the shared server)", () => {
  it("GET /api/health is 200 when the database answers", async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
    for (const header of SECURITY_HEADERS) expect(res.headers.get(header), header).toBeTruthy();
  });

  it.each(["/api/trpc/%ZZ", "/s/%ZZ", "/s/%E0%A4%A"])("%s is 400 with the usual security headers", async (address) => {
    const res = await fetch(`${baseUrl}${address}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/malformed/);
    for (const header of SECURITY_HEADERS) expect(res.headers.get(header), header).toBeTruthy();
  });
});

describe("a start that cannot work stops before Ready, saying why", () => {
  async function refusedStart(env: Record<string, string>) {
    const parley = spawnParley({ DATABASE_URL: `file:${path.join(dir, "refused.db")}`, ...env });
    const code = await parley.exited;
    return { code, output: parley.output() };
  }

  // Each variable's own check is in tests/unit/serve/config.test.ts; here, that any of them stops the start.
  it("a bad setting", async () => {
    const { code, output } = await refusedStart({ PARLEY_RATE_LIMIT_PER_MINUTE: "sixty" });
    expect(code).toBe(1);
    expect(output).toContain('Parley cannot start: PARLEY_RATE_LIMIT_PER_MINUTE must be a positive number, not "sixty"');
    expect(output).not.toContain("Ready on");
  });

  it("an unusable database path (under /proc) fails at once with a clear message", async () => {
    const { code, output } = await refusedStart({ DATABASE_URL: "file:/proc/parley-no-such-folder/parley.db" });
    expect(code).toBe(1);
    expect(output).toContain("Parley cannot start: Cannot create the database folder /proc/parley-no-such-folder");
  });

  it("a damaged database file is refused", async () => {
    const file = path.join(dir, "not-a-database.db");
    writeFileSync(file, "Parley's data, typed by hand\n".repeat(500));
    const { code, output } = await refusedStart({ DATABASE_URL: `file:${file}` });
    expect(code).toBe(1);
    expect(output).toContain(`Parley cannot start: The database file ${file} is damaged`);
  });
});

describe("an instance of its own", () => {
  it("SIGTERM: no new connections, the request in flight finishes and is stored, the database is closed, exit 0", async () => {
    const file = path.join(dir, "drain", "parley.db");
    const parley = await startParley({ DATABASE_URL: `file:${file}` });
    const body = Buffer.from(JSON.stringify({ document: { ...statusQuoDocument(), title: "saved while stopping" } }));
    const half = Math.floor(body.length / 2);

    // A save whose body is still arriving when the signal comes.
    let answer: (value: { status: number; text: string }) => void;
    let fail: (error: Error) => void;
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => ([answer, fail] = [resolve, reject]));
    const inFlight = request(
      `${parley.url}/api/trpc/scenario.create`,
      { method: "POST", headers: { "content-type": "application/json", "content-length": body.length } },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => answer({ status: res.statusCode!, text }));
      },
    );
    inFlight.on("error", (error) => fail(error));
    inFlight.write(body.subarray(0, half));
    // The server answers in order of arrival: once it has answered this, it has the save's headers.
    expect((await fetch(`${parley.url}/api/health`)).status).toBe(200);

    parley.signal("SIGTERM");
    await new Promise<void>((resolve) => {
      const look = () => parley.output().includes("SIGTERM: finishing requests in flight") && resolve();
      parley.child.stdout!.on("data", look);
      look();
    });
    await expect(fetch(`${parley.url}/api/health`)).rejects.toThrow();

    inFlight.end(body.subarray(half));
    const res = await answered;
    expect(res.status, res.text).toBe(200);
    const id = (JSON.parse(res.text) as { result: { data: { id: string } } }).result.data.id;

    expect(await parley.exited).toBe(0);
    expect(parley.output()).toContain("Stopped.");
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const sqlite = new Database(file, { readonly: true });
    try {
      expect(sqlite.prepare(`SELECT title FROM "Scenario" WHERE id = ?`).get(id)).toEqual({ title: "saved while stopping" });
    } finally {
      sqlite.close();
    }
  });

  it("the data folder vanishing while running: saves fail loudly (503), /api/health says why", async () => {
    const folder = path.join(dir, "vanishing");
    mkdirSync(folder);
    const parley = await startParley({ DATABASE_URL: `file:${path.join(folder, "parley.db")}` });
    try {
      const client = clientAt(parley.url, "127.0.0.30");
      const created = await client.mutate("scenario.create", { document: statusQuoDocument() });
      expect(created.status).toBe(200);
      const { id, editSecret, version } = created.json.result.data as { id: string; editSecret: string; version: number };

      rmSync(folder, { recursive: true, force: true });
      const saved = await client.mutate("scenario.update", {
        id,
        editSecret,
        baseVersion: version,
        document: { ...statusQuoDocument(), title: "into nothing?" },
      });
      expect(saved.status).toBe(503);
      expect(saved.json.error.message).toBe("The database is unavailable, so nothing was saved: try again later");
      const health = await client.get("/api/health");
      expect(health.status).toBe(503);
      expect(health.json).toEqual({
        status: "unavailable",
        reason: "the database file was deleted or moved while Parley was running",
      });
      expect(health.text).not.toContain(folder);
    } finally {
      await parley.stop();
    }
  });
});
