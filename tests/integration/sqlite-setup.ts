// Global setup of the "integration-sqlite" project: migrates (and seeds) template SQLite files once
// for the run; each test copies one (tests/helpers/test-db.ts) instead of migrating its own.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { migrateDatabase } from "@/server/db/migrate.ts";
import type { TestDatabaseTemplates } from "../helpers/test-db.ts";

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-templates-"));
  const seeded = path.join(dir, "seeded.db");
  const empty = path.join(dir, "empty.db");
  await prepareDatabase(seeded);
  await migrateDatabase(empty);
  project.provide("testDatabase", { provider: "sqlite", seeded, empty } satisfies TestDatabaseTemplates);
  return () => rmSync(dir, { recursive: true, force: true });
}
