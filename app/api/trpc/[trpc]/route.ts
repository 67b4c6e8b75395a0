import { handleTrpcRequest } from "@/server/http/handler.ts";
import { createContext } from "@/server/trpc/context.ts";

export const dynamic = "force-dynamic";

// The guards (same-site JSON only, body and batch limits, mutation rate limit, correlation ids for
// server faults) are in server/http/handler.ts.
function handler(req: Request) {
  return handleTrpcRequest(req, { createContext });
}

export { handler as GET, handler as POST };
