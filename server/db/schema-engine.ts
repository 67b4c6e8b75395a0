import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

// The Prisma CLI downloads a native schema engine, which cannot work offline. The same engine
// ships as WebAssembly; it drives the database through the better-sqlite3 driver adapter.

const require = createRequire(import.meta.url);
let bindingsReady: Promise<void> | undefined;

function loadBindings(): Promise<void> {
  bindingsReady ??= (async () => {
    // Node 20 cannot `import` a .wasm module, so instantiate it by hand.
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return bindingsReady;
}

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes the SQLite connections it opened (free() alone leaves them open). */
  close(): Promise<void>;
}

export async function openSchemaEngine(databaseFile: string): Promise<OpenSchemaEngine> {
  await loadBindings();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const factory = new PrismaBetterSqlite3({ url: databaseFile });
  const connections: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  function track(connection: SqlDriverAdapter) {
    connections.push(connection);
    return connection;
  }
  // The schema engine's log lines are not needed: its errors arrive as exceptions.
  const log = () => undefined;
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(connections.map((c) => c.dispose()));
    },
  };
}

export async function readMigrationList(baseDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockfilePath = "migration_lock.toml";
  const lockfile = await readFile(path.join(baseDir, lockfilePath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    directories.map(async (dir) => {
      const content = await readFile(path.join(baseDir, dir, "migration.sql"), "utf8")
        .then((value) => ({ tag: "ok" as const, value }))
        .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
      return { path: dir, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return { baseDir, lockfile: { path: lockfilePath, content: lockfile }, shadowDbInitScript: "", migrationDirectories };
}
