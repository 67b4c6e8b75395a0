// pretest: the browser tests drive Debian's Chromium (playwright cannot download a browser here).
// Installs it when missing and we may (root with apt-get); otherwise says plainly what to do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && !process.env.CHROMIUM_PATH;

if (!existsSync(path) && canInstall) {
  console.log("Chromium is missing: installing Debian's package for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
if (!existsSync(path)) {
  console.error(
    `Chromium was not found at ${path}. Install Debian's package (as root: apt-get update && apt-get install -y chromium) ` +
      "or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}
