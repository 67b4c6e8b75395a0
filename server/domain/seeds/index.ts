import type { ScenarioDocument } from "../scenario.ts";
import { counterProposal } from "./counter-proposal.ts";
import { russiaConditions } from "./russia-conditions.ts";
import { statusQuo } from "./status-quo.ts";
import { usProposal } from "./us-proposal.ts";

export interface SeedScenario {
  /** Stable key: seeding inserts each key once. */
  key: string;
  document: () => ScenarioDocument;
}

export const SEED_SCENARIOS: readonly SeedScenario[] = [
  { key: "status-quo-2025-05", document: statusQuo },
  { key: "us-proposal-2025-04", document: usProposal },
  { key: "russia-conditions-2024-06", document: russiaConditions },
  { key: "ukraine-europe-2025-04", document: counterProposal },
];
