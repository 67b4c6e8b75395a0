import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Loads .geojson files as JSON, as Next does for `import … with { type: "json" }`. */
const geojson: Plugin = {
  name: "parley-geojson",
  transform(code, id) {
    if (!id.endsWith(".geojson")) return null;
    return { code: `export default ${code};`, map: null };
  },
};

export default defineConfig({
  plugins: [geojson],
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      // Timeouts guard against hangs only (a busy machine makes property tests slow, not wrong).
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser and one server: run the browser files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
