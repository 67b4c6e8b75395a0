// The HTTP layer's limits, from the environment. The server checks them before it says "Ready"
// (server/serve/config.ts); a bad value stops the start with a message naming the variable.

/** A budget: `perMinute` on average, at most `burst` at once. */
export interface BudgetConfig {
  perMinute: number;
  burst: number;
}

export interface HttpConfig {
  /** Largest request body accepted, in bytes (413 above it). */
  maxBodyBytes: number;
  /** Largest tRPC batch (calls per request) accepted. Keep the client's httpBatchLink `maxItems` at or below it. */
  maxBatchSize: number;
  /**
   * PARLEY_TRUST_PROXY: how many reverse proxies stand in front of Parley (0: none). With n > 0 the
   * client is the address n hops from the right of X-Forwarded-For (what the outermost trusted proxy
   * saw), and X-Forwarded-Proto/-Host name this site's public origin.
   */
  trustedProxies: number;
  /**
   * Per client: API calls that may change something, API queries, and pages (server-rendered, so they
   * read the database too: server/serve/server.ts); per client and existing scenario: changes to it.
   */
  rateLimit: { mutations: BudgetConfig; queries: BudgetConfig; pages: BudgetConfig; scenarioChanges: BudgetConfig };
}

export const DEFAULTS = {
  maxBodyBytes: 256 * 1024,
  maxBatchSize: 10,
  mutations: { perMinute: 60, burst: 20 },
  queries: { perMinute: 600, burst: 120 },
  pages: { perMinute: 300, burst: 100 },
  scenarioChanges: { perMinute: 30, burst: 10 },
} as const;

/** The budgets' variables: `<prefix>PER_MINUTE` and `<prefix>BURST`. */
const BUDGET_VARIABLES = {
  mutations: "PARLEY_RATE_LIMIT_",
  queries: "PARLEY_RATE_LIMIT_QUERIES_",
  pages: "PARLEY_RATE_LIMIT_PAGES_",
  scenarioChanges: "PARLEY_RATE_LIMIT_SCENARIO_",
} as const;

type Env = Record<string, string | undefined>;

/** A setting that cannot be used; the message names the variable and says what it takes. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable} ${message}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads the HTTP settings. Every PARLEY_RATE_LIMIT_* must be a positive number (a burst defaults to
 * its default or the per-minute figure, whichever is smaller), PARLEY_TRUST_PROXY a whole number of
 * proxies; an unknown PARLEY_RATE_LIMIT_* variable is an error too, so that a typo does not silently
 * leave a default in place.
 */
export function httpConfigFromEnv(env: Env = process.env): HttpConfig {
  const known = new Set(Object.values(BUDGET_VARIABLES).flatMap((prefix) => [`${prefix}PER_MINUTE`, `${prefix}BURST`]));
  for (const name of Object.keys(env)) {
    if (name.startsWith("PARLEY_RATE_LIMIT_") && !known.has(name) && env[name] !== undefined) {
      throw new ConfigError(name, `is not a setting Parley knows (known: ${[...known].join(", ")})`);
    }
  }
  const budget = (kind: keyof typeof BUDGET_VARIABLES): BudgetConfig => {
    const prefix = BUDGET_VARIABLES[kind];
    const perMinute = positive(env, `${prefix}PER_MINUTE`) ?? DEFAULTS[kind].perMinute;
    const burst = positive(env, `${prefix}BURST`) ?? Math.min(DEFAULTS[kind].burst, perMinute);
    return { perMinute, burst };
  };
  return {
    maxBodyBytes: DEFAULTS.maxBodyBytes,
    maxBatchSize: DEFAULTS.maxBatchSize,
    trustedProxies: wholeNumber(env, "PARLEY_TRUST_PROXY") ?? 0,
    rateLimit: {
      mutations: budget("mutations"),
      queries: budget("queries"),
      pages: budget("pages"),
      scenarioChanges: budget("scenarioChanges"),
    },
  };
}

function setting(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
}

function positive(env: Env, name: string): number | undefined {
  const raw = setting(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(name, `must be a positive number, not "${raw}"`);
  return value;
}

export function wholeNumber(env: Env, name: string, { max = 1000 }: { max?: number } = {}): number | undefined {
  const raw = setting(env, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) > max)
    throw new ConfigError(name, `must be a whole number from 0 to ${max}, not "${raw}"`);
  return Number(raw);
}
