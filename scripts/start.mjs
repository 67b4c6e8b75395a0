// npm start: build the app if the sources changed since the last build, prepare the database
// (migrations and seeds), then serve on PORT (default 3000).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfStale, root } from "./build-if-stale.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
  buildIfStale();
} catch (error) {
  process.exit(error.status ?? 1);
}
run(bin("tsx"), ["scripts/prepare-db.ts"]);
run(bin("next"), ["start", "--port", process.env.PORT || "3000"]);
