// Runs `next build` when the build in .next is missing or older than the sources. Shared by
// scripts/start.mjs (npm start) and the browser tests' global setup (tests/e2e/global-setup.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time (ms) of the files the build depends on. */
export function newestSourceTime() {
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
  for (const file of ["next.config.mjs", "package.json", "tsconfig.json"])
    newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

/** True when .next/BUILD_ID is missing or older than any source file. */
export function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime();
}

/**
 * Builds if stale. Returns whether it built. `quiet: true` captures the build's output instead of
 * printing it; on failure the thrown error carries `status` and (when quiet) the end of the output
 * in its message. When quiet, a build refused because another `next build` holds .next/lock is
 * retried once that build is over (for up to `waitForOtherBuildMs`), if the sources are still newer.
 * `typecheck: false` leaves out Next's type check, for callers that run tsc themselves.
 */
export function buildIfStale({ quiet = false, typecheck = true, waitForOtherBuildMs = 5 * 60_000 } = {}) {
  const deadline = Date.now() + waitForOtherBuildMs;
  for (;;) {
    if (!buildIsStale()) return false;
    const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      cwd: root,
      stdio: quiet ? "pipe" : "inherit",
      encoding: "utf8",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(typecheck ? {} : { PARLEY_BUILD_TYPECHECK: "skip" }) },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status === 0) return true;
    const fullOutput = quiet ? `${result.stdout ?? ""}${result.stderr ?? ""}` : "";
    if (quiet && /Another .*next build.* process is already running/.test(fullOutput) && Date.now() < deadline) {
      sleep(2_000);
      continue;
    }
    // The end of the output is where next build says what went wrong.
    const output = fullOutput.split("\n").slice(-150).join("\n");
    const error = new Error(
      `next build failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})${output ? `:\n${output}` : ""}`,
    );
    Object.assign(error, { status: result.status ?? 1 });
    throw error;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
