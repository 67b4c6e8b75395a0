// Places chart labels so that none overlaps another label or a labelled mark, and none is cut by
// the plot's edge: the nearest free spot around its point (right, left, above, below, diagonals),
// then, further out, the nearest free spot anywhere, joined to its point by a leader line.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The point labelled, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Rect {
  id: string;
  x: number;
  y: number;
  /** Far from its point: draw a line from the point to the label. */
  leader: boolean;
}

const MARK_RADIUS = 7;
const GAP = 4;
const SCAN_STEP = 6;

export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

const inside = (r: Rect, area: Rect) =>
  r.left >= area.left &&
  r.top >= area.top &&
  r.left + r.width <= area.left + area.width &&
  r.top + r.height <= area.top + area.height;

/** Labels in the order given (most important first); those that fit nowhere are left out and returned apart. */
export function placeLabels(requests: readonly LabelRequest[], area: Rect): { placed: PlacedLabel[]; unplaced: string[] } {
  const marks: Rect[] = requests.map((r) => ({
    left: r.x - MARK_RADIUS,
    top: r.y - MARK_RADIUS,
    width: 2 * MARK_RADIUS,
    height: 2 * MARK_RADIUS,
  }));
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  const free = (r: Rect) => inside(r, area) && !marks.some((m) => overlaps(m, r)) && !placed.some((p) => overlaps(p, r));
  for (const request of requests) {
    const { x, y, width: w, height: h } = request;
    const d = MARK_RADIUS + GAP;
    const near: Rect[] = [
      { left: x + d, top: y - h / 2, width: w, height: h },
      { left: x - d - w, top: y - h / 2, width: w, height: h },
      { left: x - w / 2, top: y - d - h, width: w, height: h },
      { left: x - w / 2, top: y + d, width: w, height: h },
      { left: x + d, top: y - d - h, width: w, height: h },
      { left: x - d - w, top: y - d - h, width: w, height: h },
      { left: x + d, top: y + d, width: w, height: h },
      { left: x - d - w, top: y + d, width: w, height: h },
    ];
    const spot = near.find(free);
    if (spot) {
      placed.push({ ...spot, id: request.id, x, y, leader: false });
      continue;
    }
    let best: Rect | null = null;
    let bestDistance = Infinity;
    for (let top = area.top; top + h <= area.top + area.height; top += SCAN_STEP) {
      for (let left = area.left; left + w <= area.left + area.width; left += SCAN_STEP) {
        const cx = left + w / 2 - x;
        const cy = top + h / 2 - y;
        const distance = cx * cx + cy * cy;
        if (distance >= bestDistance) continue;
        const r = { left, top, width: w, height: h };
        if (free(r)) {
          best = r;
          bestDistance = distance;
        }
      }
    }
    if (best) placed.push({ ...best, id: request.id, x, y, leader: true });
    else unplaced.push(request.id);
  }
  return { placed, unplaced };
}
