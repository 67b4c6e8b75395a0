import { createDb, type Db } from "@/server/db/client.ts";
import { createInnerContext } from "@/server/trpc/context.ts";
import { createCaller } from "@/server/trpc/root.ts";

/** A second connection to an existing database file: a "restart" of the server, or another process. */
export async function connect(
  file: string,
): Promise<{ db: Db; caller: ReturnType<typeof createCaller>; close(): Promise<void> }> {
  const db = await createDb(file);
  return { db, caller: createCaller(createInnerContext({ db })), close: () => db.$disconnect() };
}
