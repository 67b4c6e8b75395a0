import { SEED_PROFILE_SET_KEY, seedProfileSet } from "../domain/analysis/seed-profiles.ts";
import { SEED_SCENARIOS, type SeedScenario } from "../domain/seeds/index.ts";
import type { Db } from "./client.ts";
import { createProfileSet } from "./profile-sets.ts";
import { createScenario } from "./scenarios.ts";

/**
 * Inserts each seed scenario whose key is not in the database yet; returns the keys inserted. A seed
 * that answers another gets that scenario's id in its context (the other is inserted first).
 */
export async function seedScenarios(db: Db): Promise<string[]> {
  const idOfKey = new Map(
    (await db.scenario.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true, id: true } })).map((s) => [s.seedKey!, s.id]),
  );
  const byKey = new Map(SEED_SCENARIOS.map((s) => [s.key, s]));
  const inserted: string[] = [];
  const insert = async (seed: SeedScenario): Promise<string> => {
    const present = idOfKey.get(seed.key);
    if (present) return present;
    const document = seed.document();
    if (seed.answers) document.context = { ...document.context, answers: await insert(byKey.get(seed.answers)!) };
    const { id } = await createScenario(db, document, { seedKey: seed.key });
    idOfKey.set(seed.key, id);
    inserted.push(seed.key);
    return id;
  };
  // Reverse order, so that the newest-first list shows them in catalogue order.
  for (const seed of [...SEED_SCENARIOS].reverse()) await insert(seed);
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
