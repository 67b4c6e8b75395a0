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
  const server = await startAppServer();
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}
