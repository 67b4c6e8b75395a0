import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, PAGE_CACHE_HEADER, type PageCache } from "@/server/serve/page-cache.ts";

const page = (html: string) => ({
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-length": "999", date: "then" },
  html: Buffer.from(html),
});

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** What a client gets when the server answers from `cache` (or 404 when the cache has nothing). */
async function fetchFrom(
  cache: PageCache,
  url: string,
  stamp: string,
  gzip = false,
): Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }> {
  server = createServer((_req, res) => {
    if (!cache.send(url, stamp, res, gzip)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const answer = await new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) =>
    request({ port, host: "127.0.0.1", path: "/" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end(),
  );
  await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = undefined;
  const body = answer.headers["content-encoding"] === "gzip" ? gunzipSync(answer.body) : answer.body;
  return { status: answer.status, headers: answer.headers, body: body.toString("utf8") };
}

describe("the page cache", () => {
  it("sends a kept page again at the same stamp, with its headers but not the old transfer's", async () => {
    const cache = createPageCache();
    cache.keep("/s/a", "1:5", page("<p>A</p>"));
    const plain = await fetchFrom(cache, "/s/a", "1:5");
    expect(plain).toMatchObject({ status: 200, body: "<p>A</p>" });
    expect(plain.headers).toMatchObject({ "cache-control": "no-store", [PAGE_CACHE_HEADER]: "hit", "content-length": "8" });
    expect(plain.headers.date).not.toBe("then");
    const zipped = await fetchFrom(cache, "/s/a", "1:5", true);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body).toBe("<p>A</p>");
  });

  it("sends nothing for another URL, and forgets everything when the stamp moves", async () => {
    const cache = createPageCache();
    cache.keep("/s/a", "1:5", page("<p>A</p>"));
    expect((await fetchFrom(cache, "/s/b", "1:5")).status).toBe(404);
    expect((await fetchFrom(cache, "/s/a", "1:6")).status).toBe(404);
    // Back at the old stamp (it cannot happen, but nothing kept may survive a change).
    expect((await fetchFrom(cache, "/s/a", "1:5")).status).toBe(404);
  });

  it("keeps a page 10 minutes at most", async () => {
    let now = 0;
    const cache = createPageCache({ now: () => now });
    cache.keep("/", "1:1", page("<p>home</p>"));
    now = 600_000;
    expect((await fetchFrom(cache, "/", "1:1")).status).toBe(200);
    now = 600_001;
    expect((await fetchFrom(cache, "/", "1:1")).status).toBe(404);
  });

  it("stays within its byte budget, the oldest page out first", async () => {
    const big = "x".repeat(4000);
    // Each page costs its HTML and its gzipped copy: three fit in 12,500 bytes, four do not.
    const cache = createPageCache({ maxBytes: 12_500 });
    for (const url of ["/1", "/2", "/3", "/4"]) cache.keep(url, "1:1", page(`<p>${url}${big}</p>`));
    expect((await fetchFrom(cache, "/1", "1:1")).status).toBe(404);
    for (const url of ["/2", "/3", "/4"]) expect((await fetchFrom(cache, url, "1:1")).body).toContain(url);
  });

  it("never keeps a page that sets a cookie", async () => {
    const cache = createPageCache();
    cache.keep("/", "1:1", { ...page("<p>mine</p>"), headers: { ...page("").headers, "set-cookie": "a=b" } });
    expect((await fetchFrom(cache, "/", "1:1")).status).toBe(404);
  });
});
