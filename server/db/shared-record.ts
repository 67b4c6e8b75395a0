// What scenarios and profile sets share as stored, shareable documents: version, fork parent,
// seed flag, public listing and edit link. One shape and one mapping serve both stores.

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

interface SharedRow {
  id: string;
  version: number;
  parentId: string | null;
  seedKey: string | null;
  published: boolean;
  editSecretHash: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The shared fields of a stored row, never its edit secret's hash. */
export function sharedRecordFields(row: SharedRow): SharedRecordFields {
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
