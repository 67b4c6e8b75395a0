import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match.js";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/server/http/security-headers.mjs";
import { directivesOf, FIXED_SECURITY_HEADERS } from "../helpers/http-headers.ts";

// The security headers as next.config.mjs hands them to Next (tests/e2e/security-headers.test.ts
// checks them on the production server and in Chromium).

const env = process.env as Record<string, string | undefined>;

async function loadNextConfig(nodeEnv: string): Promise<NextConfig> {
  const previous = env.NODE_ENV;
  env.NODE_ENV = nodeEnv;
  try {
    // A fresh copy each time (the query), as next build / next dev load it in their own process.
    const url = `${pathToFileURL(path.resolve("next.config.mjs")).href}?env=${nodeEnv}`;
    const config = ((await import(/* @vite-ignore */ url)) as { default: NextConfig }).default;
    return config;
  } finally {
    env.NODE_ENV = previous;
  }
}

async function headersFor(nodeEnv: string, pathname: string): Promise<Record<string, string>> {
  const config = await loadNextConfig(nodeEnv);
  const previous = env.NODE_ENV;
  env.NODE_ENV = nodeEnv;
  try {
    const rules = (await config.headers!()) ?? [];
    const result: Record<string, string> = {};
    for (const rule of rules) {
      if (!getPathMatch(rule.source)(pathname)) continue;
      for (const { key, value } of rule.headers) result[key.toLowerCase()] = value;
    }
    return result;
  } finally {
    env.NODE_ENV = previous;
  }
}

const PATHS = [
  "/",
  "/s/AAAAAAAAAAAAAAAAAAAAAA",
  "/analysis",
  "/compare",
  "/api/trpc/catalog.get",
  "/_next/static/chunks/app.js",
  "/icon.svg",
];

describe("security headers from next.config.mjs", () => {
  it.each(PATHS)("%s gets every header in production", async (pathname) => {
    const headers = await headersFor("production", pathname);
    expect(headers).toMatchObject(FIXED_SECURITY_HEADERS);
    expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
    expect(headers["content-security-policy"]).toBe(contentSecurityPolicy({ dev: false }));
  });

  it("the production policy: scripts from this origin (inline for Next's bootstrap), never eval; workers and charts allowed", async () => {
    const csp = directivesOf((await headersFor("production", "/"))["content-security-policy"]!);
    expect(csp).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "'unsafe-inline'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'", "blob:"],
      "manifest-src": ["'self'"],
      "media-src": ["'self'"],
      "object-src": ["'none'"],
      "frame-src": ["'none'"],
      "frame-ancestors": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
    });
  });

  it("next dev may eval (React's dev tools) and open its hot-reload socket; nothing else changes", async () => {
    const dev = directivesOf((await headersFor("development", "/"))["content-security-policy"]!);
    const prod = directivesOf((await headersFor("production", "/"))["content-security-policy"]!);
    expect(dev["script-src"]).toEqual([...prod["script-src"]!, "'unsafe-eval'"]);
    expect(dev["connect-src"]).toEqual(["'self'", "ws:", "wss:"]);
    expect({ ...dev, "script-src": null, "connect-src": null }).toEqual({ ...prod, "script-src": null, "connect-src": null });
    // Any other NODE_ENV (vitest's "test", say) gets the production policy.
    expect((await headersFor("test", "/"))["content-security-policy"]).not.toContain("unsafe-eval");
  });
});
