import type { Db } from "@/server/db/client.ts";

/** The id a seed scenario was given in this database, looked up by its stable seed key. */
export async function seedId(db: Db, key: string): Promise<string> {
  const row = await db.scenario.findFirst({ where: { seedKey: key }, select: { id: true } });
  if (!row) throw new Error(`No seed ${key} in the database`);
  return row.id;
}

/** A scenario's stored revisions, oldest first, read straight from the table (documents JSON-parsed). */
export async function storedRevisions(db: Db, scenarioId: string) {
  const rows = await db.scenarioRevision.findMany({
    where: { scenarioId },
    orderBy: { number: "asc" },
    select: { number: true, document: true, restoredFrom: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, raw: r.document, document: JSON.parse(r.document) as unknown }));
}
