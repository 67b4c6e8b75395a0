import { TRPCError } from "@trpc/server";
import { middleware } from "./init.ts";

/**
 * Changes to an existing scenario (save, restore, delete, publish, replace the link) are budgeted per
 * client and scenario, on top of the client's mutation budget (server/http/handler.ts). Placed after
 * `.input()`: a call whose input is invalid never reaches it, and a change the store refuses
 * (wrong secret, unknown id, stale version) gets its token back, so only changes that were made
 * count, and nobody can spend a budget that is not theirs.
 */
export const changeToExistingScenario = middleware(async ({ ctx, input, next }) => {
  const id = (input as { id?: unknown } | undefined)?.id;
  if (!ctx.limits || typeof id !== "string") return next();
  const { client, scenarioChanges } = ctx.limits;
  const key = `${client} ${id}`;
  const decision = await scenarioChanges.take(key);
  if (!decision.ok) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: `Too many changes to this scenario in a short time: try again in ${decision.retryAfterSeconds} s`,
    });
  }
  const result = await next();
  if (!result.ok) await scenarioChanges.refund(key);
  return result;
});

/**
 * A query whose answer may cost far more server time than others (a buffer band not computed yet)
 * takes `extraTokens(input)` more tokens from its sender's query budget, on top of the one every
 * query takes (server/http/handler.ts), so a flood of such calls spends the sender's budget only.
 * Placed after `.input()`: only valid calls are charged.
 */
export function costlyQuery(extraTokens: (input: unknown) => number) {
  return middleware(async ({ ctx, input, next }) => {
    const cost = extraTokens(input);
    if (!ctx.limits || cost <= 0) return next();
    const decision = await ctx.limits.queries.take(ctx.limits.client, cost);
    if (!decision.ok) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `Too many new computations in a short time: try again in ${decision.retryAfterSeconds} s`,
      });
    }
    return next();
  });
}
