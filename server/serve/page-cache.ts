// Rendered pages, sent again while the database has not changed. A page's HTML depends on its URL and
// the database only (edit secrets travel in the fragment, which never reaches the server), so a page
// rendered at change stamp S (server/db/dialect.ts) can be sent again while the stamp is still S.
// Kept 10 minutes at most, within a byte budget, oldest first out. A page older than the browser's
// query freshness (30 s, app/_lib/query-client.ts) has its queries asked again once it hydrates:
// the same answers, since the stamp has not moved, and nothing on screen changes. Kept only 20 s,
// the first reader after a quiet spell waited for a full render (first byte 35–58 ms instead of
// 7–16 ms here). Only where the database has a change stamp (SQLite); on PostgreSQL every page is
// rendered.

import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

/** Says whether a page came from the cache ("hit") or was rendered and kept ("miss"). */
export const PAGE_CACHE_HEADER = "x-parley-page-cache";

/** A page as Parley's server sent it (server/serve/paint-first.ts): its headers and its HTML. */
export interface RenderedPage {
  headers: OutgoingHttpHeaders;
  html: Buffer;
}

interface Kept extends RenderedPage {
  gzipped: Buffer;
  keptAt: number;
}

/** Headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = ["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive"];

export interface PageCache {
  /** Sends the page kept for `url` at stamp `stamp`, if there is one; true when it did. */
  send(url: string, stamp: string, res: ServerResponse, gzip: boolean): boolean;
  /** Keeps `page` for `url`, rendered at `stamp` (the caller checks no commit happened meanwhile). */
  keep(url: string, stamp: string, page: RenderedPage): void;
}

export function createPageCache({ maxBytes = 32 * 1024 * 1024, maxAgeMs = 10 * 60_000, now = () => Date.now() } = {}): PageCache {
  let stamp: string | undefined;
  let bytes = 0;
  const pages = new Map<string, Kept>();

  const size = (page: Kept) => page.html.length + page.gzipped.length;
  const forget = (url: string) => {
    const page = pages.get(url);
    if (!page) return;
    bytes -= size(page);
    pages.delete(url);
  };
  /** Everything kept belongs to one stamp: a new one empties the cache. */
  const at = (current: string) => {
    if (current === stamp) return;
    pages.clear();
    bytes = 0;
    stamp = current;
  };

  return {
    send(url, current, res, gzip) {
      at(current);
      const page = pages.get(url);
      if (!page) return false;
      if (now() - page.keptAt > maxAgeMs) {
        forget(url);
        return false;
      }
      const body = gzip ? page.gzipped : page.html;
      for (const [name, value] of Object.entries(page.headers)) if (value !== undefined) res.setHeader(name, value);
      if (gzip) res.setHeader("content-encoding", "gzip");
      res.setHeader("content-length", body.length);
      res.setHeader(PAGE_CACHE_HEADER, "hit");
      res.writeHead(200);
      res.end(body);
      return true;
    },

    keep(url, current, page) {
      at(current);
      if (page.headers["set-cookie"] !== undefined) return;
      const headers = Object.fromEntries(
        Object.entries(page.headers).filter(([name]) => !TRANSFER_HEADERS.includes(name) && name !== PAGE_CACHE_HEADER),
      );
      const kept: Kept = { headers, html: page.html, gzipped: gzipSync(page.html), keptAt: now() };
      if (size(kept) > maxBytes) return;
      forget(url);
      pages.set(url, kept);
      bytes += size(kept);
      for (const oldest of pages.keys()) {
        if (bytes <= maxBytes) break;
        forget(oldest);
      }
    },
  };
}
