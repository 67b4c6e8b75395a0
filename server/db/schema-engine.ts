import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

// The Prisma CLI downloads a native schema engine, which cannot work offline. The same engine
// ships as WebAssembly, with both SQLite's and PostgreSQL's flavours; it drives the database through
// a driver adapter (better-sqlite3's or pg's, given by the provider).

const require = createRequire(import.meta.url);

// Kept on globalThis: the engine's bindings module is loaded once per process, while this module may
// be loaded more than once (e.g. by two test projects' setups), and each copy must not instantiate
// the wasm again under the other's feet.
const shared = globalThis as unknown as { parleySchemaEngine?: { ready?: Promise<void>; free: Promise<void> } };
const state = (shared.parleySchemaEngine ??= { free: Promise.resolve() });

function loadBindings(): Promise<void> {
  state.ready ??= (async () => {
    // Node 20 cannot `import` a .wasm module, so instantiate it by hand.
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": withUnrefTimers(engineBindings as unknown as WebAssembly.ModuleImports),
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return state.ready;
}

/**
 * The engine races its PostgreSQL advisory lock against a 10 s timer it never clears: left as it is,
 * that timer keeps a process that has finished migrating alive for 10 s. Its timers are unref'd.
 */
function withUnrefTimers(bindings: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...bindings };
  for (const [name, binding] of Object.entries(bindings)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof binding !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (binding as (...a: unknown[]) => unknown)(...args);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return timer;
    };
  }
  return imports;
}

export type ProviderName = "sqlite" | "postgresql";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");

/** prisma/<provider>/: that provider's schema.prisma and migrations/ (the same models on both). */
export function prismaPaths(provider: ProviderName): { schemaPath: string; migrationsDir: string } {
  return {
    schemaPath: path.join(PRISMA_DIR, provider, "schema.prisma"),
    migrationsDir: path.join(PRISMA_DIR, provider, "migrations"),
  };
}

/**
 * Tables the migrations make that Prisma's schema cannot describe: the FTS5 text indexes over the
 * titles and the shadow tables FTS5 keeps for each (see the title_search_index migration). The
 * engine is told they are external, so a schema diff does not drop them.
 */
const TEXT_INDEXES = ["ScenarioTitleSearch", "ProfileSetNameSearch"];
const FTS5_SHADOW_TABLES = ["config", "content", "data", "docsize", "idx"];
export const EXTERNAL_TABLES = TEXT_INDEXES.flatMap((name) => [name, ...FTS5_SHADOW_TABLES.map((shadow) => `${name}_${shadow}`)]);

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes the connections it opened (free() alone leaves them open). */
  close(): Promise<void>;
}

// The wasm module is one instance per process and panics when two engines work at once: engines
// open one after another (another process, e.g. a second instance, is not affected).
export async function openSchemaEngine(
  provider: ProviderName,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<OpenSchemaEngine> {
  const previous = state.free;
  let release!: () => void;
  state.free = new Promise((resolve) => (release = resolve));
  await previous;
  try {
    return await openEngine(provider, factory, release);
  } catch (error) {
    release();
    throw error;
  }
}

async function openEngine(
  provider: ProviderName,
  factory: SqlMigrationAwareDriverAdapterFactory,
  release: () => void,
): Promise<OpenSchemaEngine> {
  await loadBindings();
  const { schemaPath } = prismaPaths(provider);
  const schema = await readFile(schemaPath, "utf8");
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
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    async close() {
      try {
        engine.free();
        await Promise.all(connections.map((c) => c.dispose()));
      } finally {
        release();
      }
    },
  };
}

export async function readMigrationList(provider: ProviderName): Promise<MigrationList> {
  const baseDir = prismaPaths(provider).migrationsDir;
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

/**
 * Applies the provider's pending migrations (or those of `migrationsList`, e.g. the first few for a
 * test), exactly as `prisma migrate deploy` does (recording them in _prisma_migrations); returns the
 * names applied.
 */
export async function applyMigrations(
  provider: ProviderName,
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsList?: MigrationList,
): Promise<string[]> {
  migrationsList ??= await readMigrationList(provider);
  const { engine, close } = await openSchemaEngine(provider, factory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}
