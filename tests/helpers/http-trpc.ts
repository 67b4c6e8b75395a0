// Real requests through the real tRPC endpoint (server/http/handler.ts), on a test database.
import { httpConfigFromEnv, type HttpConfig } from "@/server/http/config.ts";
import { handleTrpcRequest } from "@/server/http/handler.ts";
import { CLIENT_HEADER } from "@/server/http/client-address.ts";
import { createBudgets, type Budgets } from "@/server/http/rate-limit.ts";
import type { Db } from "@/server/db/client.ts";
import { createInnerContext } from "@/server/trpc/context.ts";

export const ORIGIN = "http://parley.test:3000";

export interface TrpcErrorBody {
  error: {
    message: string;
    code: number;
    data: { code: string; httpStatus: number; path: string | null; issues: unknown; correlationId?: string; stack?: string };
  };
}
export type TrpcBody = { result: { data: unknown } } | TrpcErrorBody;

export interface RequestSpec {
  method?: string;
  /** JSON-encoded as the body (POST) or the `input` parameter (GET), unless `body` is given. */
  input?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Query string parameters besides `input` (e.g. batch=1). */
  params?: Record<string, string>;
}

/** A request as a browser on ORIGIN would send it (same-origin JSON), changed by `spec`. */
export function trpcRequest(path: string, spec: RequestSpec = {}): Request {
  const method = spec.method ?? "POST";
  const url = new URL(`/api/trpc/${path}`, ORIGIN);
  for (const [key, value] of Object.entries(spec.params ?? {})) url.searchParams.set(key, value);
  const isGet = method === "GET" || method === "HEAD";
  if (isGet && spec.input !== undefined) url.searchParams.set("input", JSON.stringify(spec.input));
  const headers = new Headers({ host: new URL(ORIGIN).host, ...(isGet ? {} : { "content-type": "application/json" }) });
  for (const [key, value] of Object.entries(spec.headers ?? {})) headers.set(key, value);
  const body = isGet ? undefined : (spec.body ?? JSON.stringify(spec.input ?? null));
  return new Request(url, {
    method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** No rate limit to speak of, for tests that are not about it. */
export function unlimited(): Budgets {
  const huge = { perMinute: 1e9, burst: 1e9 };
  return createBudgets({ mutations: huge, queries: huge, scenarioChanges: huge });
}

/** The private header Parley's server sets from the connection: who sent the request. */
export function fromClient(address: string): Record<string, string> {
  return { [CLIENT_HEADER]: address };
}

export interface SendOptions {
  config?: HttpConfig;
  budgets?: Budgets;
  createContext?: () => ReturnType<typeof createInnerContext> | Promise<ReturnType<typeof createInnerContext>>;
  /** Receives what the server logs for a fault. */
  log?: { message: string; cause: unknown }[];
}

export async function send(db: Db, req: Request, options: SendOptions = {}) {
  const res = await handleTrpcRequest(req, {
    createContext: options.createContext ?? (() => createInnerContext({ db })),
    config: options.config ?? httpConfigFromEnv({}),
    budgets: options.budgets ?? unlimited(),
    // As behind Parley's own server, which sets the client header (fromClient) on every request.
    clientHeaderIsSet: true,
    logError: (message, cause) => (options.log ? options.log.push({ message, cause }) : console.error(message, cause)),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: body as TrpcBody & TrpcErrorBody & { result: { data: unknown } },
  };
}

/** A body stream of `total` bytes in `chunk`-byte pieces, counting how many bytes were pulled. */
export function countingStream(
  total: number,
  chunk = 16 * 1024,
  fill = 0x20,
): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(fill));
    },
  });
  return { stream, pulled: () => sent };
}
