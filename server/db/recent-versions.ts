// A version's document never changes, and the one a save replaces is usually the one the previous
// save wrote: the store keeps the last few hundred it wrote, per database, so a save's summary needs
// no parse of the document it replaces. Only the summary reads them; nothing may change them.

const KEPT_PER_DATABASE = 256;

export function recentVersions<Doc>() {
  const byDatabase = new WeakMap<object, Map<string, Doc>>();
  const key = (id: string, version: number) => `${id}@${version}`;
  return {
    remember(db: object, id: string, version: number, document: Doc): void {
      let kept = byDatabase.get(db);
      if (!kept) byDatabase.set(db, (kept = new Map()));
      kept.set(key(id, version), document);
      if (kept.size > KEPT_PER_DATABASE) kept.delete(kept.keys().next().value!);
    },
    recall: (db: object, id: string, version: number): Doc | undefined => byDatabase.get(db)?.get(key(id, version)),
  };
}
