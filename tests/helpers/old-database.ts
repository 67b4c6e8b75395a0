import { expect } from "vitest";
import { openSchemaEngine, readMigrationList } from "@/server/db/schema-engine.ts";

/**
 * Builds a database as it was before the migration whose folder ends with `suffix`, with the same
 * engine as migrateDatabase; returns that migration's folder name.
 */
export async function migrateBefore(file: string, suffix: string): Promise<string> {
  const all = await readMigrationList();
  const cut = all.migrationDirectories.findIndex((d) => d.path.endsWith(suffix));
  expect(cut).toBeGreaterThan(0);
  const old = { ...all, migrationDirectories: all.migrationDirectories.slice(0, cut) };
  const { engine, close } = await openSchemaEngine(file);
  try {
    await engine.applyMigrations({ migrationsList: old, filters: { externalTables: [], externalEnums: [] } });
  } finally {
    await close();
  }
  return all.migrationDirectories[cut]!.path;
}
