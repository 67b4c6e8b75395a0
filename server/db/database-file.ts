import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// The SQLite file as a thing that can go wrong: a folder that cannot be made, a file that cannot be
// opened or is damaged (checked on start, before anything is served), and a file deleted or replaced
// while the server runs (checked around every change: SQLite keeps writing into a deleted file's
// open inode, so without this check saves would be acknowledged and then lost).

/** A database that cannot be used; the message says which file and what is wrong, in words. */
export class DatabaseFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseFileError";
  }
}

/**
 * Makes the folder for the database, one level at a time. (`mkdirSync(…, { recursive: true })`
 * spins for ever on some unusable paths, e.g. under /proc.)
 */
export function ensureDatabaseFolder(folder: string): void {
  const missing: string[] = [];
  for (let dir = path.resolve(folder); !existsSync(dir); dir = path.dirname(dir)) {
    missing.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      throw new DatabaseFileError(
        `Cannot create the database folder ${dir}: ${reason(error)}. Set DATABASE_URL to a file in a folder Parley can write.`,
        { cause: error },
      );
    }
  }
  let stat;
  try {
    stat = statSync(folder);
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new DatabaseFileError(
      `Cannot write in the database folder ${folder}: ${reason(error)}. Set DATABASE_URL to a file in a folder Parley can write.`,
      { cause: error },
    );
  }
  if (!stat.isDirectory())
    throw new DatabaseFileError(
      `${folder} is not a folder, so it cannot hold the database. Set DATABASE_URL to a file in a folder Parley can write.`,
    );
}

/**
 * Opens the file (creating it if new) and runs SQLite's `PRAGMA quick_check`; refuses a file that
 * cannot be opened, is not an SQLite database, or is damaged. Run on start, before migrations.
 */
export function checkDatabaseFile(file: string): void {
  ensureDatabaseFolder(path.dirname(file));
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (error) {
    throw new DatabaseFileError(
      `Cannot open the database file ${file}: ${reason(error)}. Set DATABASE_URL to a file Parley can read and write.`,
      { cause: error },
    );
  }
  try {
    const problems = (sqlite.pragma("quick_check(20)", { simple: false }) as { quick_check: string }[]).map(
      (row) => row.quick_check,
    );
    if (problems.length !== 1 || problems[0] !== "ok") {
      throw new DatabaseFileError(damaged(file, problems.slice(0, 5).join("; ")));
    }
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(damaged(file, reason(error)), { cause: error });
  } finally {
    sqlite.close();
  }
}

function damaged(file: string, detail: string): string {
  return `The database file ${file} is damaged (SQLite's integrity check says: ${detail}). Parley will not start on it: restore it from a backup, or move it away to start with a new one.`;
}

function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return [code, message?.replace(/^\w+: /, "")].filter(Boolean).join(": ") || String(error);
}

// Symbol.for: the server and the app's bundled copy of this module share one client in one process.
const FILE_IDENTITY = Symbol.for("parley.databaseFile");

interface FileIdentity {
  file: string;
  dev: number;
  ino: number;
}

/** Remembers which file (device and inode) a client opened, for databaseFileProblem. */
export function rememberDatabaseFile(client: object, file: string): void {
  const { dev, ino } = statSync(file);
  (client as Record<symbol, FileIdentity>)[FILE_IDENTITY] = { file, dev, ino };
}

/** Null while the client's file is still where it was opened; else what happened to it, in words. */
export function databaseFileProblem(client: object): string | null {
  const identity = (client as Record<symbol, FileIdentity | undefined>)[FILE_IDENTITY];
  if (!identity) return null;
  let stat;
  try {
    stat = statSync(identity.file);
  } catch {
    return "the database file was deleted or moved while Parley was running";
  }
  return stat.dev === identity.dev && stat.ino === identity.ino
    ? null
    : "the database file was replaced while Parley was running";
}
