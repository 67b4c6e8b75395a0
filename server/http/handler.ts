// The tRPC endpoint with its guards: what app/api/trpc/[trpc]/route.ts serves, and what the
// integration tests drive with a context of their own. In order, a request that may change something
// (anything but GET/HEAD) is refused
//   403 when a browser says it comes from another site (request-checks.ts),
//   415 when its body is not JSON (form posts never reach tRPC),
//   413 when its Content-Length is over the limit,
//   429 when the client's mutation budget is spent (rate-limit.ts),
//   413 when its body turns out larger than the limit while being read;
// then tRPC runs on the buffered body, with a batch limit. GET and HEAD go straight to tRPC, which
// serves only queries on them.

import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "../trpc/context.ts";
import { appRouter } from "../trpc/root.ts";
import { readBodyWithin, withBufferedBody } from "./body-limit.ts";
import { httpConfigFromEnv, type HttpConfig } from "./config.ts";
import { correlationIdOf } from "./correlation.ts";
import { clientKey, createRateLimiter, type RateLimiter } from "./rate-limit.ts";
import { crossSiteReason, isJsonContentType, isSafeMethod } from "./request-checks.ts";
import { refusal } from "./refusal.ts";

export const TRPC_ENDPOINT = "/api/trpc";

export interface TrpcRequestOptions {
  createContext: () => Context | Promise<Context>;
  /** Defaults to httpConfigFromEnv(), read once. */
  config?: HttpConfig;
  /** Defaults to the process's one limiter, configured from the environment. */
  rateLimiter?: RateLimiter;
  /** Where server faults are reported; defaults to console.error. */
  logError?: (message: string, cause: unknown) => void;
}

let processDefaults: { config: HttpConfig; rateLimiter: RateLimiter } | undefined;

function defaults() {
  if (!processDefaults) {
    const config = httpConfigFromEnv();
    processDefaults = { config, rateLimiter: createRateLimiter(config.rateLimit) };
  }
  return processDefaults;
}

export async function handleTrpcRequest(req: Request, options: TrpcRequestOptions): Promise<Response> {
  const config = options.config ?? defaults().config;
  const logError = options.logError ?? ((message, cause) => console.error(message, cause));

  let request = req;
  if (!isSafeMethod(req.method)) {
    const crossSite = crossSiteReason(req, config);
    if (crossSite) return refusal("FORBIDDEN", `Cross-site requests are not accepted (${crossSite})`);
    if (!isJsonContentType(req.headers.get("content-type"))) {
      return refusal("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json");
    }
    const tooLarge = refusal.bind(null, "PAYLOAD_TOO_LARGE", `The request body is larger than ${config.maxBodyBytes / 1024} kB`);
    const declared = req.headers.get("content-length");
    if (declared !== null && Number(declared) > config.maxBodyBytes) return tooLarge();

    const calls = callCount(req);
    // A batch over the limit is refused by tRPC below without running anything: it costs nothing.
    if (calls <= config.maxBatchSize) {
      const limiter = options.rateLimiter ?? defaults().rateLimiter;
      const decision = limiter.take(clientKey(req, config.trustProxy), calls);
      if (!decision.ok) {
        return refusal("TOO_MANY_REQUESTS", `Too many changes in a short time: try again in ${decision.retryAfterSeconds} s`, {
          "retry-after": String(decision.retryAfterSeconds),
        });
      }
    }

    let read;
    try {
      read = await readBodyWithin(req, config.maxBodyBytes);
    } catch {
      return refusal("BAD_REQUEST", "The request body could not be read");
    }
    if (!read.ok) return tooLarge();
    request = withBufferedBody(req, read.body);
  }

  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    createContext: () => options.createContext(),
    maxBatchSize: config.maxBatchSize,
    // Stays off (tRPC's default): a GET can never run a mutation, a POST never a query.
    allowMethodOverride: false,
    onError({ error, path }) {
      // Server faults are logged with their cause and the id the client was given; the client
      // gets a generic message (server/trpc/init.ts).
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logError(`tRPC ${path ?? "?"} failed [correlationId ${correlationIdOf(error)}]:`, error.cause ?? error);
      }
    },
  });
}

/** How many procedure calls a request makes: one per path of a batch (`a,b,c?batch=1`). */
function callCount(req: Request): number {
  const url = new URL(req.url);
  if (url.searchParams.get("batch") !== "1") return 1;
  const path = url.pathname.slice(url.pathname.indexOf(TRPC_ENDPOINT) + TRPC_ENDPOINT.length).replace(/^\/+|\/+$/g, "");
  try {
    return path === "" ? 1 : decodeURIComponent(path).split(",").length;
  } catch {
    return path.split(",").length;
  }
}
