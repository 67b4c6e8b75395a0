// PostgreSQL (DATABASE_URL=postgresql://…): the client, migrations, a lock for start-up work and the
// rate-limit store. Only server/db/provider.ts picks this module; the stores never know.

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "./client.ts";
import { DatabaseError } from "./database-error.ts";
import { postgresDialect, withDialect } from "./dialect.ts";
import { withoutPassword } from "./database-url.ts";
import { PrismaClient } from "./generated-postgresql/client.ts";
import { applyMigrations } from "./schema-engine.ts";

/** The table rate-limiter-flexible keeps budgets in (created by a migration, shared by every instance). */
export const RATE_LIMIT_TABLE = "rate_limits";

/** A client on a migrated database. Its pool is ended by `$disconnect()`. */
export async function createPostgresDb(url: string): Promise<Db> {
  const adapter = new PrismaPg({ connectionString: url }, { onPoolError: () => undefined });
  const client = new PrismaClient({ adapter });
  await reachable(url, () => client.$queryRawUnsafe("SELECT 1"));
  return withDialect(client.$extends(documentsAsText) as unknown as Db, postgresDialect);
}

/**
 * The stores read and write documents as JSON text (what SQLite keeps); PostgreSQL keeps them as
 * jsonb (prisma/postgresql/schema.prisma says why). This converts at the client, for top-level
 * `data.document` on writes and `document` in results.
 */
const documentsAsText = {
  query: {
    $allModels: {
      async $allOperations({ args, query }: { args: unknown; query: (args: unknown) => Promise<unknown> }) {
        const data = (args as { data?: unknown }).data;
        for (const row of Array.isArray(data) ? data : [data]) {
          if (row && typeof (row as { document?: unknown }).document === "string") {
            (row as { document: unknown }).document = JSON.parse((row as { document: string }).document);
          }
        }
        return documentText(await query(args));
      },
    },
  },
};

function documentText(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(documentText);
  if (
    result &&
    typeof result === "object" &&
    "document" in result &&
    typeof result.document !== "string" &&
    result.document !== null
  ) {
    return { ...result, document: JSON.stringify(result.document) };
  }
  return result;
}

/** Applies prisma/postgresql/migrations. The engine holds `pg_advisory_lock(72707369)` meanwhile,
 * so a second instance starting at once waits, then finds nothing left to apply. */
export async function migratePostgres(url: string): Promise<string[]> {
  const factory = schemaEngineAdapter(url);
  await reachable(url, async () => {
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    await probe.end();
  });
  return applyMigrations("postgresql", factory);
}

/**
 * The pg adapter for the schema engine. One connection: the advisory lock belongs to a session, so
 * every statement must use the same one. The engine reads PostgreSQL's catalogue, whose `"char"`
 * columns (e.g. pg_class.relkind) the adapter does not know: they are read as the text they are.
 */
export function schemaEngineAdapter(url: string): PrismaPg {
  const pool = new pg.Pool({ connectionString: url, max: 1, Client: CatalogueClient as unknown as typeof pg.Client });
  pool.on("error", () => undefined);
  return new PrismaPg(pool, { disposeExternalPool: true });
}

const CHAR_OID = 18;
const TEXT_OID = 25;

class CatalogueClient extends pg.Client {
  // @ts-expect-error pg's overloads; both calling styles (callback, promise) are handled.
  override query(...args: unknown[]) {
    const textual = (answer: pg.QueryResult | undefined) => {
      for (const field of answer?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      return answer;
    };
    const last = args.at(-1);
    if (typeof last === "function")
      args[args.length - 1] = (error: unknown, answer: pg.QueryResult) => last(error, textual(answer));
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.then(textual) : result;
  }
}

/** Runs `work` while holding a PostgreSQL advisory lock, so instances starting at once seed one after another. */
export async function whileLockedPostgres<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(72707370)");
    return await work();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}

const globalPools = globalThis as unknown as { parleyLimiterPools?: Map<string, pg.Pool> };

/**
 * A budget kept in PostgreSQL, shared by every instance on the database; a memory budget stands in
 * while the database does not answer, so a hiccup does not turn every request into an error.
 */
export function postgresLimiter(
  url: string,
  options: { keyPrefix: string; points: number; duration: number },
): RateLimiterAbstract {
  globalPools.parleyLimiterPools ??= new Map();
  let pool = globalPools.parleyLimiterPools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4 });
    pool.on("error", () => undefined); // an idle connection dropped by the server: the pool replaces it
    globalPools.parleyLimiterPools.set(url, pool);
  }
  return new RateLimiterPostgres({
    ...options,
    storeClient: pool,
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/** Ends the rate-limit pools (on shutdown, after the requests have drained). */
export async function closePostgresLimiters(): Promise<void> {
  const pools = [...(globalPools.parleyLimiterPools?.values() ?? [])];
  globalPools.parleyLimiterPools?.clear();
  await Promise.all(pools.map((pool) => pool.end()));
}

async function reachable(url: string, attempt: () => Promise<unknown>): Promise<void> {
  try {
    await attempt();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    throw new DatabaseError(
      `Cannot reach the PostgreSQL database ${withoutPassword(url)}: ${[code, message].filter(Boolean).join(": ")}. Check DATABASE_URL and that the server runs.`,
      {
        cause: error,
      },
    );
  }
}
