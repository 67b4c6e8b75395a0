import { initTRPC } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { databaseFileProblem } from "../db/database-file.ts";
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

/**
 * A change is acknowledged only if the database file it went into is still the one on disk: checked
 * before (so nothing is written into a deleted file) and after (the file may go while writing).
 */
const databaseFileStillThere = t.middleware(async ({ ctx, type, next }) => {
  if (type !== "mutation") return next();
  const unavailable = (problem: string) =>
    new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: "The database is unavailable, so nothing was saved: try again later",
      cause: new Error(problem),
    });
  const before = databaseFileProblem(ctx.db);
  if (before) throw unavailable(before);
  const result = await next();
  const after = databaseFileProblem(ctx.db);
  if (after) throw unavailable(after);
  return result;
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors).use(databaseFileStillThere);
