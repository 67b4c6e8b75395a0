// Which Chromium the browser tests and benchmarks drive (playwright cannot download one here).
// Debian's "old headless" build, chromium-headless-shell, comes first: the same Blink and V8 as the
// chromium package without the full browser's UI process work, which measured about 30% less CPU
// for the same browser tests (Playwright itself runs headless tests on this shell). Debian's full
// chromium is the fallback; CHROMIUM_PATH overrides both.
import { existsSync } from "node:fs";

/** Debian packages and the binaries they install, preferred first. */
export const DEBIAN_CHROMIUMS = [
  { pkg: "chromium-headless-shell", path: "/usr/bin/chromium-headless-shell" },
  { pkg: "chromium", path: "/usr/bin/chromium" },
];

/** The binary to drive: CHROMIUM_PATH, else the first installed of DEBIAN_CHROMIUMS, else undefined. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return DEBIAN_CHROMIUMS.find((c) => existsSync(c.path))?.path;
}
