import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { expect } from "vitest";

/** The TRPCError a call rejected with; fails the test if it resolved or threw something else. */
export async function trpcErrorOf(call: () => Promise<unknown>): Promise<TRPCError> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw new Error(`Expected a TRPCError, got ${String(error)}`);
  }
  throw new Error(`Expected the call to fail, it returned ${JSON.stringify(result)?.slice(0, 200)}`);
}

export async function expectTRPCError(call: () => Promise<unknown>, code: TRPC_ERROR_CODE_KEY): Promise<TRPCError> {
  const error = await trpcErrorOf(call);
  expect(error.code, error.message).toBe(code);
  return error;
}
