import type { Db } from "./client.ts";
import { hashEditSecret, newEditSecret, secretMatches } from "./edit-secrets.ts";
import { notFound } from "../domain/errors.ts";
import { getScenario, requireEditSecret, type ScenarioRecord } from "./scenarios.ts";

// What an edit link allows besides editing: replacing the link, and listing the scenario publicly.

/**
 * Whether `editSecret` opens the scenario for editing. Every wrong secret gets the same answer;
 * the comparison is constant-time (secretMatches), as for a save.
 */
export async function checkEditSecret(db: Db, id: string, editSecret: string): Promise<{ id: string; canEdit: boolean }> {
  const row = await db.scenario.findFirst({ where: { id, deletedAt: null }, select: { editSecretHash: true } });
  if (!row) throw notFound("scenario", id);
  return { id, canEdit: secretMatches(editSecret, row.editSecretHash) };
}

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
  const { count } = await db.scenario.updateMany({
    where: { id, deletedAt: null, editSecretHash: hashEditSecret(editSecret) },
    data: { published },
  });
  if (count === 0) await requireEditSecret(db, id, editSecret);
  return getScenario(db, id);
}
