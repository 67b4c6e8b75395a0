import type { ScenarioDocument } from "../scenario.ts";
import { DIMENSIONS, type PartyProfile } from "./model.ts";
import { scenarioPositions, type Catalogue } from "./position.ts";
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
  const positions = scenarioPositions(doc, catalogue);
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

export function scoreScenarios(
  docs: readonly ScenarioDocument[],
  profiles: readonly PartyProfile[],
  catalogue: Catalogue = DIMENSIONS,
): ScenarioSetScore {
  const scenarios = docs.map((doc) => scoreScenario(doc, profiles, catalogue));
  const agreeable = scenarios.flatMap((s, i) => (s.allAccept ? [i] : []));
  return { scenarios, zopa: agreeable.length > 0, agreeable };
}
