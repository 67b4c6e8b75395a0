import { ProfileSetDocument } from "../domain/analysis/model.ts";
import { parseStoredProfileSet } from "../domain/analysis/profile-versioning.ts";
import { notFound, ParleyError } from "../domain/errors.ts";
import { retryWhenBusy } from "./busy.ts";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/client.ts";
import { newId } from "./ids.ts";
import { forkTitle } from "./scenarios.ts";

// Reading and writing profile sets (party profiles: analyst assumptions). Every read parses the
// stored JSON through the domain schema, upgrading old schema versions; a save overwrites the
// document and bumps the version (no revision history yet).

const select = {
  id: true,
  document: true,
  version: true,
  parentId: true,
  seedKey: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ProfileSetSelect;

type ProfileSetRow = Prisma.ProfileSetGetPayload<{ select: typeof select }>;

export interface ProfileSetRecord {
  id: string;
  version: number;
  parentId: string | null;
  /** The shipped seed set (SEED_PROFILE_SET_KEY); it can be forked and, for now, edited. */
  isSeed: boolean;
  /** ISO 8601 timestamps: the HTTP API sends plain JSON. */
  createdAt: string;
  updatedAt: string;
  document: ProfileSetDocument;
}

function toRecord(row: ProfileSetRow): ProfileSetRecord {
  return {
    id: row.id,
    version: row.version,
    parentId: row.parentId,
    isSeed: row.seedKey !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    document: parseStoredProfileSet(row.document),
  };
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

/** Newest first; `query` matches anywhere in the name, ignoring case (literally: % and _ are not wildcards). */
export async function listProfileSets(db: Db, input: ListProfileSetsInput): Promise<{ items: ProfileSetListItem[] }> {
  const query = input.query?.trim().toLowerCase() ?? "";
  // instr() instead of Prisma's `contains`, which SQLite runs as an unescaped LIKE.
  const page = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM ProfileSet
    WHERE deletedAt IS NULL
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

function storedFields(document: ProfileSetDocument) {
  return {
    name: document.name,
    nameSearch: document.name.toLowerCase(),
    schemaVersion: document.schemaVersion,
    document: JSON.stringify(document),
  };
}

export async function createProfileSet(
  db: Db,
  document: ProfileSetDocument,
  options: { parentId?: string; seedKey?: string } = {},
): Promise<ProfileSetDetail> {
  const row = await retryWhenBusy(() =>
    db.profileSet.create({
      data: { id: newId(), ...storedFields(document), parentId: options.parentId ?? null, seedKey: options.seedKey ?? null },
      select,
    }),
  );
  return toDetail(db, row);
}

export interface UpdateProfileSetInput {
  id: string;
  /** The version the edit started from; a save on top of a newer version is a conflict. */
  baseVersion: number;
  document: ProfileSetDocument;
}

/** The seed assumptions are shared by everyone: nobody may change them in place (fork them). */
async function refuseSeed(db: Db, id: string): Promise<void> {
  const row = await db.profileSet.findFirst({ where: { id, deletedAt: null }, select: { seedKey: true } });
  if (row?.seedKey) throw new ParleyError("forbidden", "The seed assumptions cannot be changed: save them as a new set", [{ path: "id", message: "A seed profile set" }]);
}

export async function updateProfileSet(db: Db, input: UpdateProfileSetInput): Promise<ProfileSetDetail> {
  await refuseSeed(db, input.id);
  const fields = storedFields(input.document);
  const row = await retryWhenBusy(() =>
    db.$transaction(async (tx) => {
      // Write first: the conditional update takes SQLite's write lock at once, so concurrent saves
      // queue on the busy timeout instead of failing, and exactly one of them matches baseVersion.
      const { count } = await tx.profileSet.updateMany({
        where: { id: input.id, version: input.baseVersion, deletedAt: null, seedKey: null },
        data: { ...fields, version: input.baseVersion + 1 },
      });
      if (count === 0) {
        const current = await tx.profileSet.findFirst({ where: { id: input.id, deletedAt: null }, select: { version: true } });
        if (!current) throw notFound("profile set", input.id);
        throw new ParleyError(
          "conflict",
          `baseVersion: the profile set was saved by someone else since version ${input.baseVersion} (it is now at version ${current.version})`,
          [{ path: "baseVersion", message: `The profile set is now at version ${current.version}` }],
        );
      }
      return tx.profileSet.findUniqueOrThrow({ where: { id: input.id }, select });
    }),
  );
  return toDetail(db, row);
}

const NAME_LIMIT = ProfileSetDocument.shape.name.maxLength ?? 200;

/** A new set that copies another (the seed set included) and remembers it as its parent. */
export async function forkProfileSet(db: Db, id: string, name?: string): Promise<ProfileSetDetail> {
  const source = await getProfileSet(db, id);
  const document: ProfileSetDocument = { ...source.document, name: name ?? forkTitle(source.document.name, NAME_LIMIT) };
  return createProfileSet(db, document, { parentId: source.id });
}

/** Hides a set from lists and reads; its row stays so the delete can be undone. */
export async function deleteProfileSet(db: Db, id: string): Promise<void> {
  await refuseSeed(db, id);
  const { count } = await retryWhenBusy(() => db.profileSet.updateMany({ where: { id, deletedAt: null, seedKey: null }, data: { deletedAt: new Date() } }));
  if (count === 0) throw notFound("profile set", id);
}
