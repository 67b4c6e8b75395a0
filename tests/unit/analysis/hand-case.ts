import type { OutcomeSpace } from "@/server/domain/analysis/model.ts";
import { profile } from "./support.ts";

// A space small enough to work out on paper: NATO path × sanctions relief, two parties.
//   A weighs both equally:       NATO open 0, deferred 50, renounced 100; sanctions none 0, staged 60, full 100.
//   B weighs NATO three to one:  NATO open 100, deferred 60, renounced 0; sanctions none 100, staged 60, full 0.
//   Both reserve 30. No other dimension has weight, so the baseline does not matter.
export const a = profile(
  "party-a",
  { nato: 1, sanctions: 1 },
  { nato: { open: 0, deferred: 50, renounced: 100 }, sanctions: { none: 0, partial: 50, staged: 60, full: 100 } },
  30,
);
export const b = profile(
  "party-b",
  { nato: 3, sanctions: 1 },
  { nato: { open: 100, deferred: 60, renounced: 0 }, sanctions: { none: 100, partial: 40, staged: 60, full: 0 } },
  30,
);
export const space: OutcomeSpace = [
  { dimensionId: "nato", optionIds: ["open", "deferred", "renounced"] },
  { dimensionId: "sanctions", optionIds: ["none", "staged", "full"] },
];
