// What every kind of stored document shares: the record answered to clients, a save's input, the
// columns every read selects, and the small rules of fork titles and restore summaries. The store
// over them is document-store.ts.
import type { StoredRow } from "./document-kind.ts";

/** JSON.parse, or null for text that is not JSON (the full parse then says so in words). */
export function parseJson(json: string): { schemaVersion?: unknown } | null {
  try {
    return JSON.parse(json) as { schemaVersion?: unknown } | null;
  } catch {
    return null;
  }
}

export interface SharedRecordFields {
  id: string;
  version: number;
  parentId: string | null;
  /** Shipped with Parley: published and read-only; fork it to change it. */
  isSeed: boolean;
  /** On the public list; otherwise reachable only by its link. */
  published: boolean;
  /** No edit link exists (seeds, rows from before edit links): fork it to change it. */
  readOnly: boolean;
  /** ISO 8601 timestamps: the HTTP API sends plain JSON. */
  createdAt: string;
  updatedAt: string;
}

/** The fields a client sees of a stored row, never its edit secret's hash. */
export function sharedFields(
  row: Pick<StoredRow, "id" | "version" | "parentId" | "seedKey" | "published" | "editSecretHash" | "createdAt" | "updatedAt">,
): SharedRecordFields {
  return {
    id: row.id,
    version: row.version,
    parentId: row.parentId,
    isSeed: row.seedKey !== null,
    published: row.published,
    readOnly: row.editSecretHash === null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface StoredRecord<Doc> extends SharedRecordFields {
  document: Doc;
}

export interface SaveInput<Doc> {
  id: string;
  /** The version the edit started from; a save on top of a newer version is a conflict. */
  baseVersion: number;
  document: Doc;
  editSecret: string;
}

/** The columns every read selects (never the document's revisions). */
export const recordColumns = {
  id: true,
  schemaVersion: true,
  document: true,
  version: true,
  parentId: true,
  seedKey: true,
  published: true,
  editSecretHash: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** `title` + " (copy)", within `limit` UTF-16 units: the default title of a fork, of any kind. */
export function forkTitle(title: string, limit: number): string {
  const suffix = " (copy)";
  // Cut whole characters (code points), never half of a surrogate pair.
  let kept = title;
  while (kept.length + suffix.length > limit) kept = Array.from(kept).slice(0, -1).join("");
  return kept + suffix;
}

/** The summary of a revision that restored an earlier one. */
export const restoredSummary = (number: number) => `Restored revision ${number}`;
