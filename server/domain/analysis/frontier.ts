import { UTILITY_STEPS_PER_POINT } from "./value.ts";

// The Pareto frontier of a set of packages: those no other package beats for every party. q
// dominates p iff q ≥ p for every party and q > p for at least one; packages with identical
// utilities share their fate (all on the frontier or none).
//
// Packages are ordered lexicographically by (u1, u2, u3, …) descending, ties by index ascending.
// In that order every dominator of p comes before p, so one sweep decides each package:
//   P = 1, 2: keep the running maximum of u2 over packages with a strictly larger u1;
//   P = 3:    a Fenwick tree over u2 ranks holds the maximum u3 of the frontier packages with a
//             strictly larger u1 (dominance is transitive, so checking frontier packages suffices);
//             packages with the same u1 are checked against each other by a sweep over u2;
//   P > 3:    each package is compared with the frontier found so far, O(N·F). Good enough for
//             the party counts Parley allows (at most six) and the frontiers seen in practice.

/** Utilities as integers on the 1e-7 grid (0…1e9 < 2^30). Throws on values outside 0–100. */
function gridKeys(u: Float64Array): Uint32Array {
  const keys = new Uint32Array(u.length);
  for (let i = 0; i < u.length; i++) {
    const k = Math.round(u[i]! * UTILITY_STEPS_PER_POINT);
    if (!(k >= 0 && k <= 100 * UTILITY_STEPS_PER_POINT)) throw new RangeError(`Utility ${u[i]} of package ${i} is outside 0–100`);
    keys[i] = k;
  }
  return keys;
}

const DIGIT_BITS = 15;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Stable sort of `order` by `keys` descending: an LSD radix sort, two passes of 15 bits. Why not
 * Array.prototype.sort with a comparator: for 10^6 packages that alone takes most of a second,
 * while the radix sort is linear and, being stable, keeps equal keys in their previous order.
 */
type Indices = Uint32Array<ArrayBuffer>;

function radixSortDescending(order: Indices, spare: Indices, keys: Uint32Array): [Indices, Indices] {
  const counts = new Uint32Array(DIGIT_MASK + 2);
  let from = order;
  let to = spare;
  for (let shift = 0; shift < 30; shift += DIGIT_BITS) {
    counts.fill(0);
    for (let i = 0; i < from.length; i++) counts[DIGIT_MASK - ((keys[from[i]!]! >>> shift) & DIGIT_MASK) + 1]!++;
    for (let d = 1; d < counts.length; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < from.length; i++) {
      const index = from[i]!;
      to[counts[DIGIT_MASK - ((keys[index]! >>> shift) & DIGIT_MASK)]!++] = index;
    }
    [from, to] = [to, from];
  }
  return [from, to];
}

export type FrontierProgress = (done: number, total: number) => void;

/**
 * Indices of the Pareto-optimal packages, ordered by the first party's utility descending (then
 * the second's, …, then index). `utilities[p][i]` is party p's utility (0–100) for package i;
 * values are compared on the 1e-7 grid the scorer rounds to.
 */
export function paretoFrontier(utilities: readonly Float64Array[], onProgress?: FrontierProgress): Uint32Array {
  const parties = utilities.length;
  if (parties === 0) throw new Error("The frontier needs at least one party");
  const n = utilities[0]!.length;
  for (const u of utilities) if (u.length !== n) throw new Error("Every party needs a utility for every package");
  // Reported before the keys and the prefilter, so that a caller timing phases counts them here.
  onProgress?.(0, Math.max(parties, 2) + 1);
  const allKeys = utilities.map(gridKeys);
  if (parties !== 3) return frontierOfKeys(allKeys, onProgress);
  // Three parties: drop the packages a coarse grid already proves dominated, then sweep the rest.
  const survivors = cellPrefilter(allKeys);
  const frontier = frontierOfKeys(
    allKeys.map((k) => Uint32Array.from(survivors, (i) => k[i]!)),
    onProgress,
  );
  return Uint32Array.from(frontier, (j) => survivors[j]!);
}

const CELLS = 64;
/** Grid key → cell (0 … CELLS − 1): keys run from 0 to 100 · UTILITY_STEPS_PER_POINT. */
const CELL_SCALE = CELLS / (100 * UTILITY_STEPS_PER_POINT + 1);

/**
 * Indices (ascending) of the packages not proved dominated by a coarse grid: packages are binned by
 * (u1, u2) into CELLS × CELLS cells; a package is dominated when some package in a cell strictly
 * above and right of its own (so strictly better for parties 1 and 2) has at least its u3. Sound
 * (only dominated packages go) and O(N + CELLS²); the frontier of the survivors is the frontier of
 * all, since every dropped package is dominated by some frontier package, which survives. Why: in
 * a cloud of 10^5 packages most lie deep inside, and the exact sweep then sorts a few percent.
 */
function cellPrefilter(keys: readonly Uint32Array[]): Uint32Array {
  const [k1, k2, k3] = keys as [Uint32Array, Uint32Array, Uint32Array];
  const n = k1.length;
  const cell = (k: number) => (k * CELL_SCALE) | 0;
  // best[i][j]: the largest u3 in cells (i' ≥ i, j' ≥ j), as a suffix maximum; −1 where none.
  const best = new Int32Array((CELLS + 1) * (CELLS + 1)).fill(-1);
  const at = (i: number, j: number) => i * (CELLS + 1) + j;
  for (let p = 0; p < n; p++) {
    const c = at(cell(k1[p]!), cell(k2[p]!));
    if (k3[p]! > best[c]!) best[c] = k3[p]!;
  }
  for (let i = CELLS - 1; i >= 0; i--) {
    for (let j = CELLS - 1; j >= 0; j--) {
      best[at(i, j)] = Math.max(best[at(i, j)]!, best[at(i + 1, j)]!, best[at(i, j + 1)]!);
    }
  }
  const out = new Uint32Array(n);
  let count = 0;
  for (let p = 0; p < n; p++) {
    if (best[at(cell(k1[p]!) + 1, cell(k2[p]!) + 1)]! >= k3[p]!) continue;
    out[count++] = p;
  }
  return out.slice(0, count);
}

function frontierOfKeys(keys: Uint32Array[], onProgress?: FrontierProgress): Uint32Array {
  const n = keys[0]!.length;
  if (keys.length === 1) keys.push(new Uint32Array(n)); // one party: the two-party sweep with u2 ≡ 0
  const steps = keys.length + 1;
  let order: Indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare: Indices = new Uint32Array(n);
  // Least significant key first; rank2 (dense rank of u2, 0 = largest) is read off after sorting by u2.
  let rank2: Uint32Array | null = null;
  for (let p = keys.length - 1; p >= 0; p--) {
    [order, spare] = radixSortDescending(order, spare, keys[p]!);
    if (p === 1 && keys.length === 3) rank2 = denseRanks(order, keys[1]!);
    onProgress?.(keys.length - p, steps);
  }
  const frontier =
    keys.length === 2
      ? sweep2(order, keys[0]!, keys[1]!)
      : keys.length === 3
        ? sweep3(order, keys[0]!, keys[1]!, keys[2]!, rank2!)
        : sweepMany(order, keys);
  onProgress?.(steps, steps);
  return frontier;
}

/** rank[i] = number of distinct keys larger than keys[i], given `order` sorted by key descending. */
function denseRanks(order: Uint32Array, keys: Uint32Array): Uint32Array {
  const rank = new Uint32Array(order.length);
  let r = 0;
  for (let i = 0; i < order.length; i++) {
    if (i > 0 && keys[order[i]!] !== keys[order[i - 1]!]) r++;
    rank[order[i]!] = r;
  }
  return rank;
}

function sweep2(order: Uint32Array, k1: Uint32Array, k2: Uint32Array): Uint32Array {
  const out = new Uint32Array(order.length);
  let count = 0;
  let bestAbove = -1; // max u2 over packages with a strictly larger u1
  for (let i = 0; i < order.length;) {
    const u1 = k1[order[i]!]!;
    const top = k2[order[i]!]!; // the group's best u2: only packages reaching it survive the group
    let j = i;
    const keep = top > bestAbove;
    for (; j < order.length && k1[order[j]!] === u1; j++) {
      if (keep && k2[order[j]!] === top) out[count++] = order[j]!;
    }
    if (top > bestAbove) bestAbove = top;
    i = j;
  }
  return out.slice(0, count);
}

function sweep3(order: Uint32Array, k1: Uint32Array, k2: Uint32Array, k3: Uint32Array, rank2: Uint32Array): Uint32Array {
  const n = order.length;
  let ranks = 0;
  for (let i = 0; i < n; i++) if (rank2[i]! + 1 > ranks) ranks = rank2[i]! + 1;
  // Fenwick tree of prefix maxima: the max u3 over inserted packages with u2 rank ≤ r (u2 at least that rank's).
  const tree = new Int32Array(ranks + 1).fill(-1);
  const holder = new Int32Array(ranks + 1); // the package holding each node's maximum
  // The package that last proved another dominated: tried first, since one strong package tends to
  // dominate long runs of the sweep, and it saves the tree walk's scattered reads.
  let lastDominator = -1;
  /** Is some inserted package's u3 ≥ value among u2 ranks ≤ rank? Stops at the first one found. */
  const reaches = (rank: number, value: number) => {
    for (let r = rank + 1; r > 0; r -= r & -r) {
      if (tree[r]! >= value) {
        lastDominator = holder[r]!;
        return true;
      }
    }
    return false;
  };
  const insert = (rank: number, value: number, index: number) => {
    for (let r = rank + 1; r <= ranks; r += r & -r) {
      if (tree[r]! < value) {
        tree[r] = value;
        holder[r] = index;
      }
    }
  };
  const out = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n;) {
    const u1 = k1[order[i]!]!;
    const groupStart = count;
    let bestAbove = -1; // max u3 over this group's packages with a strictly larger u2
    let k = i;
    while (k < n && k1[order[k]!] === u1) {
      const head = order[k]!;
      const u2 = k2[head]!;
      const top = k3[head]!; // the best u3 among equal (u1, u2): only packages reaching it can survive
      // Inserted packages have a strictly larger u1, so u2 ≥ and u3 ≥ make them dominate.
      const cheap = lastDominator >= 0 && k2[lastDominator]! >= u2 && k3[lastDominator]! >= top;
      const keep = bestAbove < top && !cheap && !reaches(rank2[head]!, top);
      for (; k < n && k1[order[k]!] === u1 && k2[order[k]!] === u2; k++) {
        if (keep && k3[order[k]!] === top) out[count++] = order[k]!;
      }
      if (top > bestAbove) bestAbove = top;
    }
    for (let f = groupStart; f < count; f++) insert(rank2[out[f]!]!, k3[out[f]!]!, out[f]!);
    i = k;
  }
  return out.slice(0, count);
}

function sweepMany(order: Uint32Array, keys: Uint32Array[]): Uint32Array {
  const out: number[] = [];
  const parties = keys.length;
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    let dominated = false;
    for (let f = 0; f < out.length && !dominated; f++) {
      const q = out[f]!;
      let geq = true;
      let greater = false;
      for (let d = 0; d < parties; d++) {
        const a = keys[d]![q]!;
        const b = keys[d]![p]!;
        if (a < b) {
          geq = false;
          break;
        }
        if (a > b) greater = true;
      }
      dominated = geq && greater;
    }
    if (!dominated) out.push(p);
  }
  return Uint32Array.from(out);
}
