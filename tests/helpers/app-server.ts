// Builds the app if stale, prepares a fresh SQLite file in a temp folder and serves the production
// build on a free port: for the browser tests (tests/e2e/global-setup.ts) and the browser
// benchmark (bench/browser-analysis.ts). stop() ends the server and removes the folder.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const READY_PATH = "/api/trpc/catalog.get";
const READY_TIMEOUT_MS = 60_000;

/** scripts/build-if-stale.mjs, shared with `npm start` (plain JavaScript, hence typed here). */
interface BuildIfStaleModule {
  buildIfStale(options?: { quiet?: boolean }): boolean;
}

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startAppServer(extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };

  const { buildIfStale } = (await import(pathToFileURL(path.join(root, "scripts/build-if-stale.mjs")).href)) as BuildIfStaleModule;
  buildIfStale({ quiet: true });

  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-e2e-"));
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
    const prepared = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/prepare-db.ts"], {
      cwd: root,
      env: { ...env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    if (prepared.status !== 0) {
      throw new Error(`prepare-db failed (exit ${prepared.status ?? prepared.signal}):\n${prepared.stdout}${prepared.stderr}`);
    }

    const port = await freePort();
    const output: string[] = [];
    server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so stop() can end it with everything it started.
      detached: true,
    });
    // If the caller itself is interrupted, the server must not outlive it.
    const killOnExit = () => killGroup(server!.pid, "SIGKILL");
    process.once("exit", killOnExit);
    server.once("exit", () => process.off("exit", killOnExit));
    server.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));

    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilReady(baseUrl + READY_PATH, server, () => output.join(""));
    return { baseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`next start exited (${server.exitCode ?? server.signalCode}) before answering ${url}:\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${url} with 200 within ${READY_TIMEOUT_MS / 1000} s (${lastProblem}). Server output:\n${output()}`);
}

/** SIGTERM to the server's process group, SIGKILL if it is still there after 5 s. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const pid = server.pid;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  killGroup(pid, "SIGTERM");
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5_000).unref());
  if ((await Promise.race([exited, timer])) === "timeout") {
    killGroup(pid, "SIGKILL");
    await exited;
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
