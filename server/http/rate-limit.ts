// A per-client token bucket for mutations, in memory (per server process: Parley runs as one, on
// one SQLite file). Each client's bucket holds up to `burst` tokens and refills at `perMinute` a
// minute; a mutation takes one token, a batch of mutations one per call.

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Milliseconds; tests pass a clock of their own. */
  now?: () => number;
  /** Buckets kept at most; idle (full) buckets go first, then the least recently used. */
  maxClients?: number;
}

export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string, cost?: number): RateLimitDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter({ perMinute, burst, now = Date.now, maxClients = 10_000 }: RateLimitOptions): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, t: number) => Math.min(burst, bucket.tokens + Math.max(0, t - bucket.at) * perMs);

  function prune(t: number) {
    for (const [key, bucket] of buckets) if (refilled(bucket, t) >= burst) buckets.delete(key);
    // Map order is insertion order, and take() re-inserts: the first keys are the least recently used.
    for (const key of buckets.keys()) {
      if (buckets.size <= maxClients) break;
      buckets.delete(key);
    }
  }

  return {
    take(client, cost = 1) {
      const t = now();
      const previous = buckets.get(client);
      const tokens = previous ? refilled(previous, t) : burst;
      buckets.delete(client);
      // A batch larger than the bucket passes when the bucket is full, and leaves it in debt: the
      // rate over time stays the same.
      const need = Math.min(cost, burst);
      if (tokens >= need) {
        buckets.set(client, { tokens: tokens - cost, at: t });
        if (buckets.size > maxClients) prune(t);
        return { ok: true };
      }
      buckets.set(client, { tokens, at: t });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((need - tokens) / perMs / 1000)) };
    },
  };
}

/**
 * Whose bucket a request draws from. The fetch adapter gives no socket, so there is no remote
 * address to key on. With PARLEY_TRUST_PROXY=1 the proxy's X-Forwarded-For names the client (its
 * first hop: the proxy must set the header, not append to one the client sent). Without a trusted
 * proxy that header is whatever the client says (Next only fills it in when absent), so keying on
 * it would let a client pick a fresh bucket per request: every request then shares one global
 * bucket, a server-wide brake on write floods rather than a per-person quota.
 */
export function clientKey(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const first = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return `xff:${first.toLowerCase()}`;
  }
  return "global";
}
