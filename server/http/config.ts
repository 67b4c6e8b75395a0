// The HTTP layer's limits, from the environment (read once per process, see handler.ts).

export interface HttpConfig {
  /** Largest request body accepted, in bytes (413 above it). */
  maxBodyBytes: number;
  /** Largest tRPC batch (calls per request) accepted. Keep the client's httpBatchLink `maxItems` at or below it. */
  maxBatchSize: number;
  /** PARLEY_TRUST_PROXY=1: a reverse proxy in front sets X-Forwarded-For (and -Proto/-Host) and clients cannot. */
  trustProxy: boolean;
  /** Mutations per minute per client, and how many may come at once (the bucket's size). */
  rateLimit: { perMinute: number; burst: number };
}

export const DEFAULTS = {
  maxBodyBytes: 256 * 1024,
  maxBatchSize: 10,
  perMinute: 60,
  burst: 20,
} as const;

type Env = Record<string, string | undefined>;

/**
 * PARLEY_RATE_LIMIT_PER_MINUTE (default 60) and PARLEY_RATE_LIMIT_BURST (default 20, never more
 * than the per-minute figure unless set) configure the mutation rate limit; PARLEY_TRUST_PROXY=1
 * keys it by the X-Forwarded-For client. A value that is not a positive number is an error, so that
 * a typo does not silently leave the default in place.
 */
export function httpConfigFromEnv(env: Env = process.env): HttpConfig {
  const perMinute = positive(env, "PARLEY_RATE_LIMIT_PER_MINUTE") ?? DEFAULTS.perMinute;
  const burst = positive(env, "PARLEY_RATE_LIMIT_BURST") ?? Math.min(DEFAULTS.burst, perMinute);
  return {
    maxBodyBytes: DEFAULTS.maxBodyBytes,
    maxBatchSize: DEFAULTS.maxBatchSize,
    trustProxy: env.PARLEY_TRUST_PROXY === "1",
    rateLimit: { perMinute, burst },
  };
}

function positive(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}
