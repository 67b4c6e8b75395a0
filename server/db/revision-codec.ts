import { deflateRawSync, inflateRawSync } from "node:zlib";

// Revisions are written once and read rarely (a diff, a restore), so they are stored compressed:
// a scenario's 10 kB of JSON deflates to about 2 kB. `encoding` says how a row holds its JSON, so
// rows written before compression (plain text) still read.

/** How a revision row holds its document's JSON. */
export interface EncodedRevision {
  /** The JSON as text ("text" rows), else null. */
  document: string | null;
  /** The compressed JSON (other encodings), else null. */
  body: Uint8Array | null;
  encoding: string;
}

/** Raw DEFLATE (RFC 1951) at level 1: nearly the ratio of level 6 at a third of the time. */
export const DEFLATE = "deflate-raw";

export function encodeRevision(json: string): EncodedRevision {
  return { document: null, body: deflateRawSync(Buffer.from(json, "utf8"), { level: 1 }), encoding: DEFLATE };
}

export function decodeRevision(row: EncodedRevision): string {
  if (row.encoding === "text" && row.document !== null) return row.document;
  if (row.encoding === DEFLATE && row.body !== null) return inflateRawSync(row.body).toString("utf8");
  throw new Error(
    `A stored revision has encoding "${row.encoding}" without its ${row.encoding === "text" ? "document" : "body"}`,
  );
}

/** The columns decodeRevision reads. */
export const ENCODED_COLUMNS = { document: true, body: true, encoding: true } as const;
