// Global setup of the "e2e" vitest project: builds the app when the sources changed, then starts
// Parley's own server (as `npm start` does: scripts/start.mjs, which migrates and seeds) on a fresh
// SQLite file in a temp folder and a free port, and provides its URL to the tests as
// inject("baseUrl"). The teardown stops the server (SIGTERM: it drains and closes the database) and
// removes the folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";
import { startParley, type RunningParley } from "../helpers/server-process.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** scripts/build-if-stale.mjs, shared with `npm start` (plain JavaScript, hence typed here). */
interface BuildIfStaleModule {
  buildIfStale(options?: { quiet?: boolean }): boolean;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { buildIfStale } = (await import(pathToFileURL(path.join(root, "scripts/build-if-stale.mjs")).href)) as BuildIfStaleModule;
  buildIfStale({ quiet: true });

  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-e2e-"));
  let server: RunningParley | undefined;
  const teardown = async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    server = await startParley({
      DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
      // The browser tests save and load far more than one person would: lift the budgets for them.
      PARLEY_RATE_LIMIT_PER_MINUTE: "100000",
      PARLEY_RATE_LIMIT_BURST: "10000",
      PARLEY_RATE_LIMIT_QUERIES_PER_MINUTE: "1000000",
      PARLEY_RATE_LIMIT_QUERIES_BURST: "100000",
      PARLEY_RATE_LIMIT_PAGES_PER_MINUTE: "1000000",
      PARLEY_RATE_LIMIT_PAGES_BURST: "100000",
      PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "100000",
      PARLEY_RATE_LIMIT_SCENARIO_BURST: "10000",
    });
    const health = await fetch(`${server.url}/api/health`);
    if (health.status !== 200) throw new Error(`Parley is ready but /api/health says ${health.status}: ${await health.text()}\n${server.output()}`);
    project.provide("baseUrl", server.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
