import { ParleyError } from "../domain/errors.ts";
import type { DbClient, DocumentKind, StoredRow } from "./document-kind.ts";
import { dialectOf, searchTarget } from "./dialect.ts";

// Public lists of any kind of document: published, live records, newest first (or by another
// column), a title search through the database's text index, and cursor pages. The page is a Prisma
// query, so the cursor compares real values (a Date for updatedAt), not a driver's timestamp text.

/** The most matches a title search pages through (the most recently saved ones). */
export const SEARCH_LIMIT = 1000;

/** A column the list is sorted by, newest (largest) first; a nullable one puts its nulls last. */
export interface ListSort {
  name: string;
  column: string;
  nullable: boolean;
  /** A Date column: the cursor carries its ISO text and compares it as a Date again. */
  date: boolean;
}

export const BY_UPDATED: ListSort = { name: "updated", column: "updatedAt", nullable: false, date: true };

export interface ListQuery {
  /** Matches anywhere in the title, ignoring case, literally. */
  query?: string;
  cursor?: string;
  limit: number;
  /** The kind's own filters, as a Prisma where. */
  where?: Record<string, unknown>;
  sort?: ListSort;
  select: Record<string, boolean>;
  /** The procedure answering, for the message on a bad cursor ("scenario.list"). */
  procedure: string;
}

interface Cursor {
  sort: string;
  key: string | null;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(text: string, sort: ListSort, procedure: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Cursor;
    const keyOk =
      typeof value.key === "string" ? !sort.date || !Number.isNaN(Date.parse(value.key)) : sort.nullable && value.key === null;
    if (value.sort === sort.name && typeof value.id === "string" && keyOk) return value;
  } catch {
    // fall through
  }
  throw new ParleyError("invalid", `cursor: not a cursor returned by ${procedure} for this sort`, [
    { path: "cursor", message: `Not a cursor returned by ${procedure} for this sort` },
  ]);
}

/** Rows after the cursor in the list's order (largest key first, nulls last, then id). */
function afterCursor(cursor: Cursor | null, sort: ListSort): Record<string, unknown> {
  if (cursor === null) return {};
  const { column } = sort;
  if (cursor.key === null) return { [column]: null, id: { lt: cursor.id } };
  const key = sort.date ? new Date(cursor.key) : cursor.key;
  return {
    OR: [{ [column]: { lt: key } }, { [column]: key, id: { lt: cursor.id } }, ...(sort.nullable ? [{ [column]: null }] : [])],
  };
}

/** What every kind's list item says of its record besides the kind's own columns. */
export const listedFields = (row: StoredRow) => ({
  id: row.id,
  isSeed: row.seedKey !== null,
  parentId: row.parentId,
  updatedAt: row.updatedAt.toISOString(),
});

/** The columns listedFields reads. */
export const LISTED_COLUMNS = { id: true, seedKey: true, parentId: true, updatedAt: true } as const;

/** One page of a kind's public list, and the cursor of the next page (null on the last). */
export async function listPage<Doc extends { schemaVersion: number }>(
  db: DbClient,
  kind: DocumentKind<Doc>,
  input: ListQuery,
): Promise<{ rows: StoredRow[]; nextCursor: string | null }> {
  const sort = input.sort ?? BY_UPDATED;
  const cursor = input.cursor ? decodeCursor(input.cursor, sort, input.procedure) : null;
  const query = input.query?.trim().toLowerCase() ?? "";
  const matching =
    query === ""
      ? null
      : await dialectOf(db).searchIds(db, searchTarget(kind.table, `${kind.titleColumn}Search`), query, {
          published: true,
          limit: SEARCH_LIMIT,
        });
  if (matching?.length === 0) return { rows: [], nextCursor: null };
  const rows = await kind.records(db).findMany({
    where: {
      AND: [
        { deletedAt: null, published: true, ...(matching ? { id: { in: matching } } : {}) },
        input.where ?? {},
        afterCursor(cursor, sort),
      ],
    },
    orderBy: [{ [sort.column]: sort.nullable ? { sort: "desc", nulls: "last" } : "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: { ...LISTED_COLUMNS, ...input.select, [sort.column]: true },
  });
  const shown = rows.slice(0, input.limit);
  const last = shown.at(-1);
  const key = (row: StoredRow) => {
    const value = row[sort.column] as Date | string | null;
    return value instanceof Date ? value.toISOString() : value;
  };
  return {
    rows: shown,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ sort: sort.name, key: key(last), id: last.id }) : null,
  };
}
