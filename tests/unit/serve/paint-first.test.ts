import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { deferHeadScripts, isDocumentRequest, paintFirst } from "@/server/serve/paint-first.ts";

const HEAD =
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><style>body{margin:0}</style>` +
  `<script src="/_next/static/chunks/a.js" async=""></script>` +
  `<script src="/_next/static/chunks/b-1.js" async=""></script>` +
  `<script src="/_next/static/chunks/polyfills.js" noModule=""></script>` +
  `<script id="_R_">self.__next_r="x"</script></head>`;
const BODY = `<body><p>Hello</p><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

/** The script sources the loader starts, read back from its inline script. */
const loaderSources = (html: string) => JSON.parse(/var s=(\[[^\]]*\])/.exec(html)?.[1] ?? "null") as string[] | null;

describe("deferHeadScripts", () => {
  it("takes Next's async scripts out of the HTML and has the loader start them, in order", () => {
    const head = deferHeadScripts(HEAD);
    expect(head).not.toContain(`<script src="/_next/static/chunks/a.js"`);
    expect(loaderSources(head)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b-1.js"]);
    // The loader waits for the first contentful paint, with a hidden page and a time limit as ways out.
    expect(head).toContain(`first-contentful-paint`);
    expect(head).toContain(`visibilityState`);
    // ...and marks the page painted then, which lets the sections held out of the first paint go.
    expect(head).toContain(`setAttribute("data-painted","")`);
    expect(head.indexOf("var s=")).toBeLessThan(head.indexOf("</head>"));
  });

  it("drops Next's preload of a script the loader starts, and keeps any other preload", () => {
    const preload = (src: string) => `<link rel="preload" as="script" fetchPriority="low" href="${src}"/>`;
    const head = deferHeadScripts(
      HEAD.replace("</head>", preload("/_next/static/chunks/b-1.js") + preload("/_next/static/chunks/other.js") + "</head>"),
    );
    expect(head).not.toContain(preload("/_next/static/chunks/b-1.js"));
    expect(head).toContain(preload("/_next/static/chunks/other.js"));
    expect(loaderSources(head)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b-1.js"]);
  });

  it("leaves everything else as it was", () => {
    const head = deferHeadScripts(HEAD);
    expect(head).toContain(`<script src="/_next/static/chunks/polyfills.js" noModule=""></script>`);
    expect(head).toContain(`<script id="_R_">self.__next_r="x"</script>`);
    expect(head).toContain(`<style>body{margin:0}</style>`);
  });

  it("changes nothing in HTML without such scripts", () => {
    const html = `<html><head><script src="https://elsewhere.example/x.js" async=""></script></head>`;
    expect(deferHeadScripts(html)).toBe(html);
  });
});

describe("isDocumentRequest", () => {
  const req = (method: string, headers: Record<string, string>) => ({ method, headers }) as unknown as IncomingMessage;
  it("is a browser's navigation, not the client router's segment fetch", () => {
    expect(isDocumentRequest(req("GET", { accept: "text/html,application/xhtml+xml" }))).toBe(true);
    expect(isDocumentRequest(req("GET", { accept: "text/html", rsc: "1" }))).toBe(false);
    expect(isDocumentRequest(req("GET", { accept: "*/*" }))).toBe(false);
    expect(isDocumentRequest(req("HEAD", { accept: "text/html" }))).toBe(false);
  });
});

describe("paintFirst on a real HTTP server", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** Serves `handler` behind paintFirst and fetches `/` with the given Accept-Encoding. */
  async function fetchThrough(
    handler: (req: IncomingMessage, res: ServerResponse) => void,
    acceptEncoding: string | undefined,
  ): Promise<{ headers: IncomingMessage["headers"]; body: Buffer; seenEncoding: string | undefined }> {
    let seenEncoding: string | undefined;
    server = createServer((req, res) => {
      paintFirst(req, res);
      seenEncoding = req.headers["accept-encoding"];
      handler(req, res);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { accept: "text/html" };
      if (acceptEncoding) headers["accept-encoding"] = acceptEncoding;
      request({ port, host: "127.0.0.1", path: "/", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks), seenEncoding }));
      })
        .on("error", reject)
        .end();
    });
  }

  // Next streams: the head can arrive split anywhere, even inside a tag.
  const streamedPage = (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-length", String(Buffer.byteLength(HEAD + BODY)));
    const cut = HEAD.indexOf("b-1.js") + 2;
    res.write(HEAD.slice(0, cut));
    setTimeout(() => {
      res.write(Buffer.from(HEAD.slice(cut)));
      res.end(BODY);
    }, 5);
  };

  it("rewrites a streamed page and gzips it for a client that accepts gzip", async () => {
    const { headers, body, seenEncoding } = await fetchThrough(streamedPage, "gzip, deflate, br");
    expect(seenEncoding).toBeUndefined();
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["content-length"]).toBeUndefined();
    expect(headers.vary).toMatch(/accept-encoding/i);
    const html = gunzipSync(body).toString("utf8");
    expect(html).toBe(deferHeadScripts(HEAD) + BODY);
  });

  it("sends plain HTML to a client that does not accept gzip", async () => {
    const { headers, body } = await fetchThrough(streamedPage, undefined);
    expect(headers["content-encoding"]).toBeUndefined();
    expect(headers.vary).toMatch(/accept-encoding/i);
    expect(body.toString("utf8")).toBe(deferHeadScripts(HEAD) + BODY);
  });

  it("passes other responses through untouched", async () => {
    const json = JSON.stringify({ html: HEAD });
    const { headers, body } = await fetchThrough((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(json.length) });
      res.end(json);
    }, "gzip");
    expect(headers["content-encoding"]).toBeUndefined();
    expect(headers["content-length"]).toBe(String(json.length));
    expect(body.toString("utf8")).toBe(json);
  });
});
