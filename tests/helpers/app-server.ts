// Builds the app if stale and starts Parley's own server (as `npm start` does) on a fresh SQLite file
// in a temp folder and a free port: for the browser tests (tests/e2e/global-setup.ts) and the browser
// benchmark (bench/browser-analysis.ts). stop() ends the server (SIGTERM: it drains and closes the
// database) and removes the folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startParley, type RunningParley } from "./server-process.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** scripts/build-if-stale.mjs, shared with `npm start` (plain JavaScript, hence typed here). */
interface BuildIfStaleModule {
  buildIfStale(options?: { quiet?: boolean; typecheck?: boolean }): boolean;
}

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Browser tests and benchmarks save and load far more than one person would: their budgets are lifted. */
export const LIFTED_BUDGETS = {
  PARLEY_RATE_LIMIT_PER_MINUTE: "100000",
  PARLEY_RATE_LIMIT_BURST: "10000",
  PARLEY_RATE_LIMIT_QUERIES_PER_MINUTE: "1000000",
  PARLEY_RATE_LIMIT_QUERIES_BURST: "100000",
  PARLEY_RATE_LIMIT_PAGES_PER_MINUTE: "1000000",
  PARLEY_RATE_LIMIT_PAGES_BURST: "100000",
  PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "100000",
  PARLEY_RATE_LIMIT_SCENARIO_BURST: "10000",
};

export async function startAppServer(extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const { buildIfStale } = (await import(
    pathToFileURL(path.join(root, "scripts/build-if-stale.mjs")).href
  )) as BuildIfStaleModule;
  // npm test type-checks the whole project (tsc) beside this build.
  buildIfStale({ quiet: true, typecheck: false });

  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-e2e-"));
  let server: RunningParley | undefined;
  const stop = async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    server = await startParley({ DATABASE_URL: `file:${path.join(dir, "e2e.db")}`, ...LIFTED_BUDGETS, ...extraEnv });
    const health = await fetch(`${server.url}/api/health`);
    if (health.status !== 200)
      throw new Error(`Parley is ready but /api/health says ${health.status}: ${await health.text()}\n${server.output()}`);
    return { baseUrl: server.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
