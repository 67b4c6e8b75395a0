// Every setting Parley's server reads from the environment, checked before anything starts: a bad
// value stops the start with a message naming the variable (ConfigError), instead of surfacing at
// the first request.

import { ConfigError, httpConfigFromEnv, wholeNumber, type HttpConfig } from "../http/config.ts";
import { DEFAULT_DATABASE_URL, databaseFileFromUrl } from "../db/database-url.ts";

export interface ServerConfig {
  /** PORT (default 3000; 0 takes any free port, and the Ready line says which). */
  port: number;
  /** PARLEY_HOST: the address to listen on (default: every interface). */
  host: string | undefined;
  /** DATABASE_URL (default file:./data/parley.db), as the SQLite file it names. */
  databaseFile: string;
  /** PARLEY_PUBLIC_URL: the public address, for link previews (checked here; read by the app). */
  publicUrl: string | undefined;
  /** PARLEY_SHUTDOWN_GRACE_SECONDS (default 10): how long SIGTERM waits for requests in flight. */
  shutdownGraceMs: number;
  http: HttpConfig;
}

type Env = Record<string, string | undefined>;

export function serverConfigFromEnv(env: Env = process.env): ServerConfig {
  const grace = env.PARLEY_SHUTDOWN_GRACE_SECONDS?.trim();
  if (grace && !(Number(grace) >= 0 && Number.isFinite(Number(grace)))) {
    throw new ConfigError("PARLEY_SHUTDOWN_GRACE_SECONDS", `must be a number of seconds (0 or more), not "${grace}"`);
  }
  return {
    port: wholeNumber(env, "PORT", { max: 65_535 }) ?? 3000,
    host: env.PARLEY_HOST?.trim() || undefined,
    databaseFile: databaseFile(env),
    publicUrl: publicUrl(env),
    shutdownGraceMs: grace ? Number(grace) * 1000 : 10_000,
    http: httpConfigFromEnv(env),
  };
}

function databaseFile(env: Env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:") || url.length === "file:".length) {
    const shown = url.replace(/\/\/[^@/]*@/, "//…@"); // never print a password
    throw new ConfigError("DATABASE_URL", `must name an SQLite file, like ${DEFAULT_DATABASE_URL}, not "${shown}"`);
  }
  return databaseFileFromUrl(url);
}

function publicUrl(env: Env): string | undefined {
  const raw = env.PARLEY_PUBLIC_URL?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new ConfigError("PARLEY_PUBLIC_URL", `must be an http(s) address like https://parley.example.org, not "${raw}"`);
  return raw;
}
