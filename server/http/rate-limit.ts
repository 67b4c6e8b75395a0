// Rate-limit budgets, on rate-limiter-flexible. Each budget allows `burst` calls per window of
// burst / perMinute minutes (so `perMinute` on average), per key:
//   mutations        per client, every call that may change something, taken before its body is read;
//   queries          per client, every query;
//   pages            per client, every page (counted by Parley's server, server/serve/server.ts);
//   scenarioChanges  per client and existing scenario, taken only once the call is valid (see
//                    server/trpc/budget.ts) and given back when the change is refused.
// A client key is the connection's address (client-address.ts), so a flood costs its sender's
// budgets and nobody else's.
//
// The store is the database provider's (server/db/provider.ts): on PostgreSQL rate-limiter-flexible's
// RateLimiterPostgres on the same database, so every instance draws from the same budgets; on SQLite
// (one process on one file) in memory.

import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseProvider } from "../db/provider.ts";
import type { BudgetConfig, HttpConfig } from "./config.ts";

export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface Budget {
  /** Takes `cost` tokens (at most a full window's worth) from `key`'s budget, or says when to come back. */
  take(key: string, cost?: number): Promise<RateLimitDecision>;
  /** Gives back tokens taken for a call that changed nothing. */
  refund(key: string, cost?: number): Promise<void>;
}

export interface Budgets {
  mutations: Budget;
  queries: Budget;
  scenarioChanges: Budget;
}

/** What a store is given: a key prefix (one per budget), the tokens per window and the window in seconds. */
export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

export type LimiterStore = (options: LimiterOptions) => RateLimiterAbstract;

/** Where budgets are kept: the database provider's store, for DATABASE_URL as it is when the budget is made. */
export const limiterStore: LimiterStore = (options) => databaseProvider().rateLimiter(options);

export function createBudget(name: string, { perMinute, burst }: BudgetConfig, store: LimiterStore = limiterStore): Budget {
  const points = Math.max(1, Math.floor(burst));
  const limiter = store({ keyPrefix: `parley-${name}`, points, duration: (points / perMinute) * 60 });
  return {
    async take(key, cost = 1) {
      try {
        // A batch larger than a window's worth would never pass: it takes the whole window instead.
        await limiter.consume(key, Math.min(cost, points));
        return { ok: true };
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      }
    },
    async refund(key, cost = 1) {
      await limiter.reward(key, Math.min(cost, points));
    },
  };
}

/** The API's budgets (server/http/handler.ts and server/trpc/budget.ts). */
export function createBudgets(config: Omit<HttpConfig["rateLimit"], "pages">, store: LimiterStore = limiterStore): Budgets {
  return {
    mutations: createBudget("mutations", config.mutations, store),
    queries: createBudget("queries", config.queries, store),
    scenarioChanges: createBudget("scenario-changes", config.scenarioChanges, store),
  };
}
