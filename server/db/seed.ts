import { SEED_PROFILE_SET_KEY, seedProfileSet } from "../domain/analysis/seed-profiles.ts";
import { SEED_SCENARIOS } from "../domain/seeds/index.ts";
import type { Db } from "./client.ts";
import { createProfileSet } from "./profile-sets.ts";
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

/**
 * Inserts the seed profile set unless its key is in the database (deleted or edited rows count as
 * present, so a delete or an edit is never undone); returns the keys inserted.
 */
export async function seedProfileSets(db: Db): Promise<string[]> {
  const present = await db.profileSet.findUnique({ where: { seedKey: SEED_PROFILE_SET_KEY }, select: { id: true } });
  if (present) return [];
  await createProfileSet(db, seedProfileSet(), { seedKey: SEED_PROFILE_SET_KEY });
  return [SEED_PROFILE_SET_KEY];
}
