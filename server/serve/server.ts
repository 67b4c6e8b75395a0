// Parley's HTTP server: Node's http server around Next's request handler. Before Next sees a request
// it
//   - writes the client's key into the private header (client-address.ts), overwriting whatever the
//     client sent, so rate-limit budgets follow the connection and not what the client claims;
//   - answers GET /api/health itself: 200 when the database answers, 503 with a reason when not, or
//     while starting or shutting down (a load balancer then sends traffic elsewhere);
//   - answers 400, with the usual security headers, for a path whose %-encoding is malformed
//     (Next would fail on it with a bare 500);
//   - answers 429 to a client whose page budget is spent: pages are rendered on the server and read
//     the database, so a page flood costs its sender, not everyone (the API budgets its own calls,
//     server/http/handler.ts; static files cost nothing);
//   - lets pages paint before their scripts hydrate them (paint-first.ts), and sends a page again
//     from memory while the database has not changed (page-cache.ts).
// stop() drains: no new connections, requests in flight finish (up to the grace period), then Next
// and the database are closed.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { closeDb, getDb } from "../db/client.ts";
import { dialectOf } from "../db/dialect.ts";
import { databaseHealthProblem } from "../db/health.ts";
import { CLIENT_HEADER, clientAddress, clientKeyOfAddress, declareClientHeaderSet } from "../http/client-address.ts";
import { createBudget } from "../http/rate-limit.ts";
import { securityHeaders } from "../http/security-headers.mjs";
import type { ServerConfig } from "./config.ts";
import { createPageCache, PAGE_CACHE_HEADER, type RenderedPage } from "./page-cache.ts";
import { acceptsGzip, isDocumentRequest, paintFirst } from "./paint-first.ts";

export const HEALTH_PATH = "/api/health";

export interface ParleyServer {
  /** Where it listens, e.g. http://127.0.0.1:3000 (the real port when PORT=0). */
  url: string;
  /** Drains requests in flight, then closes Next and the database. */
  stop(): Promise<void>;
}

type State = "starting" | "ready" | "stopping";

export async function startServer(
  config: ServerConfig,
  options: { dir: string; dev?: boolean; log?: (line: string) => void },
): Promise<ParleyServer> {
  const dev = options.dev ?? false;
  const log = options.log ?? ((line: string) => console.log(line));
  const headers = Object.fromEntries(securityHeaders({ dev }).map(({ key, value }) => [key, value]));
  let state: State = "starting";
  // Set once Next is prepared; requests that arrive before that are answered 503.
  const nextApp: { handle?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {};

  const pages = createBudget("pages", config.http.rateLimit.pages);
  const pageCache = createPageCache();

  declareClientHeaderSet();
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error("Request failed before reaching the app:", error);
      if (!res.headersSent) answer(res, 500, headers, "Something went wrong on the server.");
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const client = identifyClient(req, config.http.trustedProxies);
    if (state === "stopping") res.setHeader("connection", "close");
    // While draining, a connection whose request just finished is closed rather than kept alive.
    res.once("finish", () => state === "stopping" && server.closeIdleConnections());
    const pathname = (req.url ?? "/").split("?")[0]!;
    if (!isWellEncoded(pathname)) return answer(res, 400, headers, "Bad request: the address has a malformed %-escape.");
    if (pathname === HEALTH_PATH && (req.method === "GET" || req.method === "HEAD")) return health(res);
    if (!nextApp.handle) return answer(res, 503, { ...headers, "retry-after": "1" }, "Parley is starting.");
    if (isPage(req.method, pathname)) {
      const decision = await pages.take(client);
      if (!decision.ok) {
        const retryAfter = String(decision.retryAfterSeconds);
        return answer(
          res,
          429,
          { ...headers, "retry-after": retryAfter },
          `Too many pages in a short time: try again in ${retryAfter} s.`,
        );
      }
    }
    if (!dev && isDocumentRequest(req) && (await sentFromCache(req, res))) return;
    await nextApp.handle(req, res);
  }

  /**
   * Sends the page from the cache when it is there (page-cache.ts); otherwise sets `res` up for the
   * page Next renders: painted before its scripts start (paint-first.ts), then kept.
   */
  async function sentFromCache(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const db = await getDb();
    const stamp = dialectOf(db).changeStamp(db);
    const url = req.url ?? "/";
    if (stamp && pageCache.send(url, stamp, res, acceptsGzip(req))) return true;
    const keep = (page: RenderedPage) => {
      // Only when nothing was committed while it rendered: then it shows the database at `stamp`.
      if (dialectOf(db).changeStamp(db) === stamp) pageCache.keep(url, stamp!, page);
    };
    paintFirst(req, res, stamp ? keep : undefined);
    if (stamp) res.setHeader(PAGE_CACHE_HEADER, "miss");
    return false;
  }

  // A client that sends its request slowly holds a connection, not the server: it gets 15 s for its
  // headers and 60 s for the whole request (Node's defaults are 60 s and 5 min).
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;

  async function health(res: ServerResponse) {
    const problem =
      state !== "ready"
        ? `Parley is ${state}`
        : await databaseHealthProblem(await getDb()).catch(() => "the database cannot be opened");
    answer(
      res,
      problem ? 503 : 200,
      { ...headers, "content-type": "application/json", "cache-control": "no-store" },
      JSON.stringify(problem ? { status: "unavailable", reason: problem } : { status: "ok" }),
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port, address, family } = server.address() as AddressInfo;
  const host = config.host ?? "localhost";
  const url = `http://${family === "IPv6" && config.host ? `[${address}]` : host}:${port}`;

  const app = next({ dev, dir: options.dir, hostname: host, port, httpServer: server });
  try {
    await app.prepare();
    // Opens the one database client now, so the app's bundled code (same process) shares it.
    await getDb();
  } catch (error) {
    server.close();
    throw error;
  }
  nextApp.handle = app.getRequestHandler();
  state = "ready";

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopping ??= (async () => {
        state = "stopping";
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), config.shutdownGraceMs)));
        if ((await Promise.race([closed, grace])) === "timeout") {
          log(`Requests still running after ${config.shutdownGraceMs / 1000} s: closing their connections.`);
          server.closeAllConnections();
          await closed;
        }
        clearTimeout(timer);
        await app.close();
        await closeDb();
      })();
      return stopping;
    },
  };
}

/** Overwrites the private client header, and drops any copy the client put in the raw headers; returns the key. */
function identifyClient(req: IncomingMessage, trustedProxies: number): string {
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
  const key = clientKeyOfAddress(address);
  req.headers[CLIENT_HEADER] = key;
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i]!.toLowerCase() === CLIENT_HEADER) req.rawHeaders.splice(i, 2);
  }
  return key;
}

/** A page Next renders on the server: not the API (budgeted there), not Next's assets, not a file. */
function isPage(method: string | undefined, pathname: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (pathname.startsWith("/_next/") || pathname.startsWith("/api/")) return false;
  return !pathname.slice(pathname.lastIndexOf("/") + 1).includes(".");
}

function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function answer(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(body);
}
