// A throwaway PostgreSQL server (scripts/lib/postgres-server.ts) with fresh, empty databases on it,
// for tests and benchmarks that run Parley's own server on PostgreSQL (it migrates them on start).
import pg from "pg";
import { postgresUnavailableReason, startPostgresServer } from "../../scripts/lib/postgres-server.ts";

export interface TestPostgres {
  /** Creates an empty database and answers its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** A started server, or the reason none can start here. */
export async function startTestPostgres(): Promise<TestPostgres | { unavailable: string }> {
  const missing = postgresUnavailableReason();
  if (missing) return { unavailable: missing };
  let server;
  try {
    server = await startPostgresServer();
  } catch (error) {
    return { unavailable: (error as Error).message };
  }
  const started = server;
  return {
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: started.url("postgres") });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return started.url(name);
    },
    stop: () => started.stop(),
  };
}
