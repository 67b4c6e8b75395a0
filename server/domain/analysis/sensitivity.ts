import type { ScenarioDocument } from "../scenario.ts";
import { DIMENSIONS, type PartyProfile } from "./model.ts";
import { scenarioPosition, type Catalogue, type Positions } from "./position.ts";
import { fillSums, linearTable } from "./score.ts";
import type { CompiledSpace } from "./space.ts";
import { dimensionValue, utility } from "./value.ts";

// How far each assumption can move before a conclusion changes: for each weight and each
// reservation value, the interval around its current value over which (a) a party's accept/reject
// of a scenario and (b) the Nash package stay as they are. Every other assumption stays put.
//
// Both are exact, because both are linear in the parameter once a positive factor is taken out.
// With party p's weight w on dimension k, its utility for package i is (A_i + w·v_i) / (W + w)
// (A_i, W: the weighted values and weights of its other dimensions; v_i: its value on k). So
//   accepts:  u ≥ r  ⇔  (A_i − r·W) + w·(v_i − r) ≥ 0                      (a half-line in w)
//   Nash:     Π_q (u_q − r_q) = C_i · ((A_i − r·W) + w·(v_i − r)) / (W + w)
// with C_i the other parties' factors, which w does not move. Every package shares the divisor
// W + w > 0, so comparing Nash products is comparing lines in w. The reservation value enters
// u − r and the product linearly too. A conclusion fails where some package's line overtakes the
// current one while that package is acceptable: an interval; the range is what is left around the
// current value. Ties (equal lines) are left to the solution's tie rule and never end a range.

export const PARAMETER_MIN = 0;
/** The largest weight and reservation value a profile may hold (model.ts). */
export const PARAMETER_MAX = 100;

export type Parameter = { kind: "weight"; party: number; dimensionId: string } | { kind: "reservation"; party: number };

export interface HoldingRange {
  parameter: Parameter;
  current: number;
  /** The conclusion holds for every value in [low, high] (up to ties at the ends). */
  low: number;
  high: number;
  min: number;
  max: number;
}

/** The component around x0 of [min, max] minus the intervals excluded. */
class Around {
  low: number;
  high: number;
  constructor(
    readonly x0: number,
    min: number,
    max: number,
  ) {
    this.low = min;
    this.high = max;
  }
  /** Takes (a, b) out; an interval holding x0 itself is a tie at x0 and is ignored. */
  exclude(a: number, b: number): void {
    if (!(b > a)) return;
    if (b <= this.x0) this.low = Math.max(this.low, b);
    else if (a >= this.x0) this.high = Math.min(this.high, a);
  }
  /** Keeps only where c + s·x ≥ 0. */
  require(c: number, s: number): void {
    const [a, b] = halfLine(c, s);
    this.exclude(-Infinity, a);
    this.exclude(b, Infinity);
  }
}

/** {x : c + s·x ≥ 0} as [a, b] (infinite ends allowed; empty when a > b). */
function halfLine(c: number, s: number): [number, number] {
  if (s > 0) return [-c / s, Infinity];
  if (s < 0) return [-Infinity, -c / s];
  return c >= 0 ? [-Infinity, Infinity] : [Infinity, -Infinity];
}

/** The parameters of party p that can be moved: its reservation value, and the weight of every dimension it has values for. */
export function partyParameters(profile: PartyProfile, party: number, catalogue: Catalogue = DIMENSIONS): Parameter[] {
  return [
    { kind: "reservation", party },
    ...catalogue
      .filter((d) => profile.values[d.id] !== undefined)
      .map((d): Parameter => ({ kind: "weight", party, dimensionId: d.id })),
  ];
}

function currentValue(profiles: readonly PartyProfile[], parameter: Parameter): number {
  const profile = profiles[parameter.party]!;
  return parameter.kind === "reservation" ? profile.reservation : (profile.weights[parameter.dimensionId] ?? 0);
}

/** Σ of the party's weights other than on `dimensionId`. */
function otherWeights(profile: PartyProfile, dimensionId: string, catalogue: Catalogue): number {
  return catalogue.reduce((sum, d) => sum + (d.id === dimensionId ? 0 : (profile.weights[d.id] ?? 0)), 0);
}

/**
 * For a scenario (its positions, scenarioPositions) and party p: the range of each of p's
 * parameters over which p's accept/reject of the scenario holds. (Other parties' assumptions do not
 * move p's verdict.)
 */
export function acceptanceRanges(
  positions: Positions,
  profiles: readonly PartyProfile[],
  party: number,
  catalogue: Catalogue = DIMENSIONS,
): HoldingRange[] {
  const profile = profiles[party]!;
  const u = utility(profile, positions, catalogue);
  const accepts = u >= profile.reservation;
  return partyParameters(profile, party, catalogue).map((parameter) => {
    const x0 = currentValue(profiles, parameter);
    const around = new Around(x0, PARAMETER_MIN, PARAMETER_MAX);
    // The verdict's condition as c + s·x ≥ 0 (accepts) or its negation (rejects).
    let c: number;
    let s: number;
    if (parameter.kind === "reservation") {
      [c, s] = [u, -1];
    } else {
      const dimension = catalogue.find((d) => d.id === parameter.dimensionId)!;
      const W = otherWeights(profile, dimension.id, catalogue);
      const A = catalogue.reduce((sum, d) => {
        const w = d.id === dimension.id ? 0 : (profile.weights[d.id] ?? 0);
        return w > 0 ? sum + w * dimensionValue(profile, d, positions[d.id] ?? null) : sum;
      }, 0);
      const v = dimensionValue(profile, dimension, positions[dimension.id] ?? null);
      [c, s] = [A - profile.reservation * W, v - profile.reservation];
    }
    if (accepts) around.require(c, s);
    else {
      const [a, b] = halfLine(c, s);
      around.exclude(a, b);
    }
    return { parameter, current: x0, low: around.low, high: around.high, min: PARAMETER_MIN, max: PARAMETER_MAX };
  });
}

export interface NashSensitivityInput {
  space: CompiledSpace;
  profiles: readonly PartyProfile[];
  baseline: ScenarioDocument;
  /** The analysis' utilities (utilities[p][i]) and its Nash package (null: no package all accept). */
  utilities: readonly Float64Array[];
  nash: number | null;
  /** Only these parties' parameters (all parties when left out). */
  parties?: readonly number[];
}

/**
 * For every party's reservation value and weights: the range over which the Nash package stays
 * the same package (or, with no Nash package, over which still no package is acceptable to all).
 * O(packages) per parameter.
 */
export function nashRanges(input: NashSensitivityInput): HoldingRange[] {
  const steps = nashRangeSteps(input);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** nashRanges one parameter at a time: each yield (done, total) is a point where the caller may pause or stop. */
export function* nashRangeSteps(input: NashSensitivityInput): Generator<{ done: number; total: number }, HoldingRange[]> {
  const { space, profiles, baseline, utilities, nash } = input;
  const n = space.size;
  const parameters = profiles.flatMap((profile, p) =>
    !input.parties || input.parties.includes(p) ? partyParameters(profile, p, space.catalogue) : [],
  );
  const out: HoldingRange[] = [];
  const others = new Float64Array(n); // C_i: the product of the other parties' gains, or NaN if one of them rejects
  const a = new Float64Array(n);
  const v = new Float64Array(n);
  let otherParty = -1;
  for (const [done, parameter] of parameters.entries()) {
    yield { done, total: parameters.length };
    const p = parameter.party;
    const profile = profiles[p]!;
    if (otherParty !== p) {
      otherParty = p;
      for (let i = 0; i < n; i++) {
        let product = 1;
        for (let q = 0; q < profiles.length && !Number.isNaN(product); q++) {
          if (q === p) continue;
          const gain = utilities[q]![i]! - profiles[q]!.reservation;
          product = gain >= 0 ? product * gain : NaN;
        }
        others[i] = product;
      }
    }
    const r = profile.reservation;
    // Each package's condition c_i + s_i·x ≥ 0 (party p accepts) and its Nash line C_i·(c_i + s_i·x).
    if (parameter.kind === "reservation") {
      a.set(utilities[p]!);
      v.fill(-1);
    } else {
      const weights = new Map(Object.entries(profile.weights).filter(([id]) => id !== parameter.dimensionId));
      fillSums(linearTable(space, profile, baseline, weights, 1), a);
      const W = otherWeights(profile, parameter.dimensionId, space.catalogue);
      const dimension = space.catalogue.find((d) => d.id === parameter.dimensionId)!;
      const inPlay = space.dimensions.some((d) => d.id === dimension.id);
      if (inPlay) fillSums(linearTable(space, profile, baseline, new Map([[dimension.id, 1]]), 1), v);
      else v.fill(dimensionValue(profile, dimension, scenarioPosition(baseline, dimension)));
      for (let i = 0; i < n; i++) {
        a[i] = a[i]! - r * W;
        v[i] = v[i]! - r;
      }
    }
    const x0 = currentValue(profiles, parameter);
    const around = new Around(x0, PARAMETER_MIN, PARAMETER_MAX);
    if (nash === null) {
      // "No package all accept" ends where some package the others accept becomes acceptable to p.
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(others[i]!)) continue;
        const [lo, hi] = halfLine(a[i]!, v[i]!);
        around.exclude(lo, hi);
      }
    } else {
      around.require(a[nash]!, v[nash]!);
      const c0 = others[nash]! * a[nash]!;
      const s0 = others[nash]! * v[nash]!;
      for (let i = 0; i < n; i++) {
        const C = others[i]!;
        if (i === nash || Number.isNaN(C)) continue;
        // Where package i is acceptable to p and its Nash line lies above the current package's.
        let [lo, hi] = halfLine(a[i]!, v[i]!);
        const dc = C * a[i]! - c0;
        const ds = C * v[i]! - s0;
        if (ds > 0) lo = Math.max(lo, -dc / ds);
        else if (ds < 0) hi = Math.min(hi, -dc / ds);
        else if (dc <= 0) continue;
        around.exclude(lo, hi);
      }
    }
    out.push({ parameter, current: x0, low: around.low, high: around.high, min: PARAMETER_MIN, max: PARAMETER_MAX });
  }
  return out;
}

/** The conclusion holds over the parameter's whole range. */
export const holdsEverywhere = (range: HoldingRange) => range.low <= range.min && range.high >= range.max;

/** How close the nearer end of the range is to the current value, as a share of the scale: smaller is more fragile. */
export const margin = (range: HoldingRange) =>
  Math.min(
    range.low <= range.min ? Infinity : range.current - range.low,
    range.high >= range.max ? Infinity : range.high - range.current,
  ) /
  (range.max - range.min);
