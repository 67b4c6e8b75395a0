import type { Position } from "geojson";

// Lines made of polygon edges. The reference outlines keep topology (neighbours share identical
// vertices), so an edge is identified by its two end points and a shared border is an exact match.

/** An edge's key, the same whichever way the edge is walked. */
export function edgeKey(a: Position, b: Position): string {
  const p = `${a[0]},${a[1]}`;
  const q = `${b[0]},${b[1]}`;
  return p < q ? `${p} ${q}` : `${q} ${p}`;
}

/** Every edge of the rings, with how many rings use it (2 = shared by neighbours, 1 = on the outside). */
export function edgeUses(rings: readonly Position[][]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const key = edgeKey(ring[i]!, ring[i + 1]!);
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  return uses;
}

/**
 * The runs of consecutive edges of each (closed) ring that `keep` selects, as lines. A ring whose
 * every edge is kept comes back whole; otherwise each run starts where it begins, so no run is split
 * at the ring's closing point.
 */
export function edgeRuns(rings: readonly Position[][], keep: (a: Position, b: Position) => boolean): Position[][] {
  const lines: Position[][] = [];
  for (const ring of rings) {
    const n = ring.length - 1;
    const kept = Array.from({ length: n }, (_, i) => keep(ring[i]!, ring[i + 1]!));
    if (kept.every(Boolean)) {
      lines.push([...ring]);
      continue;
    }
    const start = kept.findIndex((k, i) => k && !kept[(i - 1 + n) % n]);
    if (start < 0) continue;
    let line: Position[] = [];
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (kept[i]) {
        if (line.length === 0) line.push(ring[i]!);
        line.push(ring[i + 1]!);
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
      }
    }
    if (line.length > 0) lines.push(line);
  }
  return lines;
}

/** The rings of a polygon or multipolygon. */
export function ringsOf(
  geometry: { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] },
): Position[][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}
