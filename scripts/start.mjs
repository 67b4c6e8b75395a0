// npm start: build the app if the sources changed since the last build, prepare the database
// (migrations and seeds), then serve on PORT (default 3000).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestSourceTime() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "server", "public"]) if (existsSync(path.join(root, dir))) visit(path.join(root, dir));
  for (const file of ["next.config.mjs", "package.json", "tsconfig.json"]) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

const buildId = path.join(root, ".next", "BUILD_ID");
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime()) run(bin("next"), ["build"]);
run(bin("tsx"), ["scripts/prepare-db.ts"]);
run(bin("next"), ["start", "--port", process.env.PORT || "3000"]);
