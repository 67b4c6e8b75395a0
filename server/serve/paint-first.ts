// Pages paint before React hydrates them. Next writes its client scripts as <script async> tags;
// they arrive while the browser is still laying the page out, and on a two-core machine their
// evaluation and hydration (60–90 ms) run before the first frame, which then lands that much later
// (bench/page-speed.ts). For HTML pages this server takes those tags out and one inline script adds
// them once the first contentful paint is on screen: at once when the page is hidden (a background tab
// does not paint), and after one second at the latest. The page is server-rendered, so it reads, and
// its links work, before then. Preloading the scripts instead was measured too: their compilation then
// delays the first frame again, so Next's own preload of one of them goes as well.
// Next's own gzip would run before this rewrite, so these responses ask Next for plain HTML and are
// gzipped here.

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { constants, createGzip } from "node:zlib";
import type { RenderedPage } from "./page-cache.ts";

const HEAD_END = "</head>";
const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]* href="(\/_next\/static\/[^"]+\.js)"\/>/g;

/** Marks `<html>` once the first contentful paint is on screen: sections held out of it follow (app/globals.css). */
const PAINTED_ATTRIBUTE = "data-painted";

/**
 * Adds `sources` as async scripts after the first contentful paint (see the file's comment), and
 * marks the page painted at the same moment.
 */
function loader(sources: string[]): string {
  return (
    `<script>(function(){var s=${JSON.stringify(sources)},d=0;` +
    `function go(){if(d)return;d=1;document.documentElement.setAttribute("${PAINTED_ATTRIBUTE}","");` +
    `for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;document.head.appendChild(e)}}` +
    `if(document.visibilityState!=="visible"||typeof PerformanceObserver!=="function")return go();` +
    `setTimeout(go,1000);` +
    `try{new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)go()}).observe({type:"paint",buffered:true})}catch(x){go()}` +
    `})()</script>`
  );
}

/** The page's first chunk (its <head>) with Next's async scripts started after the first paint instead. */
export function deferHeadScripts(head: string): string {
  const sources: string[] = [];
  let rewritten = head.replace(ASYNC_SCRIPT, (_tag, src: string) => {
    sources.push(src);
    return "";
  });
  if (!sources.length) return head;
  // A preload of one of them would fetch it, and V8 compile it, before the first frame too.
  rewritten = rewritten.replace(SCRIPT_PRELOAD, (tag, src: string) => (sources.includes(src) ? "" : tag));
  const end = rewritten.lastIndexOf(HEAD_END);
  return end < 0 ? rewritten + loader(sources) : rewritten.slice(0, end) + loader(sources) + rewritten.slice(end);
}

export const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

/** A browser navigating to a page (not Next's client router fetching a segment, not the API). */
export function isDocumentRequest(req: IncomingMessage): boolean {
  return req.method === "GET" && !req.headers.rsc && /\btext\/html\b/.test(req.headers.accept ?? "");
}

/**
 * Rewrites the HTML that Next writes to `res` with deferHeadScripts, gzipping it when the client
 * accepts gzip. Call before handing the request to Next. `onPage` receives a page answered 200, as
 * sent (its headers and its whole HTML, before gzip), once it is complete.
 */
export function paintFirst(req: IncomingMessage, res: ServerResponse, onPage?: (page: RenderedPage) => void): void {
  const gzip = acceptsGzip(req);
  delete req.headers["accept-encoding"];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;

  let html = false;
  let head: Buffer[] | undefined = [];
  let out: { write: (chunk: Buffer) => void; end: () => void } = { write, end: () => end() };
  let sent: { headers: OutgoingHttpHeaders; chunks: Buffer[] } | undefined;
  const emit = (chunk: Buffer) => {
    sent?.chunks.push(chunk);
    out.write(chunk);
  };

  // Headers are final when Next first writes: decide there whether this is HTML to rewrite.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === "object" && r !== null) as OutgoingHttpHeaders | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value);
    html = /^text\/html/.test(String(res.getHeader("content-type") ?? ""));
    if (html) {
      res.removeHeader("content-length");
      // Gzipped or not by the client's Accept-Encoding, here and when the page cache sends it again.
      if (!/accept-encoding/i.test(String(res.getHeader("vary") ?? ""))) res.appendHeader("vary", "Accept-Encoding");
      if (onPage && status === 200) sent = { headers: { ...res.getHeaders() }, chunks: [] };
      if (gzip) {
        res.setHeader("content-encoding", "gzip");
        const zip = createGzip({ flush: constants.Z_SYNC_FLUSH });
        zip.on("data", (chunk: Buffer) => write(chunk));
        zip.on("end", () => end());
        out = { write: (chunk) => zip.write(chunk), end: () => zip.end() };
      }
    }
    return writeHead(status);
  }) as ServerResponse["writeHead"];

  const push = (chunk: Buffer) => {
    if (!head) return emit(chunk);
    head.push(chunk);
    const text = Buffer.concat(head).toString("utf8");
    if (!text.includes(HEAD_END)) return;
    head = undefined;
    emit(Buffer.from(deferHeadScripts(text)));
  };
  const flushHead = () => {
    if (head?.length) emit(Buffer.from(deferHeadScripts(Buffer.concat(head).toString("utf8"))));
    head = undefined;
  };

  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!html) return write(chunk, encoding, callback);
    push(toBuffer(chunk, encoding));
    if (typeof callback === "function") callback();
    else if (typeof encoding === "function") encoding();
    return true;
  }) as ServerResponse["write"];

  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!html) return end(chunk, encoding, callback);
    if (chunk !== undefined && typeof chunk !== "function") push(toBuffer(chunk, encoding));
    flushHead();
    out.end();
    if (sent) onPage?.({ headers: sent.headers, html: Buffer.concat(sent.chunks) });
    const done = [chunk, encoding, callback].find((c) => typeof c === "function") as (() => void) | undefined;
    if (done) res.once("finish", done);
    return res;
  }) as ServerResponse["end"];
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
}
