// Reading security headers in tests.

/** A Content-Security-Policy as directives: "a b; c d e" → { a: ["b"], c: ["d", "e"] }. */
export function directivesOf(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** The headers every response must carry (besides the CSP, checked directive by directive). */
export const FIXED_SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
} as const;
