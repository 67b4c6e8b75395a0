// tRPC for server components, the create-t3-app way: the same procedures and context as over HTTP
// (server/trpc/server-caller.ts), called in-process; `api.x.y.prefetch(input)` puts an answer into
// this request's query cache, and <HydrateClient> hands that cache to the browser's, so the client
// components' `trpc.x.y.useQuery(input)` find their data in the first render: the HTML has the
// content, and the browser asks for nothing the server already read.
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/root.ts";
import { serverCaller } from "@/server/trpc/server-caller.ts";
import { makeQueryClient } from "./query-client.ts";

type Caller = Awaited<ReturnType<typeof serverCaller>>;
type Procedure = (input: unknown) => Promise<unknown>;

/** One query cache per request (React's cache lasts one server render). */
const getQueryClient = cache(makeQueryClient);

/**
 * Each procedure answered once per request for the same input: a page's metadata and its body (or
 * two prefetches) share one read.
 */
const callOnce = cache(async (path: string, input: string | undefined): Promise<unknown> => {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], await serverCaller()) as Procedure;
  return procedure(input === undefined ? undefined : JSON.parse(input));
});

/** The caller's shape, every call going through callOnce. */
function onceCaller(path: readonly string[] = []): Caller {
  return new Proxy(() => undefined, {
    get: (_, key) => (typeof key === "string" ? onceCaller([...path, key]) : undefined),
    apply: (_, __, [input]: unknown[]) => callOnce(path.join("."), input === undefined ? undefined : JSON.stringify(input)),
  }) as unknown as Caller;
}

export const { trpc: api, HydrateClient } = createHydrationHelpers<AppRouter>(onceCaller(), getQueryClient);

/** What a page shows when a read it depends on failed: the tRPC code and message, or null. */
export function failureOf(read: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  return read.then(
    () => null,
    (error: { code?: string; message?: string }) => ({
      code: error.code ?? "INTERNAL_SERVER_ERROR",
      message: error.message ?? "Could not be read",
    }),
  );
}
