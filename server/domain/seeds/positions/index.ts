import type { SeedScenario } from "../index.ts";
import { anchorageFormula } from "./anchorage-formula-2025-08.ts";
import { e3CounterProposal } from "./e3-counter-proposal-2025-11.ts";
import { europeUkraine12Points } from "./europe-ukraine-12-points-2025-10.ts";
import { framework20Points } from "./framework-20-points-2025-12.ts";
import { framework20PointsDmz } from "./framework-20-points-dmz-2025-12.ts";
import { russiaMemorandumPackage } from "./russia-memorandum-2025-06-package.ts";
import { russiaMemorandumWithdrawal } from "./russia-memorandum-2025-06.ts";
import { russiaTerms2026 } from "./russia-terms-2026-02.ts";
import { ukraineMemorandum } from "./ukraine-memorandum-2025-06.ts";
import { us28Points } from "./us-28-points-2025-11.ts";
import { zelenskyOpenLetter } from "./zelensky-open-letter-2026-06.ts";

/** The positions put forward since May 2025, oldest first (keys are stable: seeding inserts each once). */
export const POSITION_SEEDS: SeedScenario[] = [
  { key: "russia-memorandum-2025-06-withdrawal", document: russiaMemorandumWithdrawal },
  { key: "russia-memorandum-2025-06-package", document: russiaMemorandumPackage },
  { key: "ukraine-memorandum-2025-06", document: ukraineMemorandum, answers: "russia-memorandum-2025-06-withdrawal" },
  { key: "anchorage-formula-2025-08", document: anchorageFormula },
  { key: "europe-ukraine-12-points-2025-10", document: europeUkraine12Points },
  { key: "us-28-points-2025-11", document: us28Points },
  { key: "e3-counter-proposal-2025-11", document: e3CounterProposal, answers: "us-28-points-2025-11" },
  { key: "framework-20-points-2025-12", document: framework20Points, answers: "us-28-points-2025-11" },
  { key: "framework-20-points-dmz-2025-12", document: framework20PointsDmz, answers: "framework-20-points-2025-12" },
  { key: "russia-terms-2026-02", document: russiaTerms2026, answers: "framework-20-points-dmz-2025-12" },
  { key: "zelensky-open-letter-2026-06", document: zelenskyOpenLetter },
];
