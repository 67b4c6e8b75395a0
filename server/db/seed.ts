import { SEED_PROFILE_SET_KEY, seedProfileSet } from "../domain/analysis/seed-profiles.ts";
import { SEED_SCENARIOS } from "../domain/seeds/index.ts";
import type { Db } from "./client.ts";
import { createProfileSet } from "./profile-sets.ts";
import { createScenario, newScenarioId } from "./scenarios.ts";

/**
 * Inserts each seed scenario whose key is not in the database yet (of `keys` only, when given: a
 * seed answering one left out answers none); returns the keys inserted. Ids are drawn first, so a
 * seed that answers another can name it in its context whatever the order.
 */
export async function seedScenarios(db: Db, keys?: readonly string[]): Promise<string[]> {
  const idOfKey = new Map(
    (await db.scenario.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true, id: true } })).map((s) => [
      s.seedKey!,
      s.id,
    ]),
  );
  const missing = SEED_SCENARIOS.filter((seed) => !idOfKey.has(seed.key) && (!keys || keys.includes(seed.key)));
  for (const seed of missing) idOfKey.set(seed.key, newScenarioId());
  // Reverse order, so that the newest-first list shows them in catalogue order.
  for (const seed of [...missing].reverse()) {
    const document = seed.document();
    if (seed.answers) document.context = { ...document.context, answers: idOfKey.get(seed.answers) ?? null };
    await createScenario(db, document, { seedKey: seed.key, id: idOfKey.get(seed.key) });
  }
  return missing.map((seed) => seed.key).reverse();
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
