import type { Actor } from "../domain/options.ts";
import { LINE_SEED_KEY_PREFIX } from "../domain/seeds/line-snapshots.ts";
import type { DatedScenario } from "../domain/timeline.ts";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/client.ts";
import { scenarioStore } from "./scenarios.ts";

// The timeline's reads: published, not deleted scenarios by the `dated` and `proposers` columns
// (kept from each document's context on every save), so no document is parsed to filter.

const datedSelect = { id: true, title: true, document: true, schemaVersion: true, seedKey: true, dated: true } satisfies Prisma.ScenarioSelect;

export interface DatedFilter {
  from?: string;
  to?: string;
  proposer?: Actor;
}

/**
 * Positions: dated scenarios someone put forward (proposers set), oldest first. Lines: the seeded
 * lines of control. Both read as the store reads documents (old schema versions upgrade on read).
 */
export async function listDatedScenarios(db: Db, filter: DatedFilter, which: "positions" | "lines"): Promise<DatedScenario[]> {
  const proposer = filter.proposer ? `,${filter.proposer},` : null;
  const rows = await db.scenario.findMany({
    where: {
      published: true,
      deletedAt: null,
      dated: { not: null, ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) },
      ...(which === "lines"
        ? { seedKey: { startsWith: LINE_SEED_KEY_PREFIX } }
        : { proposers: proposer ? { contains: proposer } : { not: "" } }),
    },
    orderBy: [{ dated: "asc" }, { id: "asc" }],
    select: datedSelect,
  });
  const scenarios = rows.map((row) => {
    const document = scenarioStore.read(row.document, row.schemaVersion);
    return { id: row.id, title: document.title, date: row.dated!, proposedBy: document.context.proposedBy, isSeed: row.seedKey !== null, document };
  });
  // LIKE reads "_" (in "united_states") as a wildcard: keep exact matches only.
  return filter.proposer ? scenarios.filter((s) => s.proposedBy.includes(filter.proposer!)) : scenarios;
}

/** The stored scenarios of some seed keys (published, not deleted): key → id and title. Keys not stored are left out. */
export async function scenariosBySeedKey(db: Db, seedKeys: readonly string[]): Promise<Map<string, { id: string; title: string }>> {
  if (seedKeys.length === 0) return new Map();
  const rows = await db.scenario.findMany({
    where: { seedKey: { in: [...new Set(seedKeys)] }, published: true, deletedAt: null },
    select: { id: true, title: true, seedKey: true },
  });
  return new Map(rows.map((r) => [r.seedKey!, { id: r.id, title: r.title }]));
}

/** The seeded lines of control: date → the scenario's id and title. */
export async function seededLines(db: Db): Promise<Map<string, { id: string; title: string }>> {
  const rows = await db.scenario.findMany({
    where: { seedKey: { startsWith: LINE_SEED_KEY_PREFIX }, published: true, deletedAt: null },
    select: { id: true, title: true, seedKey: true },
  });
  return new Map(rows.map((r) => [r.seedKey!.slice(LINE_SEED_KEY_PREFIX.length), { id: r.id, title: r.title }]));
}
