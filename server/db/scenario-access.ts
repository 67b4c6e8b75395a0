import type { Db } from "./client.ts";
import { hashEditSecret, newEditSecret } from "./edit-secrets.ts";
import { getScenario, requireEditSecret, type ScenarioRecord } from "./scenarios.ts";

// What an edit link allows besides editing: replacing the link, and listing the scenario publicly.

/** A new edit secret; the old one (and every link holding it) stops working at once. */
export async function rotateEditSecret(db: Db, id: string, editSecret: string): Promise<{ id: string; editSecret: string }> {
  await requireEditSecret(db, id, editSecret);
  const next = newEditSecret();
  const { count } = await db.scenario.updateMany({
    where: { id, deletedAt: null, editSecretHash: hashEditSecret(editSecret) },
    data: { editSecretHash: hashEditSecret(next) },
  });
  // Someone rotated it in between: the secret given is no longer the current one.
  if (count === 0) await requireEditSecret(db, id, editSecret);
  return { id, editSecret: next };
}

export async function setPublished(db: Db, id: string, editSecret: string, published: boolean): Promise<ScenarioRecord> {
  await requireEditSecret(db, id, editSecret);
  const { count } = await db.scenario.updateMany({ where: { id, deletedAt: null, editSecretHash: hashEditSecret(editSecret) }, data: { published } });
  if (count === 0) await requireEditSecret(db, id, editSecret);
  return getScenario(db, id);
}
