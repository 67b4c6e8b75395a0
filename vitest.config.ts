import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type TestProjectInlineConfiguration } from "vitest/config";
import { postgresUnavailableReason } from "./scripts/lib/postgres-server.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Loads .geojson files as JSON, as Next does for `import … with { type: "json" }`. */
const geojson: Plugin = {
  name: "parley-geojson",
  transform(code, id) {
    if (!id.endsWith(".geojson")) return null;
    return { code: `export default ${code};`, map: null };
  },
};

/** The integration suite, on one database: its global setup makes the template databases. */
function integration(database: "sqlite" | "postgresql", exclude: string[] = []): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: `integration-${database}`,
      include: ["tests/integration/**/*.test.ts"],
      exclude,
      environment: "node",
      globalSetup: [`tests/integration/${database}-setup.ts`],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      isolate: false,
      // The second database runs the same properties half as many times (50 instead of 100): their
      // inputs are validated the same way on both, and what PostgreSQL stores differently (NUL, for
      // one) has example cases of its own. PARLEY_FC_RUNS still sets both when hunting.
      env: database === "postgresql" ? { PARLEY_FC_RUNS: process.env.PARLEY_FC_RUNS ?? "50" } : {},
    },
  };
}

// Tests of SQLite's file itself (integrity check, file identity, WAL, upgrades of old files).
const SQLITE_ONLY = ["tests/integration/database-faults.test.ts", "tests/integration/capability-links-upgrade.test.ts"];

// The PostgreSQL run needs Debian's postgresql binaries (.ci/run installs them); without them it is
// left out, saying so in one line.
const postgresMissing = postgresUnavailableReason();
if (postgresMissing) console.log(`PostgreSQL integration tests skipped: ${postgresMissing}.`);

export default defineConfig({
  plugins: [geojson],
  resolve: { alias: { "@": root } },
  test: {
    // Two cores: vitest's default (cores − 1) runs one file at a time, while most files wait on a
    // database server, a browser or a child process.
    maxWorkers: 2,
    projects: [
      // Timeouts guard against hangs only (a busy machine makes property tests slow, not wrong).
      // Unit and integration files share their worker's imported modules (isolate: false): they mock
      // nothing, and importing zod, Prisma and the server once per worker instead of once per file
      // saves a third of the suites' time.
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000, isolate: false },
      },
      integration("sqlite"),
      ...(postgresMissing ? [] : [integration("postgresql", SQLITE_ONLY)]),
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One server and one browser at a time: the browser files run one after another, beside
          // the other projects (npm test runs them in a process of their own). Two at a time measured
          // slower overall: the suites beside them then took longer.
          fileParallelism: false,
          isolate: false,
        },
      },
    ],
  },
});
