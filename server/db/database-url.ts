import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/parley.db";

/** DATABASE_URL, or the embedded default: an SQLite file under data/. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/**
 * Where the data lives: an SQLite file (`file:…`, or a plain path) or a PostgreSQL database
 * (`postgresql://…` or `postgres://…`).
 */
export type DatabaseLocation = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function databaseLocation(database: string): DatabaseLocation {
  return isPostgresUrl(database)
    ? { provider: "postgresql", url: database }
    : { provider: "sqlite", file: databaseFileFromUrl(database) };
}

/** The location for people to read: the file, or the URL without its password. */
export function describeDatabase(location: DatabaseLocation): string {
  return location.provider === "sqlite" ? location.file : withoutPassword(location.url);
}

/** The URL with any `user:password@` shown as `user:…@` (passwords never reach a log or a message). */
export function withoutPassword(url: string): string {
  return url.replace(/(\/\/[^:@/]*):[^@/]*@/, "$1:…@");
}

/** Turns a Prisma SQLite URL (`file:./data/parley.db`) into a file path, relative to the working directory. */
export function databaseFileFromUrl(url: string): string {
  const withoutScheme = url.startsWith("file:") ? url.slice("file:".length) : url;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutScheme.split("?")[0]!);
}
