import { getDb, type Db } from "../db/client.ts";

// One context for HTTP requests and server components. The inner context is built from plain
// values, so tests pass their own database.

export interface Context {
  db: Db;
}

export function createInnerContext(values: Context): Context {
  return values;
}

export async function createContext(): Promise<Context> {
  return createInnerContext({ db: await getDb() });
}
