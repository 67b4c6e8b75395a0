import type { RegionId } from "@/server/domain/reference/regions.ts";
import type { RegionTerm, ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";

export function seedDocument(key: string): ScenarioDocument {
  const seed = SEED_SCENARIOS.find((s) => s.key === key);
  if (!seed) throw new Error(`No seed ${key}`);
  return seed.document();
}

export const statusQuoDocument = () => seedDocument("status-quo-2025-05");
export const usProposalDocument = () => seedDocument("us-proposal-2025-04");

/** A copy of `doc` with one region row patched; loosely typed so tests can write invalid values. */
export function withRegion(
  doc: ScenarioDocument,
  id: RegionId,
  patch: Partial<Record<keyof RegionTerm, unknown>>,
): ScenarioDocument {
  const copy = structuredClone(doc);
  copy.terms.territory[id] = { ...copy.terms.territory[id], ...patch } as RegionTerm;
  return copy;
}

/** A deep copy with the value at `path` replaced (or removed when `value` is `REMOVE`). */
export const REMOVE = Symbol("remove");
export function withValueAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** Every path to a value inside a JSON document (objects and arrays included), root excluded. */
export function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...allPaths(child, [...prefix, key])]);
}
