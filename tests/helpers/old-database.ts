import { expect } from "vitest";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { applyMigrations, readMigrationList } from "@/server/db/schema-engine.ts";

/**
 * Builds an SQLite database as it was before the migration whose folder ends with `suffix`, with the same
 * engine as migrateDatabase; returns that migration's folder name.
 */
export async function migrateBefore(file: string, suffix: string): Promise<string> {
  const all = await readMigrationList("sqlite");
  const cut = all.migrationDirectories.findIndex((d) => d.path.endsWith(suffix));
  expect(cut).toBeGreaterThan(0);
  const old = { ...all, migrationDirectories: all.migrationDirectories.slice(0, cut) };
  await applyMigrations("sqlite", new PrismaBetterSqlite3({ url: file }), old);
  return all.migrationDirectories[cut]!.path;
}
