import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { notFound, ParleyError } from "@/server/domain/errors.ts";
import { describeIssues, fieldIssuesOf, issuesOf, toTRPCError } from "@/server/trpc/errors.ts";

const wrapped = (cause: unknown) => new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause });

describe("toTRPCError", () => {
  it.each([
    ["not_found", "NOT_FOUND"],
    ["invalid", "BAD_REQUEST"],
    ["conflict", "CONFLICT"],
    ["forbidden", "FORBIDDEN"],
  ] as const)("maps a ParleyError of kind %s to %s, keeping its message", (kind, code) => {
    const error = toTRPCError(wrapped(new ParleyError(kind, "what happened")));
    expect([error.code, error.message]).toEqual([code, "what happened"]);
  });

  it("turns a ZodError into BAD_REQUEST naming each field in words, with the paths kept in the issues", () => {
    const schema = z.strictObject({ a: z.number(), b: z.object({ c: z.string().min(2, "Too short") }) });
    const result = schema.safeParse({ a: "x", b: { c: "y" } });
    const error = toTRPCError(wrapped(result.error));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Invalid input: a: must be a number; b.c: Too short");
    expect(issuesOf(error)).toEqual([
      { path: "a", message: "a: must be a number" },
      { path: "b.c", message: "b.c: Too short" },
    ]);
  });

  it("leaves any other failure as it was", () => {
    const original = wrapped(new Error("disk full"));
    expect(toTRPCError(original)).toBe(original);
  });
});

describe("describeIssues", () => {
  it("lists at most five issues' messages with their paths, then says how many more", () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: `f.${i}`, message: `F ${i}: m${i}` }));
    expect(describeIssues(issues)).toBe(
      "Invalid input: F 0: m0 (f.0); F 1: m1 (f.1); F 2: m2 (f.2); F 3: m3 (f.3); F 4: m4 (f.4); and 2 more",
    );
    expect(describeIssues([{ path: "title", message: "title: m" }])).toBe("Invalid input: title: m");
  });
});

describe("fieldIssuesOf and issuesOf", () => {
  it("dot-joins paths, with array indexes, and names the input itself '(input)'", () => {
    const result = z.object({ list: z.array(z.number()) }).safeParse({ list: [1, "2"] });
    expect(fieldIssuesOf(result.error!)).toEqual([{ path: "list.1", message: expect.any(String) }]);
    expect(fieldIssuesOf(z.string().safeParse(1).error!)[0]!.path).toBe("(input)");
  });

  it("gives field issues for validation and for a ParleyError that has them, null otherwise", () => {
    const conflict = new ParleyError("conflict", "stale", [{ path: "baseVersion", message: "now 3" }]);
    expect(issuesOf(wrapped(conflict))).toEqual([{ path: "baseVersion", message: "now 3" }]);
    expect(issuesOf(wrapped(notFound("scenario", "x")))).toBeNull();
    expect(issuesOf(wrapped(new Error("boom")))).toBeNull();
  });
});
