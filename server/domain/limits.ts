// The limits of a scenario's texts and figures, apart from the schema (scenario.ts) so that pages
// which only show or search scenarios can read them without loading zod.

/** Lengths in characters, counts and largest values a scenario's terms accept. */
export const LIMITS = {
  titleLength: 200,
  summaryLength: 4000,
  noteLength: 500,
  conditionsLength: 2000,
  partyNameLength: 80,
  maxParties: 12,
  maxDurationDays: 3650,
  maxBufferDepthKm: 200,
  maxTroops: 3_000_000,
  maxElectionDays: 1000,
  maxAssetsUsdBn: 1000,
  maxGuaranteeYears: 100,
  /** What a person types to search titles. */
  searchLength: 200,
} as const;
