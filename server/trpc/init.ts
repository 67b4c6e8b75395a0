import { initTRPC } from "@trpc/server";
import type { Context } from "./context.ts";
import { correlationIdOf } from "../http/correlation.ts";
import { issuesOf, toTRPCError } from "./errors.ts";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      // Server faults never show their cause (stack, SQL, paths): that stays in the server log.
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on the server" : shape.message,
      // Field errors as data, for forms; a server fault's id, also in the server log (server/http/handler.ts).
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        issues: issuesOf(error),
        ...(error.code === "INTERNAL_SERVER_ERROR" ? { correlationId: correlationIdOf(error) } : {}),
      },
    };
  },
});

/** Maps domain, store and validation errors to tRPC codes and messages (see errors.ts). */
const mapErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error, { scenario: path.startsWith("scenario.") });
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors);
