// Bargaining solutions over scored packages. utilities[p][i] is party p's utility for package i,
// reservations[p] its reservation value.
//
// Ties on a solution's criterion go to the larger sum of utilities, then to the utilities compared
// party by party (larger first), and only packages with identical utilities fall back to the
// smallest index. Why: the result then depends only on the packages' utilities, never on the order
// they are numbered in, and a package beaten for every party never wins a tie (so every solution
// lies on the Pareto frontier). Hence each solution may be looked for among `candidates` only,
// when they hold the frontier in ascending index order: the same answer, from a few hundred
// packages instead of every one.

/** The packages to look at: `candidates` if given, else 0 … n − 1. */
function* packagesOf(n: number, candidates?: ArrayLike<number>): Generator<number> {
  if (candidates) for (let k = 0; k < candidates.length; k++) yield candidates[k]!;
  else for (let i = 0; i < n; i++) yield i;
}

/** 1 where every party accepts package i (u_p ≥ r_p for every p), else 0. */
export function acceptedMask(utilities: readonly Float64Array[], reservations: readonly number[]): Uint8Array {
  const n = utilities[0]?.length ?? 0;
  const mask = new Uint8Array(n).fill(1);
  utilities.forEach((u, p) => {
    const r = reservations[p]!;
    for (let i = 0; i < n; i++) if (u[i]! < r) mask[i] = 0;
  });
  return mask;
}

export function countAccepted(mask: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i]!;
  return count;
}

/** Nash bargaining solution: the acceptable package maximising Π_p (u_p − r_p); null if none is acceptable. */
export function nashSolution(
  utilities: readonly Float64Array[],
  reservations: readonly number[],
  mask = acceptedMask(utilities, reservations),
  candidates?: ArrayLike<number>,
): number | null {
  let best: number | null = null;
  let bestProduct = -Infinity;
  for (const i of packagesOf(mask.length, candidates)) {
    if (!mask[i]) continue;
    let product = 1;
    for (let p = 0; p < utilities.length; p++) product *= utilities[p]![i]! - reservations[p]!;
    if (best === null || product > bestProduct || (product === bestProduct && winsTie(utilities, i, best))) {
      bestProduct = product;
      best = i;
    }
  }
  return best;
}

function sumAt(utilities: readonly Float64Array[], i: number): number {
  let sum = 0;
  for (const u of utilities) sum += u[i]!;
  return sum;
}

/** On a tie of the criterion: does package i beat package best (larger sum, then party by party)? */
function winsTie(utilities: readonly Float64Array[], i: number, best: number): boolean {
  const si = sumAt(utilities, i);
  const sb = sumAt(utilities, best);
  if (si !== sb) return si > sb;
  for (const u of utilities) if (u[i] !== u[best]) return u[i]! > u[best]!;
  return false;
}

/**
 * Kalai–Smorodinsky: among acceptable packages, the one maximising min_p (u_p − r_p) / (ideal_p − r_p),
 * ideal_p = party p's best utility over the acceptable packages. Parties whose ideal equals their
 * reservation are left out (they get r_p in every acceptable package: no gain to share out); if
 * every party is left out, all acceptable packages score alike.
 */
export function kalaiSmorodinsky(
  utilities: readonly Float64Array[],
  reservations: readonly number[],
  mask = acceptedMask(utilities, reservations),
  candidates?: ArrayLike<number>,
): number | null {
  const ideal = utilities.map(() => -Infinity);
  let any = false;
  for (const i of packagesOf(mask.length, candidates)) {
    if (!mask[i]) continue;
    any = true;
    utilities.forEach((u, p) => {
      if (u[i]! > ideal[p]!) ideal[p] = u[i]!;
    });
  }
  if (!any) return null;
  const counted = utilities.flatMap((_, p) => (ideal[p]! > reservations[p]! ? [p] : []));
  let best: number | null = null;
  let bestScore = -Infinity;
  for (const i of packagesOf(mask.length, candidates)) {
    if (!mask[i]) continue;
    let score = counted.length ? Infinity : 0;
    for (const p of counted) {
      const ratio = (utilities[p]![i]! - reservations[p]!) / (ideal[p]! - reservations[p]!);
      if (ratio < score) score = ratio;
    }
    if (best === null || score > bestScore || (score === bestScore && winsTie(utilities, i, best))) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Maximin (egalitarian): the package maximising the worst-off party's utility. Null for no packages. */
export function maximinSolution(utilities: readonly Float64Array[], candidates?: ArrayLike<number>): number | null {
  const n = utilities[0]?.length ?? 0;
  let best: number | null = null;
  let bestMin = -Infinity;
  for (const i of packagesOf(n, candidates)) {
    let min = Infinity;
    for (const u of utilities) if (u[i]! < min) min = u[i]!;
    if (best === null || min > bestMin || (min === bestMin && winsTie(utilities, i, best))) {
      best = i;
      bestMin = min;
    }
  }
  return best;
}
