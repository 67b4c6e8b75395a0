// The tRPC endpoint with its guards: what app/api/trpc/[trpc]/route.ts serves, and what the
// integration tests drive with a context of their own. In order, a request that may change something
// (anything but GET/HEAD) is refused
//   403 when a browser says it comes from another site (request-checks.ts),
//   415 when its body is not JSON (form posts never reach tRPC),
//   413 when its Content-Length is over the limit,
//   429 when its sender's mutation budget is spent (rate-limit.ts; one token per call of a batch),
//   413 when its body turns out larger than the limit while being read;
// a query (GET/HEAD) is refused 429 when its sender's query budget is spent. Then tRPC runs on the
// buffered body, with a batch limit. Every budget here is the sender's own (client-address.ts), so
// whatever a request costs, it costs nobody else; the budget of changes to one scenario is taken
// only once a call is valid (server/trpc/budget.ts).

import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "../trpc/context.ts";
import { appRouter } from "../trpc/root.ts";
import { readBodyWithin, withBufferedBody } from "./body-limit.ts";
import { httpConfigFromEnv, type HttpConfig } from "./config.ts";
import { correlationIdOf } from "./correlation.ts";
import { clientHeaderIsSet, clientKeyOf } from "./client-address.ts";
import { createBudgets, type Budgets } from "./rate-limit.ts";
import { crossSiteReason, isJsonContentType, isSafeMethod } from "./request-checks.ts";
import { refusal } from "./refusal.ts";

export const TRPC_ENDPOINT = "/api/trpc";

export interface TrpcRequestOptions {
  createContext: () => Context | Promise<Context>;
  /** Defaults to httpConfigFromEnv(), read once. */
  config?: HttpConfig;
  /** Defaults to the process's budgets, configured from the environment. */
  budgets?: Budgets;
  /** Whether the private client header can be believed; defaults to whether Parley's own server set it. */
  clientHeaderIsSet?: boolean;
  /** Where server faults are reported; defaults to console.error. */
  logError?: (message: string, cause: unknown) => void;
}

let processDefaults: { config: HttpConfig; budgets: Budgets } | undefined;

function defaults() {
  if (!processDefaults) {
    const config = httpConfigFromEnv();
    processDefaults = { config, budgets: createBudgets(config.rateLimit) };
  }
  return processDefaults;
}

export async function handleTrpcRequest(req: Request, options: TrpcRequestOptions): Promise<Response> {
  const config = options.config ?? defaults().config;
  const logError = options.logError ?? ((message, cause) => console.error(message, cause));

  const budgets = options.budgets ?? defaults().budgets;
  const headerIsSet = options.clientHeaderIsSet ?? clientHeaderIsSet();
  if (!headerIsSet) warnOnceSharedBudget();
  const client = clientKeyOf(req, headerIsSet);
  const calls = callCount(req);
  // A batch over the limit is refused by tRPC below without running anything: it costs nothing.
  const cost = calls <= config.maxBatchSize ? calls : 0;

  let request = req;
  if (isSafeMethod(req.method)) {
    const decision = cost > 0 ? await budgets.queries.take(client, cost) : { ok: true as const };
    if (!decision.ok) return tooMany("Too many requests in a short time", decision.retryAfterSeconds);
  } else {
    const crossSite = crossSiteReason(req, config);
    if (crossSite) return refusal("FORBIDDEN", `Cross-site requests are not accepted (${crossSite})`);
    if (!isJsonContentType(req.headers.get("content-type"))) {
      return refusal("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json");
    }
    const tooLarge = refusal.bind(null, "PAYLOAD_TOO_LARGE", `The request body is larger than ${config.maxBodyBytes / 1024} kB`);
    const declared = req.headers.get("content-length");
    if (declared !== null && Number(declared) > config.maxBodyBytes) return tooLarge();

    const decision = cost > 0 ? await budgets.mutations.take(client, cost) : { ok: true as const };
    if (!decision.ok) return tooMany("Too many changes in a short time", decision.retryAfterSeconds);

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
    createContext: async () => ({
      ...(await options.createContext()),
      limits: { client, scenarioChanges: budgets.scenarioChanges },
    }),
    maxBatchSize: config.maxBatchSize,
    // Stays off (tRPC's default): a GET can never run a mutation, a POST never a query.
    allowMethodOverride: false,
    onError({ error, path }) {
      // Server faults are logged with their cause and the id the client was given; the client
      // gets a generic message (server/trpc/init.ts).
      if (error.code === "INTERNAL_SERVER_ERROR" || error.code === "SERVICE_UNAVAILABLE") {
        logError(`tRPC ${path ?? "?"} failed [correlationId ${correlationIdOf(error)}]:`, error.cause ?? error);
      }
    },
  });
}

let warnedSharedBudget = false;
function warnOnceSharedBudget() {
  if (warnedSharedBudget) return;
  warnedSharedBudget = true;
  console.warn(
    "Parley is not served by its own server (npm start): clients cannot be told apart, so they all share one rate-limit budget.",
  );
}

function tooMany(what: string, retryAfterSeconds: number): Response {
  return refusal("TOO_MANY_REQUESTS", `${what}: try again in ${retryAfterSeconds} s`, {
    "retry-after": String(retryAfterSeconds),
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
