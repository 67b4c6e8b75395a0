import { SEED_SCENARIOS } from "../domain/seeds/index.ts";
import type { Db } from "./client.ts";
import { createScenario } from "./scenarios.ts";

/** Inserts each seed scenario whose key is not in the database yet; returns the keys inserted. */
export async function seedScenarios(db: Db): Promise<string[]> {
  const present = new Set(
    (await db.scenario.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true } })).map((s) => s.seedKey),
  );
  const inserted: string[] = [];
  // Reverse order, so that the newest-first list shows them in catalogue order.
  for (const seed of [...SEED_SCENARIOS].reverse()) {
    if (present.has(seed.key)) continue;
    await createScenario(db, seed.document(), { seedKey: seed.key });
    inserted.push(seed.key);
  }
  return inserted;
}
