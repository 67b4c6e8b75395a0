import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { z } from "zod";
import { ParleyError, type FieldIssue, type ParleyErrorKind } from "../domain/errors.ts";

// The one place where errors become tRPC codes.

const CODES: Record<ParleyErrorKind, TRPC_ERROR_CODE_KEY> = {
  not_found: "NOT_FOUND",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
};

/** `error` is what a procedure's middleware chain failed with; tRPC wraps thrown values as causes. */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (cause instanceof ParleyError) return new TRPCError({ code: CODES[cause.kind], message: cause.message, cause });
  // Input validation: a message that names the fields, instead of zod's JSON dump.
  if (cause instanceof z.ZodError) return new TRPCError({ code: "BAD_REQUEST", message: describeIssues(fieldIssuesOf(cause)), cause });
  return error;
}

export function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(input)", message: issue.message }));
}

/** "title: At most 200 characters; terms.territory.UA-63: …" */
export function describeIssues(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return `Invalid input: ${shown.join("; ")}`;
}

export function issuesOf(error: TRPCError): FieldIssue[] | null {
  if (error.cause instanceof z.ZodError) return fieldIssuesOf(error.cause);
  if (error.cause instanceof ParleyError && error.cause.issues.length > 0) return error.cause.issues;
  return null;
}
