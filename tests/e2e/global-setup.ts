// Global setup of the "e2e" vitest project: builds the app when the sources changed, then starts
// Parley's own server (as `npm start` does: scripts/start.mjs, which migrates and seeds) on a fresh
// SQLite file in a temp folder and a free port, and provides its URL to the tests as
// inject("baseUrl"). The teardown stops the server and removes the folder.
import type { TestProject } from "vitest/node";
import { startAppServer } from "../helpers/app-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The browser tests save and load far more than one person would: lift the budgets for them.
  const server = await startAppServer({
    PARLEY_RATE_LIMIT_PER_MINUTE: "100000",
    PARLEY_RATE_LIMIT_BURST: "10000",
    PARLEY_RATE_LIMIT_QUERIES_PER_MINUTE: "1000000",
    PARLEY_RATE_LIMIT_QUERIES_BURST: "100000",
    PARLEY_RATE_LIMIT_SCENARIO_PER_MINUTE: "100000",
    PARLEY_RATE_LIMIT_SCENARIO_BURST: "10000",
  });
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}
