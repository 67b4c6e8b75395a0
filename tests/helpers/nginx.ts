// A real load balancer for the several-instances test: Debian's nginx, round-robin over Parley
// instances as a deployment would run it, started in a temporary prefix (its own config, logs, pid
// and temp folders) on a free port. It appends the address it saw to X-Forwarded-For; the instances
// trust one proxy (PARLEY_TRUST_PROXY=1), so each client keeps its own budget.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

const NGINX = "/usr/sbin/nginx";

export interface LoadBalancer {
  url: string;
  stop(): Promise<void>;
}

/** Why nginx cannot run here, or undefined when it can. */
export function nginxMissing(): string | undefined {
  if (!existsSync(NGINX)) return `${NGINX} is not installed (apt-get install -y nginx)`;
  const version = spawnSync(NGINX, ["-v"], { encoding: "utf8" });
  return version.status === 0 ? undefined : `${NGINX} -v failed: ${version.stderr}`;
}

export async function startLoadBalancer(upstreams: readonly string[]): Promise<LoadBalancer> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), "parley-nginx-"));
  // Worker processes run as an unprivileged user when nginx starts as root: its temp folders must be theirs to write.
  for (const dir of ["logs", "temp"]) mkdirSync(path.join(prefix, dir));
  chmodSync(path.join(prefix, "temp"), 0o777);
  const port = await freePort();
  writeFileSync(path.join(prefix, "nginx.conf"), config(port, upstreams, prefix));
  const child = spawn(NGINX, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-e", path.join(prefix, "logs/error.log")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout!.on("data", (c: Buffer) => output.push(c.toString()));
  child.stderr!.on("data", (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilListening(url, child, output);
  return {
    url,
    async stop() {
      process.off("exit", killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function config(port: number, upstreams: readonly string[], prefix: string): string {
  const servers = upstreams.map((url) => `    server ${new URL(url).host} max_fails=1 fail_timeout=2s;`).join("\n");
  const temp = path.join(prefix, "temp");
  return `
${process.getuid?.() === 0 ? "user nobody nogroup;" : ""}
worker_processes 1;
daemon off;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "logs/error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  upstream parley {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 1m;
    location / {
      proxy_pass http://parley;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # An instance killed mid-request: retry elsewhere only where that cannot repeat a write.
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilListening(url: string, child: ChildProcess, output: string[]): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output.join("")}`);
    try {
      await fetch(`${url}/api/health`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
