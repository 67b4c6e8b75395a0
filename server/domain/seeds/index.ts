import { NEWEST_LINE_DATE, SEEDED_LINE_DATES } from "../line-of-control.ts";
import type { ScenarioDocument } from "../scenario.ts";
import { lineSeedKey, lineSnapshot } from "./line-snapshots.ts";
import { counterProposal } from "./counter-proposal.ts";
import { russiaConditions } from "./russia-conditions.ts";
import { statusQuo } from "./status-quo.ts";
import { usProposal } from "./us-proposal.ts";
import { POSITION_SEEDS } from "./positions/index.ts";

export interface SeedScenario {
  /** Stable key: seeding inserts each key once. */
  key: string;
  document: () => ScenarioDocument;
  /** The seed this position answers: seeding writes that scenario's id into `context.answers`. */
  answers?: string;
}

/** The status quo a user sees by default (before/after's baseline): the newest line of control. */
export const STATUS_QUO_SEED_KEY = lineSeedKey(NEWEST_LINE_DATE);

const LINE_SEEDS: SeedScenario[] = SEEDED_LINE_DATES.map((date) => ({
  key: lineSeedKey(date),
  document: () => lineSnapshot(date),
}));

export const SEED_SCENARIOS: readonly SeedScenario[] = [
  { key: "status-quo-2025-05", document: statusQuo },
  { key: "us-proposal-2025-04", document: usProposal },
  { key: "russia-conditions-2024-06", document: russiaConditions },
  { key: "ukraine-europe-2025-04", document: counterProposal, answers: "us-proposal-2025-04" },
  // Positions before lines: the list shows seeds in this order, so the positions fill its first page.
  ...POSITION_SEEDS,
  ...LINE_SEEDS,
];
