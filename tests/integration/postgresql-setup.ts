// Global setup of the "integration-postgresql" project: starts a real PostgreSQL server for the run
// (scripts/lib/postgres-server.ts), and migrates (and seeds) two template databases once; each test
// gets `CREATE DATABASE … TEMPLATE …` of one (tests/helpers/test-db.ts). The teardown stops the server.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { migrateDatabase } from "@/server/db/migrate.ts";
import { startPostgresServer } from "../../scripts/lib/postgres-server.ts";
import type { TestDatabaseTemplates } from "../helpers/test-db.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  try {
    const admin = new pg.Client({ connectionString: server.url("postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE parley_template");
    await admin.query("CREATE DATABASE parley_template_empty");
    await admin.end();
    await prepareDatabase(server.url("parley_template"));
    await migrateDatabase(server.url("parley_template_empty"));
  } catch (error) {
    await server.stop();
    throw error;
  }
  const templates: TestDatabaseTemplates = {
    provider: "postgresql",
    url: server.url("{database}"),
    seeded: "parley_template",
    empty: "parley_template_empty",
  };
  project.provide("testDatabase", templates);
  return () => server.stop();
}
