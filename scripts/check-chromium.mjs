// pretest: the browser tests drive Debian's Chromium (scripts/lib/chromium.mjs). Installs the
// preferred package when it is missing and we may (root with apt-get); otherwise says plainly what to do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath, DEBIAN_CHROMIUMS } from "./lib/chromium.mjs";

const preferred = DEBIAN_CHROMIUMS[0];
const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && !process.env.CHROMIUM_PATH;

if (canInstall && !existsSync(preferred.path)) {
  console.log(`${preferred.pkg} is missing: installing Debian's package for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", preferred.pkg]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    // Without the shell, an installed full chromium still runs the tests.
    if (result.status !== 0 && !chromiumPath()) process.exit(result.status ?? 1);
  }
}
const path = chromiumPath();
if (!path || !existsSync(path)) {
  console.error(
    `Chromium was not found${path ? ` at ${path}` : ""}. Install Debian's package (as root: apt-get update && ` +
      `apt-get install -y ${preferred.pkg}) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}
