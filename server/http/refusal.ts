// An answer for a request refused before tRPC runs, in tRPC's error format (what a tRPC client
// parses, and the same fields as server/trpc/init.ts's error formatter), so the client's
// TRPCClientError carries the code and status.

import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

export function refusal(code: TRPC_ERROR_CODE_KEY, message: string, headers: Record<string, string> = {}): Response {
  const httpStatus = getHTTPStatusCodeFromError(new TRPCError({ code }));
  const body = { error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus, path: null, issues: null } } };
  return new Response(JSON.stringify(body), { status: httpStatus, headers: { "content-type": "application/json", ...headers } });
}
