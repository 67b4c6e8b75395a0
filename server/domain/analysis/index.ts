// The negotiation-analysis engine: pure functions over scenarios and party profiles (no I/O).
export * from "./model.ts";
export { seedProfileSet, SEED_PROFILE_SET_KEY } from "./seed-profiles.ts";
export {
  groupAreaKm2,
  positionedScenario,
  scenarioPosition,
  scenarioPositions,
  territoryShare,
  type Catalogue,
  type Position,
  type PositionedScenario,
  type Positions,
} from "./position.ts";
export { dimensionValue, neutralValue, roundUtility, utility, weightedDimensions, UTILITY_STEPS_PER_POINT } from "./value.ts";
export {
  scorePositions,
  scoreScenario,
  scoreScenarios,
  type PartyScore,
  type ScenarioScore,
  type ScenarioSetScore,
} from "./scenario-score.ts";
export {
  compileSpace,
  decodePackage,
  encodePackage,
  packageDigits,
  type CompiledDimension,
  type CompiledOption,
  type CompiledSpace,
  type SpaceShape,
} from "./space.ts";
export { fillSums, fillUtilities, linearTable, partyTable, scorePackages, type PartyTable } from "./score.ts";
export { paretoFrontier, type FrontierProgress } from "./frontier.ts";
export { acceptedMask, countAccepted, kalaiSmorodinsky, maximinSolution, nashSolution } from "./bargaining.ts";
export {
  analyse,
  DEFAULT_MAX_PACKAGES,
  type AnalysisInput,
  type AnalysisProgress,
  type AnalysisResult,
  type SolutionPackage,
} from "./analyse.ts";
export { packageToScenario } from "./to-scenario.ts";
export {
  acceptanceRanges,
  holdsEverywhere,
  margin,
  nashRanges,
  partyParameters,
  PARAMETER_MAX,
  PARAMETER_MIN,
  type HoldingRange,
  type NashSensitivityInput,
  type Parameter,
} from "./sensitivity.ts";
export { byFragility, parameterLabel, rangeClause, sensitivitySentence } from "./sensitivity-text.ts";
export {
  AnalysisSession,
  binDensity,
  DENSITY_BINS,
  runToEnd,
  type ChartAxes,
  type Density,
  type SessionInput,
  type SessionResult,
} from "./session.ts";
export { baselineOptions, describePackage, packageText, type PackageTerm } from "./describe.ts";
export { profileChanges, summarizeProfileChange } from "./profile-diff.ts";
export { OPENING_AXES, OPENING_SPACE, openingInput, packResult, runOpening, unpackResult, type PackedResult } from "./opening.ts";
