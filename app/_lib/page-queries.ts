// Inputs of queries that a page's server part prefetches and its client components ask for: the
// same input gives the same cache entry, so they are named once here (a plain module, readable by
// server and client components alike).

/** The saved scenarios offered by the scenario selects and the compare picker (newest first). */
export const SCENARIO_CHOICES = { limit: 100 } as const;

/**
 * How many of the most recently saved published scenarios the analysis page scores and plots. Each
 * is scored again on every slider step in the page itself: at 20 a step on the full catalogue took
 * 141 ms (longest task 63 ms), at 8 it takes 85 ms (31 ms) in the browser benchmark.
 */
export const ANALYSIS_SCENARIOS = { limit: 8 } as const;
