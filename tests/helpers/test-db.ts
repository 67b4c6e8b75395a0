import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/server/db/client.ts";
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { createInnerContext } from "@/server/trpc/context.ts";
import { createCaller } from "@/server/trpc/root.ts";

export interface TestDb {
  file: string;
  db: Db;
  caller: ReturnType<typeof createCaller>;
  close(): Promise<void>;
}

/** A fresh SQLite file in a temp folder, migrated with the real migrations and seeded. */
export async function openTestDb(options: { seed?: boolean } = {}): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-test-"));
  const file = path.join(dir, "test.db");
  if (options.seed === false) {
    const { migrateDatabase } = await import("@/server/db/migrate.ts");
    await migrateDatabase(file);
  } else {
    await prepareDatabase(file);
  }
  const db = await createDb(file);
  return {
    file,
    db,
    caller: createCaller(createInnerContext({ db })),
    async close() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
