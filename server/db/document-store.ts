import { notFound, ParleyError } from "../domain/errors.ts";
import { retryWhenBusy } from "./busy.ts";
import { dialectOf } from "./dialect.ts";
import type { Db } from "./client.ts";
import type { DocumentKind, DbClient, StoredRow } from "./document-kind.ts";
import { forbidden, hashEditSecret, newEditSecret, secretMatches } from "./edit-secrets.ts";
import { newId } from "./ids.ts";
import { parseJson, recordColumns, restoredSummary, sharedFields, type SaveInput, type StoredRecord } from "./document-record.ts";
import { recentVersions } from "./recent-versions.ts";
import { decodeRevision, ENCODED_COLUMNS, encodeRevision } from "./revision-codec.ts";

// The one store for every kind of shareable, versioned document (scenarios, profile sets): the
// record shape, reads (upgrading old schema versions), create, the optimistic update, the writes
// an edit link allows, fork, delete and undelete. Every save appends an immutable revision
// (history and restore: revisions.ts). A kind is described once (document-kind.ts).
//
// Capability links: create and fork return an edit secret once (only its SHA-256 is stored); every
// change needs it, checked on one path (requireEditSecret, constant-time) and again inside the
// write's WHERE, so a secret rotated between the check and the write cannot slip through.

export type DocumentStore<Doc extends { schemaVersion: number }, Detail extends object = object> = ReturnType<
  typeof documentStore<Doc, Detail>
>;

/**
 * The store of one kind. `detail` adds what the kind's procedures answer beside a record (e.g. its
 * parent's title): every answer that returns a record (get, create, update, fork, undelete,
 * setPublished) has the same shape, so a client can cache any of them as `get`.
 */
export function documentStore<Doc extends { schemaVersion: number }, Detail extends object = object>(
  kind: DocumentKind<Doc>,
  detail: (db: DbClient, record: StoredRecord<Doc>) => Promise<Detail> = async () => ({}) as Detail,
) {
  const detailed = async <R extends StoredRecord<Doc>>(db: DbClient, record: R): Promise<R & Detail> => ({
    ...record,
    ...(await detail(db, record)),
  });
  const select = { ...recordColumns, [kind.titleColumn]: true };
  const live = (id: string, deleted = false) => ({ id, deletedAt: deleted ? { not: null } : null });

  /**
   * A stored document. One of the current schema version was validated when it was written, so it
   * is only JSON-parsed; an older one is upgraded and validated (kind.parse).
   */
  function read(json: string, schemaVersion: number): Doc {
    if (schemaVersion === kind.schemaVersion) {
      // The document must say the same version as its column: a row changed behind the store's back
      // (or damaged) takes the full path, which names what is wrong.
      const parsed = parseJson(json) as Doc | null;
      if (parsed?.schemaVersion === kind.schemaVersion) return parsed;
    }
    return kind.parse(json);
  }

  const recent = recentVersions<Doc>();

  /** The shared fields of a stored row and its document. */
  function toRecord(row: StoredRow): StoredRecord<Doc> {
    return { ...sharedFields(row), document: read(row.document, row.schemaVersion) };
  }

  const selectedColumns = Object.keys(select);
  const rowTypes = { dates: ["createdAt", "updatedAt"], booleans: ["published"] } as const;
  const NO_TYPES = { dates: [], booleans: [] } as const;

  /** The live row `id`: through the dialect's prepared statement where it has one, else Prisma. */
  async function findRow(db: DbClient, id: string): Promise<StoredRow | null> {
    const fast = dialectOf(db).readLive(db, kind.table, selectedColumns, rowTypes, id);
    return fast === undefined ? kind.records(db).findFirst({ where: live(id), select }) : (fast as StoredRow | null);
  }

  async function find(db: DbClient, id: string): Promise<StoredRecord<Doc> | null> {
    const row = await findRow(db, id);
    return row && toRecord(row);
  }

  async function get(db: DbClient, id: string): Promise<StoredRecord<Doc>> {
    const record = await find(db, id);
    if (!record) throw notFound(kind.noun, id);
    return record;
  }

  /** The first live record matching `where` (e.g. a seed key), or null. */
  async function findWhere(db: DbClient, where: Record<string, unknown>): Promise<StoredRecord<Doc> | null> {
    const row = await kind.records(db).findFirst({ where: { ...where, deletedAt: null }, select });
    return row && toRecord(row);
  }

  /** Live records by id, in the order asked; NOT_FOUND names the first missing id, unless `skipMissing` leaves it out. */
  async function getMany(db: DbClient, ids: readonly string[], { skipMissing = false } = {}): Promise<StoredRecord<Doc>[]> {
    const rows = await kind.records(db).findMany({ where: { id: { in: [...ids] }, deletedAt: null }, select });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (row) return [toRecord(row)];
      if (skipMissing) return [];
      throw notFound(kind.noun, id);
    });
  }

  /** The live record `id`'s title, or null (a deleted or unknown parent). */
  async function titleOf(db: DbClient, id: string | null): Promise<string | null> {
    return id === null ? null : ((await liveRef(db, id))?.title ?? null);
  }

  /** The id and title of the live record whose `key` ("id", "seedKey") is `value`, or null. */
  async function liveRef(
    db: DbClient,
    value: string,
    key: "id" | "seedKey" = "id",
  ): Promise<{ id: string; title: string } | null> {
    const columns = ["id", kind.titleColumn];
    const row =
      dialectOf(db).readLive(db, kind.table, columns, NO_TYPES, value, key) ??
      (await kind
        .records(db)
        .findFirst({ where: { [key]: value, deletedAt: null }, select: { id: true, [kind.titleColumn]: true } }));
    return row ? { id: row.id as string, title: row[kind.titleColumn] as string } : null;
  }

  function storedFields(document: Doc) {
    const title = kind.title(document);
    return {
      [kind.titleColumn]: title,
      [`${kind.titleColumn}Search`]: title.toLowerCase(),
      ...kind.columns(document),
      schemaVersion: document.schemaVersion,
      document: JSON.stringify(document),
    };
  }

  /**
   * A new record, unlisted, with a new edit secret returned once (only its hash is stored). Seeds
   * are the exception: published, and with no edit secret at all, so nobody can change them.
   */
  async function create(
    db: Db,
    document: Doc,
    options: { parentId?: string; seedKey?: string; id?: string } = {},
  ): Promise<StoredRecord<Doc> & { editSecret: string | null }> {
    const id = options.id ?? newId();
    const fields = storedFields(document);
    const isSeed = options.seedKey !== undefined;
    const editSecret = isSeed ? null : newEditSecret();
    const row = await retryWhenBusy(() =>
      db.$transaction(async (tx) => {
        const created = await kind.records(tx).create({
          data: {
            id,
            ...fields,
            parentId: options.parentId ?? null,
            seedKey: options.seedKey ?? null,
            published: isSeed,
            editSecretHash: editSecret === null ? null : hashEditSecret(editSecret),
          },
          select,
        });
        await kind.revisions(tx).create({
          data: {
            [kind.revisionOwner]: id,
            number: 1,
            schemaVersion: fields.schemaVersion,
            ...encodeRevision(fields.document),
            summary: "Created",
          },
        });
        return created;
      }),
    );
    return { ...toRecord(row), editSecret };
  }

  const guardColumns = { seedKey: true, editSecretHash: true } as const;

  /** Whether the row may be changed with `secret`: throws FORBIDDEN (or the kind's seed refusal) if not. */
  function guard(row: { seedKey: string | null; editSecretHash: string | null }, secret: string): void {
    if (kind.seedRefusal && row.seedKey !== null) throw kind.seedRefusal();
    if (!secretMatches(secret, row.editSecretHash)) throw forbidden(kind.noun);
  }

  /** The WHERE of every guarded write: the record, live (or deleted), and still opened by `secret`. */
  const writable = (id: string, secret: string, deleted = false) => ({
    ...live(id, deleted),
    editSecretHash: hashEditSecret(secret),
    ...(kind.seedRefusal ? { seedKey: null } : {}),
  });

  /** NOT_FOUND for an unknown id, FORBIDDEN unless `secret` is the record's edit secret. */
  async function requireEditSecret(db: DbClient, id: string, secret: string, options: { deleted?: boolean } = {}): Promise<void> {
    const row = await kind.records(db).findFirst({ where: live(id, options.deleted), select: guardColumns });
    if (!row) throw notFound(options.deleted ? `deleted ${kind.noun}` : kind.noun, id);
    guard(row, secret);
  }

  /** Whether `editSecret` opens the record for editing (every wrong secret gets the same answer). */
  async function checkEditSecret(db: DbClient, id: string, editSecret: string): Promise<{ id: string; canEdit: boolean }> {
    const row = await kind.records(db).findFirst({ where: live(id), select: { editSecretHash: true } });
    if (!row) throw notFound(kind.noun, id);
    return { id, canEdit: secretMatches(editSecret, row.editSecretHash) };
  }

  /**
   * The one path of every change an edit link allows besides saving: check the secret, write with
   * the secret in the WHERE, and when the write matched nothing (rotated, deleted meanwhile) say why.
   */
  async function guardedWrite(
    db: DbClient,
    id: string,
    secret: string,
    data: Record<string, unknown>,
    options: { deleted?: boolean } = {},
  ): Promise<void> {
    await requireEditSecret(db, id, secret, options);
    const { count } = await retryWhenBusy(() =>
      kind.records(db).updateMany({ where: writable(id, secret, options.deleted), data }),
    );
    if (count === 0) {
      await requireEditSecret(db, id, secret, options);
      throw notFound(kind.noun, id);
    }
  }

  /** Saves a new version (CONFLICT on a stale baseVersion) and appends it as a revision. */
  async function update(db: Db, input: SaveInput<Doc>, options: { restoredFrom?: number } = {}): Promise<StoredRecord<Doc>> {
    // The secret check reads the document too: it is the one this save replaces (when baseVersion
    // is current; otherwise the save is a conflict), for the revision's one-line summary.
    const before = await findRow(db, input.id);
    if (!before) throw notFound(kind.noun, input.id);
    guard(before, input.editSecret);
    const summary =
      options.restoredFrom !== undefined
        ? restoredSummary(options.restoredFrom)
        : before.version === input.baseVersion
          ? kind.summarize(
              recent.recall(db, before.id, before.version) ?? read(before.document, before.schemaVersion),
              input.document,
            )
          : null;
    const fields = storedFields(input.document);
    const version = input.baseVersion + 1;
    // The save matches only the live row at baseVersion still opened by the secret (and not a seed
    // where the kind refuses seeds): exactly one of concurrent saves on one version matches.
    const where = { ...writable(input.id, input.editSecret), version: input.baseVersion };
    const revision = {
      [kind.revisionOwner]: input.id,
      number: version,
      schemaVersion: fields.schemaVersion,
      ...encodeRevision(fields.document),
      restoredFrom: options.restoredFrom ?? null,
      // createdAt: the save's time, the record's updatedAt (set on either path below).
    };
    // Everything a read would return is known: the row before, the new version and the document.
    const saved = (updatedAt: Date) => {
      recent.remember(db, input.id, version, input.document);
      return { ...sharedFields({ ...before, version, updatedAt }), document: input.document };
    };

    // One prepared transaction where the dialect has one (SQLite). It cannot await, so it needs the
    // summary now; the rare save whose pre-read was stale, and a busy database, take Prisma's path.
    if (summary !== null) {
      const updatedAt = new Date();
      const outcome = dialectOf(db).saveVersion(db, {
        table: kind.table,
        where,
        set: { ...fields, version, updatedAt },
        revisionTable: kind.revisionTable,
        revision: { ...revision, summary, createdAt: updatedAt },
      });
      if (outcome === "saved") return saved(updatedAt);
      if (outcome === "missed") throw await missedSave(db, input);
    }
    const { updatedAt } = await retryWhenBusy(() =>
      db.$transaction(async (tx) => {
        // Write first: the conditional update takes SQLite's write lock at once, so concurrent saves
        // queue on the busy timeout instead of failing, and exactly one of them matches baseVersion.
        const updatedAt = new Date();
        const { count } = await kind.records(tx).updateMany({ where, data: { ...fields, version, updatedAt } });
        if (count === 0) throw await missedSave(tx, input);
        await kind.revisions(tx).create({
          data: {
            ...revision,
            summary: summary ?? kind.summarize(await revisionAt(tx, input.id, input.baseVersion), input.document),
            createdAt: updatedAt,
          },
        });
        return { updatedAt };
      }),
    );
    return saved(updatedAt);
  }

  /** Why a save matched no row: NOT_FOUND, FORBIDDEN (or the seed refusal), else CONFLICT. */
  async function missedSave(db: DbClient, input: SaveInput<Doc>): Promise<ParleyError> {
    const current = await kind.records(db).findFirst({ where: live(input.id), select: { ...guardColumns, version: true } });
    if (!current) return notFound(kind.noun, input.id);
    guard(current, input.editSecret);
    return new ParleyError(
      "conflict",
      `baseVersion: the ${kind.noun} was saved by someone else since version ${input.baseVersion} (it is now at version ${current.version})`,
      [{ path: "baseVersion", message: `The ${kind.noun} is now at version ${current.version}` }],
    );
  }

  /** The document of a stored revision. */
  async function revisionAt(db: DbClient, id: string, number: number): Promise<Doc> {
    const row = await kind
      .revisions(db)
      .findFirst({ where: { [kind.revisionOwner]: id, number }, select: { ...ENCODED_COLUMNS, schemaVersion: true } });
    if (!row)
      throw new ParleyError("not_found", `${kind.noun[0]!.toUpperCase()}${kind.noun.slice(1)} "${id}" has no revision ${number}`);
    return read(decodeRevision(row), row.schemaVersion);
  }

  /**
   * Fills the list columns of rows written before they existed (on start; idempotent): a list reads
   * columns only, never documents.
   */
  async function fillListColumns(db: Db): Promise<number> {
    let filled = 0;
    for (;;) {
      const rows = await kind
        .records(db)
        .findMany({ where: { [kind.listedColumn]: null }, select: { id: true, document: true, schemaVersion: true }, take: 200 });
      if (rows.length === 0) return filled;
      await db.$transaction(async (tx) => {
        for (const row of rows)
          await kind.records(tx).updateMany({ where: { id: row.id }, data: kind.columns(read(row.document, row.schemaVersion)) });
      });
      filled += rows.length;
    }
  }

  /**
   * A new record that remembers `id` as its parent and stores the document `derive` makes of the
   * parent's; whatever else `derive` returns (e.g. what it recomputed) comes back beside the record.
   */
  async function fork<Extra extends object>(
    db: Db,
    id: string,
    derive: (source: Doc) => { document: Doc } & Extra,
  ): Promise<StoredRecord<Doc> & { editSecret: string | null } & Omit<Extra, "document">> {
    const source = await get(db, id);
    const { document, ...extra } = derive(source.document);
    return { ...(await create(db, document, { parentId: source.id })), ...extra };
  }

  return {
    kind,
    read,
    revisionAt,
    fillListColumns,
    toRecord,
    detailed,
    find,
    findWhere,
    getMany,
    titleOf,
    liveRef,
    /** The id and title of a live record; NOT_FOUND as `get`. */
    ref: async (db: DbClient, id: string) => {
      const ref = await liveRef(db, id);
      if (!ref) throw notFound(kind.noun, id);
      return ref;
    },
    requireEditSecret,
    checkEditSecret,
    get: async (db: DbClient, id: string) => detailed(db, await get(db, id)),
    create: async (db: Db, document: Doc, options: { parentId?: string; seedKey?: string; id?: string } = {}) =>
      detailed(db, await create(db, document, options)),
    update: async (db: Db, input: SaveInput<Doc>, options: { restoredFrom?: number } = {}) =>
      detailed(db, await update(db, input, options)),
    fork: async <Extra extends object>(db: Db, id: string, derive: (source: Doc) => { document: Doc } & Extra) =>
      detailed(db, await fork(db, id, derive)),
    /** Hides a record from lists and reads; its rows and revisions stay so the delete can be undone. */
    delete: (db: DbClient, id: string, secret: string) => guardedWrite(db, id, secret, { deletedAt: new Date() }),
    undelete: async (db: DbClient, id: string, secret: string) => {
      await guardedWrite(db, id, secret, { deletedAt: null }, { deleted: true });
      return detailed(db, await get(db, id));
    },
    /** A new edit secret; the old one (and every link holding it) stops working at once. */
    rotateEditSecret: async (db: DbClient, id: string, secret: string) => {
      const next = newEditSecret();
      await guardedWrite(db, id, secret, { editSecretHash: hashEditSecret(next) });
      return { id, editSecret: next };
    },
    /** Lists the record publicly, or makes it reachable only by its link. */
    setPublished: async (db: DbClient, id: string, secret: string, published: boolean) => {
      await guardedWrite(db, id, secret, { published });
      return detailed(db, await get(db, id));
    },
  };
}
