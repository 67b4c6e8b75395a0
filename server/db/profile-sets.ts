import type { ProfileSetDocument } from "../domain/analysis/model.ts";
import { PROFILE_SET_LIMITS, PROFILE_SET_SCHEMA_VERSION } from "../domain/analysis/model.ts";
import { summarizeProfileChange } from "../domain/analysis/profile-diff.ts";
import { parseStoredProfileSet } from "../domain/analysis/profile-versioning.ts";
import { SEED_PROFILE_SET_KEY } from "../domain/analysis/seed-profiles.ts";
import { notFound, ParleyError } from "../domain/errors.ts";
import type { Db } from "./client.ts";
import { modelTables, type DbClient, type DocumentKind } from "./document-kind.ts";
import { listedFields, listPage } from "./document-list.ts";
import { forkTitle, type SaveInput, type StoredRecord } from "./document-record.ts";
import { documentStore } from "./document-store.ts";
import { revisionHistory } from "./revisions.ts";

// Profile sets (party profiles: analyst assumptions): a kind of document in the one store
// (document-store.ts). The seed set is shared by everyone: refused to every write, fork it.

export const profileSetKind: DocumentKind<ProfileSetDocument> = {
  noun: "profile set",
  ...modelTables("profileSet"),
  titleColumn: "name",
  parse: parseStoredProfileSet,
  title: (document) => document.name,
  schemaVersion: PROFILE_SET_SCHEMA_VERSION,
  columns: (document) => ({
    description: document.description,
    parties: JSON.stringify(document.parties.map((p) => ({ partyId: p.partyId, name: p.name }))),
  }),
  listedColumn: "description",
  summarize: summarizeProfileChange,
  seedRefusal: () =>
    new ParleyError("forbidden", "The seed assumptions cannot be changed: save them as a new set", [
      { path: "id", message: "A seed profile set" },
    ]),
};

export type ProfileSetRecord = StoredRecord<ProfileSetDocument>;
export type UpdateProfileSetInput = SaveInput<ProfileSetDocument>;

/** What get, create, update and fork return: one shape, so a client can cache any of them as `get`. */
export interface ProfileSetDetail extends ProfileSetRecord {
  /** The name of the set this one was forked from, while that set is not deleted. */
  parentName: string | null;
}

/** The name of the set a record was forked from, while that set is not deleted. */
const parentName = async (db: DbClient, record: ProfileSetRecord): Promise<{ parentName: string | null }> => ({
  parentName: await profileSetStore.titleOf(db, record.parentId),
});

export const profileSetStore = documentStore(profileSetKind, parentName);
const store = profileSetStore;

export interface ProfileSetListItem {
  id: string;
  name: string;
  description: string;
  /** The parties in the set, in the set's order. */
  parties: { partyId: string; name: string }[];
  isSeed: boolean;
  parentId: string | null;
  version: number;
  updatedAt: string;
}

/** Published sets (the seed among them), newest first; `query` matches anywhere in the name, ignoring case (literally: % and _ are not wildcards). */
export async function listProfileSets(
  db: DbClient,
  input: { query?: string; limit: number },
): Promise<{ items: ProfileSetListItem[] }> {
  const { rows } = await listPage(db, profileSetKind, {
    ...input,
    select: { name: true, description: true, parties: true, version: true },
    procedure: "profileSet.list",
  });
  return {
    items: rows.map((row) => ({
      ...listedFields(row),
      name: row.name as string,
      description: row.description as string,
      parties: JSON.parse(row.parties as string) as ProfileSetListItem["parties"],
      version: row.version,
    })),
  };
}

export const getProfileSet: (db: DbClient, id: string) => Promise<ProfileSetDetail> = store.get;

/** The seed assumptions, named by the server (the page never searches a list for them). */
export async function getSeedProfileSet(db: DbClient): Promise<ProfileSetDetail> {
  const record = await store.findWhere(db, { seedKey: SEED_PROFILE_SET_KEY });
  if (!record) throw notFound("profile set", SEED_PROFILE_SET_KEY);
  return store.detailed(db, record);
}

/** A new set, unlisted, with its edit secret returned once; the seed is published and has none. */
export const createProfileSet = store.create;

export const updateProfileSet = store.update;

/** A new set, editable by whoever forks (unlisted), that copies another (the seed set included) and remembers it as its parent. */
export const forkProfileSet = async (db: Db, id: string, name?: string) =>
  store.fork(db, id, (source) => ({
    document: { ...source, name: name ?? forkTitle(source.name, PROFILE_SET_LIMITS.nameLength) },
  }));

/** NOT_FOUND for an unknown id; FORBIDDEN for the seed, and unless `secret` is the set's edit secret. */
export const requireProfileSetEditSecret = store.requireEditSecret;
export const deleteProfileSet = store.delete;
export const rotateProfileSetEditSecret = store.rotateEditSecret;
export const setProfileSetPublished = store.setPublished;

/** Revisions, newest first; read-at; restore (saves an old revision again). */
export const profileSetHistory = revisionHistory(store);
