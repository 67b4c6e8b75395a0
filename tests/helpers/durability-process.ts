// Runs tests/helpers/durability-child.ts and kills it with SIGKILL after a number of acknowledged saves.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CHILD = path.join(root, "tests/helpers/durability-child.ts");

export interface KilledRun {
  scenarioId: string;
  editSecret: string;
  /** The saves the child acknowledged, in order. */
  acked: number[];
  /** The version the child found the scenario at when it started. */
  startVersion: number;
  signal: NodeJS.Signals | null;
}

/**
 * Starts the child on `file` and SIGKILLs it as soon as it has acknowledged `killAfter` saves. Waits
 * on the child's events only (its lines, its exit), never on a clock: on a busy machine the saves
 * just take longer. A child that hangs is left to the test's own timeout.
 */
export function saveUntilKilled(
  file: string,
  killAfter: number,
  scenario?: { id: string; editSecret: string },
): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx command: that one runs Node as a child of its own, which a
    // SIGKILL to the command would leave running.
    const args = ["--import", "tsx", CHILD, file, ...(scenario ? [scenario.id, scenario.editSecret] : [])];
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    const acked: number[] = [];
    let scenarioId = scenario?.id;
    let editSecret = scenario?.editSecret ?? "-";
    let startVersion: number | undefined;
    let pending = "";
    let stderr = "";
    let killed = false;
    // If the test gives up (its timeout), the child must not go on saving.
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);

    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        const [word, a, b] = line.split(" ");
        if (word === "PID" && Number(a) !== child.pid) {
          child.kill("SIGKILL");
          reject(new Error(`The saving process is ${a}, not the spawned ${child.pid}: a SIGKILL would miss it`));
        } else if (word === "CREATED") [scenarioId, editSecret] = [a!, b!];
        else if (word === "VERSION") startVersion = Number(a);
        else if (word === "ACK" && !killed) {
          acked.push(Number(a));
          if (acked.length >= killAfter) {
            // Mid-burst: the child is already inside its next save.
            killed = true;
            child.kill("SIGKILL");
          }
        }
      }
    });
    child.on("exit", (code, signal) => {
      process.off("exit", killOnExit);
      if (!killed)
        return reject(new Error(`The child exited by itself (${code ?? signal}) after ${acked.length} saves:\n${stderr}`));
      if (!scenarioId || startVersion === undefined)
        return reject(new Error(`The child never reported its scenario:\n${stderr}`));
      resolve({ scenarioId, editSecret, acked, startVersion, signal });
    });
    child.on("error", (error) => {
      process.off("exit", killOnExit);
      reject(error);
    });
  });
}
