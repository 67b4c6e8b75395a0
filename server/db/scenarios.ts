import { territoryHeadline } from "../domain/derived.ts";
import { notFound, ParleyError } from "../domain/errors.ts";
import type { Actor } from "../domain/options.ts";
import { LIMITS, type ScenarioContext, type ScenarioDocument } from "../domain/scenario.ts";
import { STATUS_QUO_SEED_KEY } from "../domain/seeds/index.ts";
import { parseStoredDocument } from "../domain/versioning.ts";
import { retryWhenBusy } from "./busy.ts";
import type { Db } from "./client.ts";
import { sharedRecordFields, type SharedRecordFields } from "./shared-record.ts";
import { Prisma } from "./generated/client.ts";
import { forbidden, hashEditSecret, newEditSecret, secretMatches } from "./edit-secrets.ts";
import { newId } from "./ids.ts";

// Reading and writing scenarios. Every read parses the stored JSON through the domain schema
// (upgrading old schema versions); every write appends an immutable revision.

/** 128 random bits, base64url: ids cannot be guessed or enumerated (shared with profile sets). */
export const newScenarioId = newId;

const summarySelect = {
  id: true,
  title: true,
  document: true,
  version: true,
  dated: true,
  parentId: true,
  seedKey: true,
  published: true,
  editSecretHash: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ScenarioSelect;

type ScenarioRow = Prisma.ScenarioGetPayload<{ select: typeof summarySelect }>;

export interface ScenarioRecord extends SharedRecordFields {
  document: ScenarioDocument;
}

function toRecord(row: ScenarioRow): ScenarioRecord {
  return { ...sharedRecordFields(row), document: parseStoredDocument(row.document) };
}

export interface ScenarioListItem {
  id: string;
  title: string;
  summary: string;
  isSeed: boolean;
  parentId: string | null;
  updatedAt: string;
  russiaKm2: number;
  russiaShare: number;
  context: ScenarioContext;
}

export interface ListInput {
  query?: string;
  cursor?: string;
  limit: number;
  proposer?: Actor | "none";
  sort?: "updated" | "date";
}

/** Where the last page ended: the sort key of its last row (the stored text, so SQL compares exactly) and its id. */
interface Cursor {
  sort: "updated" | "date";
  key: string | null;
  id: string;
}

/** How the better-sqlite3 adapter stores a DateTime: ISO 8601 with a "+00:00" offset. */
function storedTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(cursor: string, sort: Cursor["sort"]): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Cursor;
    if (
      value.sort === sort &&
      typeof value.id === "string" &&
      (typeof value.key === "string" || (sort === "date" && value.key === null))
    )
      return value;
  } catch {
    // fall through
  }
  throw new ParleyError("invalid", "cursor: not a cursor returned by scenario.list for this sort", [
    { path: "cursor", message: "Not a cursor returned by scenario.list for this sort" },
  ]);
}

/** Rows after the cursor in the list's order (newest key first, undated last, then id). */
function afterCursor(cursor: Cursor | null): Prisma.Sql {
  if (cursor === null) return Prisma.sql`1 = 1`;
  if (cursor.sort === "updated")
    return Prisma.sql`(updatedAt < ${cursor.key} OR (updatedAt = ${cursor.key} AND id < ${cursor.id}))`;
  if (cursor.key === null) return Prisma.sql`(dated IS NULL AND id < ${cursor.id})`;
  return Prisma.sql`(dated IS NULL OR dated < ${cursor.key} OR (dated = ${cursor.key} AND id < ${cursor.id}))`;
}

/**
 * Published scenarios, last saved first (or by date); `query` matches anywhere in the title, ignoring
 * case (literally: % and _ are not wildcards); `proposer` keeps those one party put forward.
 */
export async function listScenarios(db: Db, input: ListInput): Promise<{ items: ScenarioListItem[]; nextCursor: string | null }> {
  const sort = input.sort ?? "updated";
  const query = input.query?.trim().toLowerCase() ?? "";
  const cursor = input.cursor ? decodeCursor(input.cursor, sort) : null;
  const proposer =
    input.proposer === undefined
      ? Prisma.sql`1 = 1`
      : input.proposer === "none"
        ? Prisma.sql`proposers = ''`
        : Prisma.sql`instr(proposers, ${`,${input.proposer},`}) > 0`;
  const order = sort === "updated" ? Prisma.sql`updatedAt DESC, id DESC` : Prisma.sql`dated IS NULL, dated DESC, id DESC`;
  // instr() instead of Prisma's `contains`, which SQLite runs as an unescaped LIKE.
  const page = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM Scenario
    WHERE deletedAt IS NULL AND published = 1
      AND (${query} = '' OR instr(titleSearch, ${query}) > 0)
      AND ${proposer}
      AND ${afterCursor(cursor)}
    ORDER BY ${order}
    LIMIT ${input.limit + 1}`;
  const ids = page.map((r) => r.id);
  const rows = await db.scenario.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r): r is ScenarioRow => r !== undefined);
  const shown = ordered.slice(0, input.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => {
      const { document, ...record } = toRecord(row);
      const headline = territoryHeadline(document.terms.territory);
      return {
        id: record.id,
        title: document.title,
        summary: document.summary,
        isSeed: record.isSeed,
        parentId: record.parentId,
        updatedAt: record.updatedAt,
        russiaKm2: headline.russiaKm2,
        russiaShare: headline.russiaShare,
        context: document.context,
      };
    }),
    nextCursor:
      ordered.length > input.limit && last
        ? encodeCursor({ sort, key: sort === "updated" ? storedTimestamp(last.updatedAt) : last.dated, id: last.id })
        : null,
  };
}

export interface ScenarioDetail extends ScenarioRecord {
  parentTitle: string | null;
  /** What before/after compares this scenario with by default: its parent, else the status quo seed. */
  baseline: { id: string; title: string } | null;
}

export async function getScenario(db: Db, id: string): Promise<ScenarioDetail> {
  const row = await db.scenario.findFirst({ where: { id, deletedAt: null }, select: summarySelect });
  if (!row) throw notFound("scenario", id);
  return withDetail(db, toRecord(row));
}

/** A record as scenario.get answers it: every procedure that returns a scenario answers the same shape. */
async function withDetail<R extends ScenarioRecord>(db: Db, record: R): Promise<R & Omit<ScenarioDetail, keyof ScenarioRecord>> {
  const parent = record.parentId
    ? await db.scenario.findFirst({ where: { id: record.parentId, deletedAt: null }, select: { id: true, title: true } })
    : null;
  const statusQuo = parent
    ? null
    : await db.scenario.findFirst({
        where: { seedKey: STATUS_QUO_SEED_KEY, deletedAt: null, NOT: { id: record.id } },
        select: { id: true, title: true },
      });
  return { ...record, parentTitle: parent?.title ?? null, baseline: parent ?? statusQuo };
}

/** Current scenarios by id, in the order asked; NOT_FOUND names the first missing id. */
export async function getScenarios(db: Db, ids: readonly string[]): Promise<ScenarioRecord[]> {
  const rows = await db.scenario.findMany({ where: { id: { in: [...ids] }, deletedAt: null }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound("scenario", id);
    return toRecord(row);
  });
}

function storedFields(document: ScenarioDocument) {
  return {
    title: document.title,
    titleSearch: document.title.toLowerCase(),
    schemaVersion: document.schemaVersion,
    document: JSON.stringify(document),
    dated: document.context.date,
    proposers: proposersColumn(document.context.proposedBy),
  };
}

/** ",russia,ukraine,": a proposer filter matches ",russia," whatever the others. */
function proposersColumn(actors: readonly string[]): string {
  return actors.length ? `,${actors.join(",")},` : "";
}

/**
 * A new scenario, unlisted, with a new edit secret returned once (only its hash is stored). Seeds
 * are the exception: published, and with no edit secret at all, so nobody can change them.
 */
export async function createScenario(
  db: Db,
  document: ScenarioDocument,
  options: { parentId?: string; seedKey?: string; id?: string } = {},
): Promise<ScenarioDetail & { editSecret: string | null }> {
  const id = options.id ?? newScenarioId();
  const fields = storedFields(document);
  const isSeed = options.seedKey !== undefined;
  const editSecret = isSeed ? null : newEditSecret();
  const row = await retryWhenBusy(() =>
    db.$transaction(async (tx) => {
      const created = await tx.scenario.create({
        data: {
          id,
          ...fields,
          parentId: options.parentId ?? null,
          seedKey: options.seedKey ?? null,
          published: isSeed,
          editSecretHash: editSecret === null ? null : hashEditSecret(editSecret),
        },
        select: summarySelect,
      });
      await tx.scenarioRevision.create({
        data: { scenarioId: id, number: 1, schemaVersion: fields.schemaVersion, document: fields.document },
      });
      return created;
    }),
  );
  return withDetail(db, { ...toRecord(row), editSecret });
}

export interface UpdateInput {
  id: string;
  /** The version the edit started from; a save on top of a newer version is a conflict. */
  baseVersion: number;
  document: ScenarioDocument;
  editSecret: string;
}

export async function updateScenario(
  db: Db,
  input: UpdateInput,
  options: { restoredFrom?: number } = {},
): Promise<ScenarioDetail> {
  const fields = storedFields(input.document);
  const version = input.baseVersion + 1;
  await requireEditSecret(db, input.id, input.editSecret);
  const row = await retryWhenBusy(() =>
    db.$transaction(async (tx) => {
      // Write first: the conditional update takes SQLite's write lock at once, so concurrent saves
      // queue on the busy timeout instead of failing, and exactly one of them matches baseVersion.
      // The secret's hash is part of the match, so a secret rotated meanwhile cannot slip through.
      const { count } = await tx.scenario.updateMany({
        where: { id: input.id, version: input.baseVersion, deletedAt: null, editSecretHash: hashEditSecret(input.editSecret) },
        data: { ...fields, version },
      });
      if (count === 0) {
        const current = await tx.scenario.findFirst({
          where: { id: input.id, deletedAt: null },
          select: { version: true, editSecretHash: true },
        });
        if (!current) throw notFound("scenario", input.id);
        if (!secretMatches(input.editSecret, current.editSecretHash)) throw forbidden();
        throw new ParleyError(
          "conflict",
          `baseVersion: the scenario was saved by someone else since version ${input.baseVersion} (it is now at version ${current.version})`,
          [{ path: "baseVersion", message: `The scenario is now at version ${current.version}` }],
        );
      }
      await tx.scenarioRevision.create({
        data: {
          scenarioId: input.id,
          number: version,
          schemaVersion: fields.schemaVersion,
          document: fields.document,
          restoredFrom: options.restoredFrom ?? null,
        },
      });
      return tx.scenario.findUniqueOrThrow({ where: { id: input.id }, select: summarySelect });
    }),
  );
  return withDetail(db, toRecord(row));
}

/** Throws NOT_FOUND for an unknown id, FORBIDDEN unless `secret` is the scenario's edit secret. */
export async function requireEditSecret(db: Db, id: string, secret: string, options: { deleted?: boolean } = {}): Promise<void> {
  const row = await db.scenario.findFirst({
    where: { id, deletedAt: options.deleted ? { not: null } : null },
    select: { editSecretHash: true },
  });
  if (!row) throw notFound(options.deleted ? "deleted scenario" : "scenario", id);
  if (!secretMatches(secret, row.editSecretHash)) throw forbidden();
}

/**
 * A new scenario, editable by whoever forks, that copies another and remembers it as its parent.
 * `changed` replaces the copied terms: unsaved edits kept as a copy when their save was refused.
 */
export async function forkScenario(
  db: Db,
  id: string,
  title?: string,
  changed?: ScenarioDocument,
): Promise<ScenarioDetail & { editSecret: string | null }> {
  return forkScenarioWith(db, id, (source) => {
    const base = changed ?? source;
    return { document: { ...base, title: title ?? forkTitle(base.title) } };
  });
}

/**
 * A new scenario that remembers `id` as its parent and stores the document `derive` makes of the
 * parent's; whatever else `derive` returns (e.g. what it recomputed) comes back beside the record.
 */
export async function forkScenarioWith<Extra extends object>(
  db: Db,
  id: string,
  derive: (source: ScenarioDocument) => { document: ScenarioDocument } & Extra,
): Promise<ScenarioDetail & { editSecret: string | null } & Omit<Extra, "document">> {
  const source = await getScenario(db, id);
  const { document, ...extra } = derive(source.document);
  return { ...(await createScenario(db, document, { parentId: source.id })), ...extra };
}

/** `title` + " (copy)", within `limit` UTF-16 units (also used for profile set names). */
export function forkTitle(title: string, limit: number = LIMITS.titleLength): string {
  const suffix = " (copy)";
  // Cut whole characters (code points), never half of a surrogate pair.
  let kept = title;
  while (kept.length + suffix.length > limit) kept = Array.from(kept).slice(0, -1).join("");
  return kept + suffix;
}

/** Hides a scenario from lists and reads; its rows and revisions stay so the delete can be undone. */
export async function deleteScenario(db: Db, id: string, editSecret: string): Promise<void> {
  await requireEditSecret(db, id, editSecret);
  const { count } = await db.scenario.updateMany({
    where: { id, deletedAt: null, editSecretHash: hashEditSecret(editSecret) },
    data: { deletedAt: new Date() },
  });
  // The secret was replaced (or the scenario deleted) between the check and the write: say which.
  if (count === 0) await requireEditSecret(db, id, editSecret);
}

export async function undeleteScenario(db: Db, id: string, editSecret: string): Promise<ScenarioRecord> {
  await requireEditSecret(db, id, editSecret, { deleted: true });
  const { count } = await db.scenario.updateMany({
    where: { id, deletedAt: { not: null }, editSecretHash: hashEditSecret(editSecret) },
    data: { deletedAt: null },
  });
  if (count === 0) await requireEditSecret(db, id, editSecret, { deleted: true });
  return getScenario(db, id);
}
