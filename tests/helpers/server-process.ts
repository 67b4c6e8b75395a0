// Parley's server as `npm start` runs it (scripts/start.mjs → server/serve/main.ts), in a process of
// its own: for the browser tests' global setup and for the tests of the server itself. Waits on
// events (the "Ready on <url>" line, the exit), not on clocks. Needs a build (global-setup.ts makes it).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ParleyProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<number | NodeJS.Signals>;
  /** Sends a signal to its process group. */
  signal(signal: NodeJS.Signals): void;
}

export interface RunningParley extends ParleyProcess {
  url: string;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts the server with `env` added to this process's environment (PORT 0 and 127.0.0.1 unless given). */
export function spawnParley(env: Record<string, string | undefined>): ParleyProcess {
  const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: "0", PARLEY_HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that a stop reaches everything it started.
    detached: true,
  });
  const chunks: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  // If the test process goes, the server must not outlive it.
  const killOnExit = () => signalGroup(child, "SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("exit", (code, signal) => {
      process.off("exit", killOnExit);
      resolve(code ?? signal!);
    }),
  );
  return { child, output: () => chunks.join(""), exited, signal: (s) => signalGroup(child, s) };
}

/** Starts the server and waits for its Ready line; rejects with its output if it exits first. */
export async function startParley(env: Record<string, string | undefined>): Promise<RunningParley> {
  const parley = spawnParley(env);
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = /Ready on (http:\/\/\S+)/.exec(parley.output());
      if (match) resolve(match[1]!);
    };
    parley.child.stdout!.on("data", look);
    void parley.exited.then((code) => reject(new Error(`Parley exited (${code}) before it was ready:\n${parley.output()}`)));
  });
  return {
    ...parley,
    url,
    async stop(graceMs = 10_000) {
      if (parley.child.exitCode !== null || parley.child.signalCode !== null) return;
      parley.signal("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), graceMs)));
      if ((await Promise.race([parley.exited, late])) === "late") {
        parley.signal("SIGKILL");
        await parley.exited;
      }
      clearTimeout(timer);
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
