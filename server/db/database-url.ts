import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/parley.db";

/** DATABASE_URL, or the embedded default: an SQLite file under data/. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** Turns a Prisma SQLite URL (`file:./data/parley.db`) into a file path, relative to the working directory. */
export function databaseFileFromUrl(url: string): string {
  const withoutScheme = url.startsWith("file:") ? url.slice("file:".length) : url;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutScheme.split("?")[0]!);
}
