import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "@/server/http/config.ts";
import { serverConfigFromEnv } from "@/server/serve/config.ts";

describe("serverConfigFromEnv", () => {
  it("has defaults for everything", () => {
    const config = serverConfigFromEnv({});
    expect(config).toMatchObject({ port: 3000, host: undefined, publicUrl: undefined, shutdownGraceMs: 10_000 });
    expect(config.databaseFile).toBe(path.resolve("data/parley.db"));
    expect(config.http.trustedProxies).toBe(0);
  });

  it("reads each setting", () => {
    const config = serverConfigFromEnv({
      PORT: "0",
      PARLEY_HOST: "127.0.0.1",
      DATABASE_URL: "file:/srv/parley/parley.db",
      PARLEY_PUBLIC_URL: "https://parley.example.org",
      PARLEY_SHUTDOWN_GRACE_SECONDS: "2.5",
      PARLEY_TRUST_PROXY: "2",
    });
    expect(config).toMatchObject({
      port: 0,
      host: "127.0.0.1",
      databaseFile: "/srv/parley/parley.db",
      publicUrl: "https://parley.example.org",
      shutdownGraceMs: 2500,
    });
    expect(config.http.trustedProxies).toBe(2);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT", 'PORT must be a whole number from 0 to 65535, not "eighty"'],
    [{ PORT: "70000" }, "PORT", "PORT must be a whole number from 0 to 65535"],
    [
      { DATABASE_URL: "postgresql://parley:hunter2@db.example/parley" },
      "DATABASE_URL",
      'DATABASE_URL must name an SQLite file, like file:./data/parley.db, not "postgresql://…@db.example/parley"',
    ],
    [{ DATABASE_URL: "file:" }, "DATABASE_URL", "DATABASE_URL must name an SQLite file"],
    [{ PARLEY_PUBLIC_URL: "parley.example.org" }, "PARLEY_PUBLIC_URL", "PARLEY_PUBLIC_URL must be an http(s) address"],
    [{ PARLEY_PUBLIC_URL: "ftp://parley.example.org" }, "PARLEY_PUBLIC_URL", "PARLEY_PUBLIC_URL must be an http(s) address"],
    [
      { PARLEY_SHUTDOWN_GRACE_SECONDS: "soon" },
      "PARLEY_SHUTDOWN_GRACE_SECONDS",
      "PARLEY_SHUTDOWN_GRACE_SECONDS must be a number of seconds",
    ],
    [{ PARLEY_RATE_LIMIT_BRUST: "5" }, "PARLEY_RATE_LIMIT_BRUST", "PARLEY_RATE_LIMIT_BRUST is not a setting Parley knows"],
    [{ PARLEY_TRUST_PROXY: "yes" }, "PARLEY_TRUST_PROXY", "PARLEY_TRUST_PROXY must be a whole number"],
  ])("%o is refused, naming %s", (env, variable, message) => {
    let error: unknown;
    try {
      serverConfigFromEnv(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain("hunter2");
  });
});
