import { getDb, type Db } from "../db/client.ts";
import type { Budget } from "../http/rate-limit.ts";

// One context for HTTP requests and server components. The inner context is built from plain
// values, so tests pass their own database.

export interface Context {
  db: Db;
  /**
   * Set for calls that came over HTTP (server/http/handler.ts): who sent them, the budget of
   * changes per client and existing scenario, and the client's query budget, which costly queries
   * draw more from (server/trpc/budget.ts). Server components have none.
   */
  limits?: { client: string; scenarioChanges: Budget; queries: Budget };
}

export function createInnerContext(values: Context): Context {
  return values;
}

export async function createContext(): Promise<Context> {
  return createInnerContext({ db: await getDb() });
}
