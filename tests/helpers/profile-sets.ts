import type { Db } from "@/server/db/client.ts";
import type { ProfileSetDocument } from "@/server/domain/analysis/model.ts";
import { SEED_PROFILE_SET_KEY, seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { withValueAt } from "./documents.ts";

/** The seed profile set's document (Russia, Ukraine, United States), a fresh copy each call. */
export const seedProfileDocument = (): ProfileSetDocument => seedProfileSet();

/** The seed profile set's row as stored (throws when there is none). */
export const seedProfileSetRow = (db: Db) => db.profileSet.findUniqueOrThrow({ where: { seedKey: SEED_PROFILE_SET_KEY } });

/** A valid profile set named `name`. */
export const namedProfileDocument = (name: string): ProfileSetDocument => ({ ...seedProfileSet(), name });

/** A deep copy of the seed document with the value at `path` replaced (REMOVE removes it); loosely typed for invalid values. */
export const profileDocumentWith = (path: readonly (string | number)[], value: unknown): unknown =>
  withValueAt(seedProfileSet(), path, value);

// Capability links for profile sets, as for scenarios (./editable.ts): create and fork return an
// edit secret once; the seed set has none. These helpers keep the secret.

type Caller = import("./test-db.ts").TestDb["caller"];

export interface EditableSet {
  id: string;
  /** The edit secret create/fork returned: the only way to change the set. */
  editSecret: string;
  version: number;
  document: ProfileSetDocument;
}

function editableSet(
  result: { id: string; editSecret: string | null; version: number; document: ProfileSetDocument },
  what: string,
): EditableSet {
  if (typeof result.editSecret !== "string") throw new Error(`${what} returned no edit secret`);
  return { id: result.id, editSecret: result.editSecret, version: result.version, document: result.document };
}

/** A new profile set (unlisted unless `published`), with the edit secret create returned. */
export async function createSet(
  caller: Caller,
  document: ProfileSetDocument = seedProfileSet(),
  options: { published?: boolean } = {},
): Promise<EditableSet> {
  const created = editableSet(await caller.profileSet.create({ document }), "profileSet.create");
  if (options.published)
    await caller.profileSet.setPublished({ id: created.id, editSecret: created.editSecret, published: true });
  return created;
}

/** An editable copy of any profile set (the seed included), with the edit secret fork returned. */
export async function forkSet(caller: Caller, id: string, name?: string): Promise<EditableSet> {
  return editableSet(await caller.profileSet.fork(name === undefined ? { id } : { id, name }), "profileSet.fork");
}
