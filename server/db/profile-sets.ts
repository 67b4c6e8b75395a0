import { ProfileSetDocument } from "../domain/analysis/model.ts";
import { summarizeProfileChange } from "../domain/analysis/profile-diff.ts";
import { parseStoredProfileSet } from "../domain/analysis/profile-versioning.ts";
import { SEED_PROFILE_SET_KEY } from "../domain/analysis/seed-profiles.ts";
import { notFound, ParleyError } from "../domain/errors.ts";
import { retryWhenBusy } from "./busy.ts";
import type { Db } from "./client.ts";
import { sharedRecordFields, type SharedRecordFields } from "./shared-record.ts";
import { forbidden, hashEditSecret, newEditSecret, secretMatches } from "./edit-secrets.ts";
import type { Prisma } from "./generated/client.ts";
import { newId } from "./ids.ts";
import { revisionHistory } from "./revisions.ts";
import { forkTitle } from "./scenarios.ts";

// Reading and writing profile sets (party profiles: analyst assumptions). Every read parses the
// stored JSON through the domain schema, upgrading old schema versions; a save overwrites the
// document, bumps the version and appends an immutable revision (history and restore: revisions.ts).
//
// Capability links, as for scenarios: create and fork return an edit secret once (only its SHA-256
// is stored); update, delete, rotateEditSecret and setPublished need it. The seed set (and sets
// from before edit links) have none: read-only, forkable. New sets are unlisted until published.

const select = {
  id: true,
  document: true,
  version: true,
  parentId: true,
  seedKey: true,
  published: true,
  editSecretHash: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ProfileSetSelect;

type ProfileSetRow = Prisma.ProfileSetGetPayload<{ select: typeof select }>;

export interface ProfileSetRecord extends SharedRecordFields {
  document: ProfileSetDocument;
}

function toRecord(row: ProfileSetRow): ProfileSetRecord {
  return { ...sharedRecordFields(row), document: parseStoredProfileSet(row.document) };
}

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

export interface ListProfileSetsInput {
  query?: string;
  limit: number;
}

/** Published sets (the seed among them), newest first; `query` matches anywhere in the name, ignoring case (literally: % and _ are not wildcards). */
export async function listProfileSets(db: Db, input: ListProfileSetsInput): Promise<{ items: ProfileSetListItem[] }> {
  const query = input.query?.trim().toLowerCase() ?? "";
  // instr() instead of Prisma's `contains`, which SQLite runs as an unescaped LIKE.
  const page = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM ProfileSet
    WHERE deletedAt IS NULL AND published = 1
      AND (${query} = '' OR instr(nameSearch, ${query}) > 0)
    ORDER BY updatedAt DESC, id DESC
    LIMIT ${input.limit}`;
  const ids = page.map((r) => r.id);
  const rows = await db.profileSet.findMany({ where: { id: { in: ids } }, select });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: ids
      .map((id) => byId.get(id))
      .filter((r): r is ProfileSetRow => r !== undefined)
      .map((row) => {
        const { document, ...record } = toRecord(row);
        return {
          id: record.id,
          name: document.name,
          description: document.description,
          parties: document.parties.map((p) => ({ partyId: p.partyId, name: p.name })),
          isSeed: record.isSeed,
          parentId: record.parentId,
          version: record.version,
          updatedAt: record.updatedAt,
        };
      }),
  };
}

/** What get, create, update and fork return: one shape, so a client can cache any of them as `get`. */
export interface ProfileSetDetail extends ProfileSetRecord {
  /** The name of the set this one was forked from, while that set is not deleted. */
  parentName: string | null;
}

async function toDetail(db: Db, row: ProfileSetRow): Promise<ProfileSetDetail> {
  const parent = row.parentId
    ? await db.profileSet.findFirst({ where: { id: row.parentId, deletedAt: null }, select: { name: true } })
    : null;
  return { ...toRecord(row), parentName: parent?.name ?? null };
}

export async function getProfileSet(db: Db, id: string): Promise<ProfileSetDetail> {
  const row = await db.profileSet.findFirst({ where: { id, deletedAt: null }, select });
  if (!row) throw notFound("profile set", id);
  return toDetail(db, row);
}

/** The seed assumptions, named by the server (the page never searches a list for them). */
export async function getSeedProfileSet(db: Db): Promise<ProfileSetDetail> {
  const row = await db.profileSet.findFirst({ where: { seedKey: SEED_PROFILE_SET_KEY, deletedAt: null }, select });
  if (!row) throw notFound("profile set", SEED_PROFILE_SET_KEY);
  return toDetail(db, row);
}

function storedFields(document: ProfileSetDocument) {
  return {
    name: document.name,
    nameSearch: document.name.toLowerCase(),
    schemaVersion: document.schemaVersion,
    document: JSON.stringify(document),
  };
}

/**
 * A new set, unlisted, with a new edit secret returned once (only its hash is stored). The seed is
 * the exception: published, and with no edit secret at all, so nobody can change it.
 */
export async function createProfileSet(
  db: Db,
  document: ProfileSetDocument,
  options: { parentId?: string; seedKey?: string } = {},
): Promise<ProfileSetDetail & { editSecret: string | null }> {
  const isSeed = options.seedKey !== undefined;
  const editSecret = isSeed ? null : newEditSecret();
  const fields = storedFields(document);
  const row = await retryWhenBusy(() =>
    db.$transaction(async (tx) => {
      const created = await tx.profileSet.create({
        data: {
          id: newId(),
          ...fields,
          parentId: options.parentId ?? null,
          seedKey: options.seedKey ?? null,
          published: isSeed,
          editSecretHash: editSecret === null ? null : hashEditSecret(editSecret),
        },
        select,
      });
      await tx.profileSetRevision.create({
        data: { profileSetId: created.id, number: 1, schemaVersion: fields.schemaVersion, document: fields.document },
      });
      return created;
    }),
  );
  return { ...(await toDetail(db, row)), editSecret };
}

export interface UpdateProfileSetInput {
  id: string;
  /** The version the edit started from; a save on top of a newer version is a conflict. */
  baseVersion: number;
  document: ProfileSetDocument;
  editSecret: string;
}

const seedRefusal = () =>
  new ParleyError("forbidden", "The seed assumptions cannot be changed: save them as a new set", [
    { path: "id", message: "A seed profile set" },
  ]);

/** The seed assumptions are shared by everyone: nobody may change them in place (fork them). */
function refuseSeed(row: { seedKey: string | null }): void {
  if (row.seedKey) throw seedRefusal();
}

/** NOT_FOUND for an unknown id; FORBIDDEN for the seed, and unless `secret` is the set's edit secret. */
export async function requireProfileSetEditSecret(db: Db, id: string, secret: string): Promise<void> {
  const row = await db.profileSet.findFirst({ where: { id, deletedAt: null }, select: { seedKey: true, editSecretHash: true } });
  if (!row) throw notFound("profile set", id);
  refuseSeed(row);
  if (!secretMatches(secret, row.editSecretHash)) throw forbidden("profile set");
}

/** The write matched nothing although the check passed: re-check to say why (NOT_FOUND or FORBIDDEN). */
async function explainMiss(db: Db, id: string, secret: string): Promise<never> {
  await requireProfileSetEditSecret(db, id, secret);
  throw notFound("profile set", id);
}

export async function updateProfileSet(
  db: Db,
  input: UpdateProfileSetInput,
  options: { restoredFrom?: number } = {},
): Promise<ProfileSetDetail> {
  await requireProfileSetEditSecret(db, input.id, input.editSecret);
  const fields = storedFields(input.document);
  const row = await retryWhenBusy(() =>
    db.$transaction(async (tx) => {
      // Write first: the conditional update takes SQLite's write lock at once, so concurrent saves
      // queue on the busy timeout instead of failing, and exactly one of them matches baseVersion.
      // The secret's hash is part of the match, so a secret rotated meanwhile cannot slip through.
      const { count } = await tx.profileSet.updateMany({
        where: {
          id: input.id,
          version: input.baseVersion,
          deletedAt: null,
          seedKey: null,
          editSecretHash: hashEditSecret(input.editSecret),
        },
        data: { ...fields, version: input.baseVersion + 1 },
      });
      if (count === 0) {
        const current = await tx.profileSet.findFirst({
          where: { id: input.id, deletedAt: null },
          select: { version: true, seedKey: true, editSecretHash: true },
        });
        if (!current) throw notFound("profile set", input.id);
        refuseSeed(current);
        if (!secretMatches(input.editSecret, current.editSecretHash)) throw forbidden("profile set");
        throw new ParleyError(
          "conflict",
          `baseVersion: the profile set was saved by someone else since version ${input.baseVersion} (it is now at version ${current.version})`,
          [{ path: "baseVersion", message: `The profile set is now at version ${current.version}` }],
        );
      }
      await tx.profileSetRevision.create({
        data: {
          profileSetId: input.id,
          number: input.baseVersion + 1,
          schemaVersion: fields.schemaVersion,
          document: fields.document,
          restoredFrom: options.restoredFrom ?? null,
        },
      });
      return tx.profileSet.findUniqueOrThrow({ where: { id: input.id }, select });
    }),
  );
  return toDetail(db, row);
}

const NAME_LIMIT = ProfileSetDocument.shape.name.maxLength ?? 200;

/** A new set, editable by whoever forks (unlisted), that copies another (the seed set included) and remembers it as its parent. */
export async function forkProfileSet(
  db: Db,
  id: string,
  name?: string,
): Promise<ProfileSetDetail & { editSecret: string | null }> {
  const source = await getProfileSet(db, id);
  const document: ProfileSetDocument = { ...source.document, name: name ?? forkTitle(source.document.name, NAME_LIMIT) };
  return createProfileSet(db, document, { parentId: source.id });
}

/** Hides a set from lists and reads; its row stays so the delete can be undone. */
export async function deleteProfileSet(db: Db, id: string, editSecret: string): Promise<void> {
  await requireProfileSetEditSecret(db, id, editSecret);
  const { count } = await retryWhenBusy(() =>
    db.profileSet.updateMany({
      where: { id, deletedAt: null, seedKey: null, editSecretHash: hashEditSecret(editSecret) },
      data: { deletedAt: new Date() },
    }),
  );
  // The secret was replaced (or the set deleted) between the check and the write: say which.
  if (count === 0) await explainMiss(db, id, editSecret);
}

/** A new edit secret; the old one (and every link holding it) stops working at once. */
export async function rotateProfileSetEditSecret(
  db: Db,
  id: string,
  editSecret: string,
): Promise<{ id: string; editSecret: string }> {
  await requireProfileSetEditSecret(db, id, editSecret);
  const next = newEditSecret();
  const { count } = await retryWhenBusy(() =>
    db.profileSet.updateMany({
      where: { id, deletedAt: null, seedKey: null, editSecretHash: hashEditSecret(editSecret) },
      data: { editSecretHash: hashEditSecret(next) },
    }),
  );
  if (count === 0) await explainMiss(db, id, editSecret);
  return { id, editSecret: next };
}

/** Lists the set on profileSet.list (published) or makes it reachable only by its link. */
export async function setProfileSetPublished(
  db: Db,
  id: string,
  editSecret: string,
  published: boolean,
): Promise<ProfileSetDetail> {
  await requireProfileSetEditSecret(db, id, editSecret);
  const { count } = await retryWhenBusy(() =>
    db.profileSet.updateMany({
      where: { id, deletedAt: null, seedKey: null, editSecretHash: hashEditSecret(editSecret) },
      data: { published },
    }),
  );
  if (count === 0) await explainMiss(db, id, editSecret);
  return getProfileSet(db, id);
}

/** Profile set revisions: the scenario revision machinery (revisions.ts) over the ProfileSetRevision table. */
export const profileSetHistory = revisionHistory<ProfileSetDocument, ProfileSetDetail>({
  noun: "profile set",
  current: (db, id) =>
    db.profileSet
      .findFirst({ where: { id, deletedAt: null }, select: { name: true, version: true } })
      .then((r) => r && { title: r.name, version: r.version }),
  rows: (db, id) =>
    db.profileSetRevision.findMany({
      where: { profileSetId: id },
      select: { number: true, createdAt: true, restoredFrom: true, document: true },
      orderBy: { number: "asc" },
    }),
  row: (db, id, number) =>
    db.profileSetRevision.findUnique({
      where: { profileSetId_number: { profileSetId: id, number } },
      select: { document: true },
    }),
  parse: parseStoredProfileSet,
  title: (document) => document.name,
  summarize: summarizeProfileChange,
  requireEditSecret: requireProfileSetEditSecret,
  save: updateProfileSet,
});
