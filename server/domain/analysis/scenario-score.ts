import type { ScenarioDocument } from "../scenario.ts";
import { DIMENSIONS, type PartyProfile } from "./model.ts";
import { scenarioPositions, type Catalogue, type Positions } from "./position.ts";
import { utility } from "./value.ts";

// Scores saved scenarios with party profiles: each party's utility, whether it accepts, who is
// least satisfied, and whether any of a set of scenarios lies in a zone of possible agreement.

export interface PartyScore {
  partyId: string;
  name: string;
  /** 0–100. */
  utility: number;
  reservation: number;
  /** utility − reservation: negative means the party prefers no agreement. */
  margin: number;
  /** utility ≥ reservation. */
  accepts: boolean;
}

export interface ScenarioScore {
  /** One entry per profile, in the profiles' order. */
  parties: PartyScore[];
  utilities: number[];
  accepts: boolean[];
  allAccept: boolean;
  /** The party with the lowest margin (ties → the first such party); null without profiles. */
  leastSatisfied: PartyScore | null;
}

export interface ScenarioSetScore {
  scenarios: ScenarioScore[];
  /** Some scenario of the set that every party accepts: a zone of possible agreement exists among them. */
  zopa: boolean;
  /** Indices (into the input) of the scenarios every party accepts. */
  agreeable: number[];
}

export function scoreScenario(
  doc: ScenarioDocument,
  profiles: readonly PartyProfile[],
  catalogue: Catalogue = DIMENSIONS,
): ScenarioScore {
  return scorePositions(scenarioPositions(doc, catalogue), profiles, catalogue);
}

/** scoreScenario for a scenario already reduced to its positions (scenarioPositions). */
export function scorePositions(
  positions: Positions,
  profiles: readonly PartyProfile[],
  catalogue: Catalogue = DIMENSIONS,
): ScenarioScore {
  const parties = profiles.map((p): PartyScore => {
    const u = utility(p, positions, catalogue);
    return {
      partyId: p.partyId,
      name: p.name,
      utility: u,
      reservation: p.reservation,
      margin: u - p.reservation,
      accepts: u >= p.reservation,
    };
  });
  let leastSatisfied: PartyScore | null = null;
  for (const party of parties) if (leastSatisfied === null || party.margin < leastSatisfied.margin) leastSatisfied = party;
  return {
    parties,
    utilities: parties.map((p) => p.utility),
    accepts: parties.map((p) => p.accepts),
    allAccept: parties.every((p) => p.accepts),
    leastSatisfied,
  };
}

/** Scores a set of scenarios, each given by its positions (scenarioPositions). */
export function scoreScenarios(
  scenarios: readonly Positions[],
  profiles: readonly PartyProfile[],
  catalogue: Catalogue = DIMENSIONS,
): ScenarioSetScore {
  const scores = scenarios.map((positions) => scorePositions(positions, profiles, catalogue));
  const agreeable = scores.flatMap((s, i) => (s.allAccept ? [i] : []));
  return { scenarios: scores, zopa: agreeable.length > 0, agreeable };
}
