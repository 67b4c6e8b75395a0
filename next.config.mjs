import { securityHeaders } from "./server/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages stay in node_modules instead of being bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
  ],
  poweredByHeader: false,
  // The pages' CSS goes in the HTML as <style> (CSP allows inline styles): no stylesheet requests
  // stand between the HTML and the first paint (bench/page-speed.ts).
  experimental: { inlineCss: true },
  // The build type-checks the app only; `npm test` type-checks everything, tests included, beside
  // the browser tests' build, which therefore skips its own check (tests/helpers/app-server.ts).
  typescript: { tsconfigPath: "tsconfig.build.json", ignoreBuildErrors: process.env.PARLEY_BUILD_TYPECHECK === "skip" },
  // Content-Security-Policy and friends on every response, pages and API (server/http/security-headers.mjs).
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ dev: process.env.NODE_ENV === "development" }) },
      // Share pages: never indexed, never cached (their links are the capability), no Referer.
      {
        source: "/s/:id*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
      // The map's shapes (npm run build:geometry): pages name them with a content version, so a
      // browser keeps them for good and reads them once for every map of every page.
      { source: "/map/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

export default nextConfig;
