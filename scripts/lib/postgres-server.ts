// A throwaway PostgreSQL server in a temp folder, for the tests (tests/integration/postgresql-setup.ts)
// and for `npm run db:new-migration`: Debian's `initdb` + `pg_ctl`, on a Unix socket only (no TCP
// port to collide with), run as an unprivileged user when we are root (postgres refuses root).
// A real server, not an emulation; settings trade crash safety of the server itself for speed,
// which a throwaway server does not need, and its files live in memory (/dev/shm) where it has room:
// every test copies a template database (8 MB), which on this machine's disk took 140–200 ms a copy
// when many came in a row, and 17–35 ms in memory.

import { execFileSync } from "node:child_process";
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, rmSync, statfsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PostgresServer {
  /** A URL for one database on this server (user postgres, no password, over the socket). */
  url(database: string): string;
  stop(): Promise<void>;
}

/** Why no server can start here (no binaries), or null. */
export function postgresUnavailableReason(): string | null {
  return binDir()
    ? null
    : "PostgreSQL's initdb and pg_ctl were not found (install Debian's postgresql package, or set PARLEY_PG_BIN)";
}

function binDir(): string | null {
  const given = process.env.PARLEY_PG_BIN;
  if (given) return existsSync(path.join(given, "initdb")) ? given : null;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const dir = path.join(root, version, "bin");
    if (existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  return null;
}

/** Which unprivileged user runs the server when we are root. */
function serverUser(): string {
  for (const user of ["postgres", "nobody"]) {
    try {
      execFileSync("id", ["-u", user], { stdio: "ignore" });
      return user;
    } catch {
      // try the next
    }
  }
  throw new Error("running as root and neither a postgres nor a nobody user exists to run PostgreSQL");
}

/**
 * A memory-backed folder to put the server in (Linux's /dev/shm) when it has room to spare (a run
 * peaks near 100 MB; containers often give /dev/shm only 64 MB), else the OS temp folder.
 */
function parentDir(): string {
  const SHM = "/dev/shm";
  try {
    accessSync(SHM, constants.W_OK | constants.X_OK);
    const { bavail, bsize } = statfsSync(SHM);
    if (bavail * bsize >= 1024 ** 3) return SHM;
  } catch {
    // not there, or not ours to write
  }
  return os.tmpdir();
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = binDir();
  if (!bin) throw new Error(postgresUnavailableReason()!);
  const dir = mkdtempSync(path.join(parentDir(), "parley-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? ["runuser", ["-u", user!, "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    execFileSync(command[0] as string, command[1] as string[], { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
  };
  let user: string | undefined;
  if (asRoot) {
    user = serverUser();
    const uid = Number(execFileSync("id", ["-u", user]).toString());
    const gid = Number(execFileSync("id", ["-g", user]).toString());
    chownSync(dir, uid, gid);
  }
  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
    const options = [
      `-k ${dir}`,
      "-c listen_addresses=''",
      "-c max_connections=300",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c shared_buffers=64MB",
    ].join(" ");
    run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split("\n").at(-1);
    throw new Error(`PostgreSQL did not start: ${stderr || (error as Error).message}`, { cause: error });
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", stop);
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A run that dies before its teardown (a crash, Ctrl-C) must not leave the server running.
  process.once("exit", stop);
  return {
    url: (database) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}`,
    stop: async () => stop(),
  };
}
