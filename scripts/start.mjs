// npm start: build the app if the sources changed since the last build, then start Parley's server
// (server/serve/main.ts: checks the configuration and the database, migrates and seeds, serves on
// PORT, default 3000), in this same process so that signals reach it directly.
import { register } from "tsx/esm/api";
import { buildIfStale } from "./build-if-stale.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NODE_ENV = "production";

try {
  buildIfStale();
} catch (error) {
  process.exit(error.status ?? 1);
}
register();
await import("../server/serve/main.ts");
