import { decodeRevision, ENCODED_COLUMNS } from "@/server/db/revision-codec.ts";
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
    select: { number: true, restoredFrom: true, createdAt: true, ...ENCODED_COLUMNS },
  });
  return rows.map(({ document, body, encoding, ...r }) => {
    const raw = decodeRevision({ document, body, encoding });
    return { ...r, raw, document: JSON.parse(raw) as unknown };
  });
}
