import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { z } from "zod";
import { ParleyError, type FieldIssue, type ParleyErrorKind } from "../domain/errors.ts";
import { issueInWords, type WordsOptions } from "../domain/issue-words.ts";

// The one place where errors become tRPC codes.

const CODES: Record<ParleyErrorKind, TRPC_ERROR_CODE_KEY> = {
  not_found: "NOT_FOUND",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
};

/**
 * `error` is what a procedure's middleware chain failed with; tRPC wraps thrown values as causes.
 * `words.scenario`: the input holds a scenario, whose fields are named by region and term.
 */
export function toTRPCError(error: TRPCError, words: WordsOptions = {}): TRPCError {
  const cause = error.cause;
  if (cause instanceof ParleyError) return new TRPCError({ code: CODES[cause.kind], message: cause.message, cause });
  // Input validation: a message that names the fields in words, instead of zod's JSON dump; the
  // issues (paths for programs, words for people) travel as a ParleyError for the error formatter.
  if (cause instanceof z.ZodError) {
    const issues = fieldIssuesOf(cause, words);
    const message = describeIssues(issues, words);
    return new TRPCError({ code: "BAD_REQUEST", message, cause: new ParleyError("invalid", message, issues) });
  }
  return error;
}

/** Each issue's path, for programs, and its message in words (server/domain/issue-words.ts), for people. */
export function fieldIssuesOf(error: z.ZodError, words: WordsOptions = {}): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(input)",
    // Outside scenarios (profile sets), the schema's own message, as the analysis forms expect.
    message: words.scenario === false ? issue.message : issueInWords(issue, words),
  }));
}

/**
 * "Invalid input: Kharkiv: Russia's km² can't be negative (document.terms.territory.UA-63.russiaKm2); …":
 * each problem in words, then its path for whoever fixes the request.
 */
export function describeIssues(issues: FieldIssue[], words: WordsOptions = {}): string {
  const shown = issues
    .slice(0, 5)
    .map((i) =>
      words.scenario === false
        ? `${i.path}: ${i.message}`
        : i.path === "(input)" || i.message.startsWith(`${i.path}: `)
          ? i.message
          : `${i.message} (${i.path})`,
    );
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return `Invalid input: ${shown.join("; ")}`;
}

export function issuesOf(error: TRPCError): FieldIssue[] | null {
  if (error.cause instanceof z.ZodError) return fieldIssuesOf(error.cause);
  if (error.cause instanceof ParleyError && error.cause.issues.length > 0) return error.cause.issues;
  return null;
}
