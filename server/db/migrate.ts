import { databaseProvider } from "./provider.ts";

/**
 * Applies the pending migrations of the database's provider (prisma/<provider>/migrations), exactly
 * as `prisma migrate deploy` does; returns the names applied. `database` is a DATABASE_URL or an
 * SQLite file path.
 */
export function migrateDatabase(database: string): Promise<string[]> {
  return databaseProvider(database).migrate();
}
