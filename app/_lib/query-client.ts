import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";

/**
 * The query cache's settings, the same in the browser (app/_lib/trpc.tsx, one client per tab) and
 * on the server (app/_lib/trpc-server.tsx, one client per request, whose answers the page carries
 * to the browser). Answers are plain JSON (dates are ISO strings), so no transformer is needed.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Long enough that an answer the server rendered the page with is not asked for again at once.
      queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !isClientError(error) },
      // Queries still running when the page is sent travel too (create-t3-app's setting).
      dehydrate: { shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending" },
    },
  });
}

/** 4xx answers (not found, bad input, conflict) are final: retrying cannot help. */
function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } })?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}
