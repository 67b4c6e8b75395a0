import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { createDb } from "@/server/db/client.ts";
import { DEFAULTS, httpConfigFromEnv } from "@/server/http/config.ts";
import { createInnerContext } from "@/server/trpc/context.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { countingStream, ORIGIN, send, trpcRequest } from "../helpers/http-trpc.ts";
import { openTestDb } from "../helpers/test-db.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// The tRPC endpoint's guards (server/http/handler.ts), driven with real Requests on a real database.

const t = testDbPerFile();

const create = () => ({ document: statusQuoDocument() });
const scenarios = () => t.db.scenario.count();

describe("mutations take JSON only", () => {
  it.each([
    ["a urlencoded form post", "application/x-www-form-urlencoded", "document=x"],
    [
      "a multipart form post",
      "multipart/form-data; boundary=b",
      '--b\r\nContent-Disposition: form-data; name="document"\r\n\r\nx\r\n--b--\r\n',
    ],
    ["a text/plain form post of JSON", "text/plain", JSON.stringify(create())],
    ["a look-alike media type", "application/jsonp", JSON.stringify(create())],
  ])("%s is 415 and changes nothing", async (_, contentType, body) => {
    const before = await snapshotDatabase(t.db);
    const res = await send(t.db, trpcRequest("scenario.create", { body, headers: { "content-type": contentType } }));
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({
      message: "Send the request body as application/json",
      data: { code: "UNSUPPORTED_MEDIA_TYPE", httpStatus: 415 },
    });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("a body without a content type is 415", async () => {
    const req = trpcRequest("scenario.create", { body: new TextEncoder().encode(JSON.stringify(create())) });
    const headers = new Headers(req.headers);
    headers.delete("content-type");
    const res = await send(t.db, new Request(req, { headers }));
    expect(res.status).toBe(415);
  });

  it("the same call as JSON (with a charset) is accepted", async () => {
    const before = await scenarios();
    const res = await send(
      t.db,
      trpcRequest("scenario.create", { input: create(), headers: { "content-type": "application/json; charset=utf-8" } }),
    );
    expect(res.status).toBe(200);
    expect(await scenarios()).toBe(before + 1);
  });

  it("a GET never runs a mutation (405), and changes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    const res = await send(t.db, trpcRequest("scenario.create", { method: "GET", input: create() }));
    expect(res.status).toBe(405);
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });
});

describe("cross-site requests are refused", () => {
  it.each([
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    [
      "Sec-Fetch-Site: same-site (a sibling subdomain)",
      { "sec-fetch-site": "same-site", origin: "http://evil.parley.test:3000" },
    ],
    ["an Origin of another site", { origin: "https://evil.example" }],
    ["an Origin on another port", { origin: "http://parley.test:4000" }],
    ["an Origin on another scheme", { origin: "https://parley.test:3000" }],
    ["an opaque Origin (null)", { origin: "null" }],
  ])("%s is 403 and changes nothing", async (_, headers) => {
    const before = await snapshotDatabase(t.db);
    const res = await send(t.db, trpcRequest("scenario.create", { input: create(), headers }));
    expect(res.status).toBe(403);
    expect(res.body.error.data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403 });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it.each([
    ["Sec-Fetch-Site: same-origin", { "sec-fetch-site": "same-origin", origin: ORIGIN }],
    ["Sec-Fetch-Site: none (typed by the person)", { "sec-fetch-site": "none" }],
    ["an Origin equal to the request's own", { origin: ORIGIN }],
    ["no Origin and no Sec-Fetch-Site (not a browser)", {}],
  ])("%s is accepted", async (_, headers) => {
    const before = await scenarios();
    const res = await send(t.db, trpcRequest("scenario.create", { input: create(), headers }));
    expect(res.status, res.text).toBe(200);
    expect(await scenarios()).toBe(before + 1);
  });

  it("the Host header names the request's own origin", async () => {
    // Behind `next start` the URL may say localhost while the browser used the public name.
    const req = trpcRequest("scenario.create", {
      input: create(),
      headers: { origin: "http://public.example:8080", host: "public.example:8080" },
    });
    expect((await send(t.db, req)).status).toBe(200);
  });

  it("a trusted proxy's X-Forwarded-Proto/-Host name it too, and only when trusted", async () => {
    const headers = { origin: "https://parley.example", "x-forwarded-proto": "https", "x-forwarded-host": "parley.example" };
    const trusted = { ...httpConfigFromEnv({ PARLEY_TRUST_PROXY: "1" }) };
    expect((await send(t.db, trpcRequest("scenario.create", { input: create(), headers }), { config: trusted })).status).toBe(
      200,
    );
    expect((await send(t.db, trpcRequest("scenario.create", { input: create(), headers }))).status).toBe(403);
  });

  it("queries stay open to any origin (a GET never changes anything)", async () => {
    const res = await send(
      t.db,
      trpcRequest("scenario.list", {
        method: "GET",
        input: {},
        headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      }),
    );
    expect(res.status).toBe(200);
  });
});

describe("request body limit", () => {
  const limit = DEFAULTS.maxBodyBytes;
  const big = () => JSON.stringify(create()) + " ".repeat(300 * 1024);

  it("is 256 kB", () => {
    expect(limit).toBe(256 * 1024);
  });

  it("a 300 kB body with its Content-Length is 413 and changes nothing", async () => {
    const before = await snapshotDatabase(t.db);
    const body = big();
    const res = await send(
      t.db,
      trpcRequest("scenario.create", { body, headers: { "content-length": String(Buffer.byteLength(body)) } }),
    );
    expect(res.status).toBe(413);
    expect(res.body.error.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("a 300 kB body without a Content-Length (streamed) is 413, read no further than the limit", async () => {
    const before = await snapshotDatabase(t.db);
    const { stream, pulled } = countingStream(10 * 1024 * 1024);
    const req = trpcRequest("scenario.create", { body: stream });
    expect(req.headers.get("content-length")).toBeNull();
    const res = await send(t.db, req);
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThan(limit + 64 * 1024);
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("a body larger than its Content-Length says is 413", async () => {
    const before = await snapshotDatabase(t.db);
    const res = await send(t.db, trpcRequest("scenario.create", { body: big(), headers: { "content-length": "100" } }));
    expect(res.status).toBe(413);
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("a body just under the limit, streamed or not, reaches tRPC whole", async () => {
    const json = JSON.stringify(create());
    const padded = json + " ".repeat(limit - Buffer.byteLength(json) - 1);
    const before = await scenarios();
    expect((await send(t.db, trpcRequest("scenario.create", { body: padded }))).status).toBe(200);
    const bytes = new TextEncoder().encode(padded);
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + 7_000));
        offset += 7_000;
      },
    });
    const res = await send(t.db, trpcRequest("scenario.create", { body: stream }));
    expect(res.status, res.text).toBe(200);
    expect(await scenarios()).toBe(before + 2);
  });
});

describe("batch limit", () => {
  const batch = (n: number, procedure: string) => Array.from({ length: n }, () => procedure).join(",");
  const inputs = (n: number, input: unknown) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i, input]));

  it("a batch of 10 queries is answered", async () => {
    const res = await send(t.db, trpcRequest(batch(10, "catalog.get"), { method: "GET", params: { batch: "1", input: "{}" } }));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(10);
  });

  it("a batch of 11 queries is refused", async () => {
    const res = await send(t.db, trpcRequest(batch(11, "catalog.get"), { method: "GET", params: { batch: "1", input: "{}" } }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ message: "Batch call exceeds maximum size", data: { code: "BAD_REQUEST" } });
  });

  it("a batch of 11 mutations is refused and runs none of them", async () => {
    const before = await snapshotDatabase(t.db);
    const res = await send(
      t.db,
      trpcRequest(batch(11, "scenario.create"), { params: { batch: "1" }, input: inputs(11, create()) }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("Batch call exceeds maximum size");
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("a batch of 2 mutations runs both", async () => {
    const before = await scenarios();
    const res = await send(
      t.db,
      trpcRequest(batch(2, "scenario.create"), { params: { batch: "1" }, input: inputs(2, create()) }),
    );
    expect(res.status).toBe(200);
    expect(await scenarios()).toBe(before + 2);
  });
});

describe("server faults", () => {
  const LEAKS = /prisma|sqlite|\bat \/|\.ts\b|stack|node_modules|SELECT|INSERT/i;

  function expectGenericFault(res: Awaited<ReturnType<typeof send>>, log: { message: string; cause: unknown }[]) {
    expect(res.status).toBe(500);
    expect(res.body.error.message).toBe("Something went wrong on the server");
    const id = res.body.error.data.correlationId;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(res.body.error.data).not.toHaveProperty("stack");
    expect(res.text).not.toMatch(LEAKS);
    // The log line carries the same id, and the cause.
    expect(log).toHaveLength(1);
    expect(log[0]!.message).toContain(id!);
    return log[0]!.cause;
  }

  it("a corrupt stored row: 500 with a correlation id, the cause only in the log", async () => {
    const { id } = await t.caller.scenario.create(create());
    await t.db.scenario.update({ where: { id }, data: { schemaVersion: 99, document: '{"schemaVersion": 99}' } });
    const log: { message: string; cause: unknown }[] = [];
    const res = await send(t.db, trpcRequest("scenario.get", { method: "GET", input: { id } }), { log });
    const cause = expectGenericFault(res, log);
    expect(String((cause as Error).stack)).toMatch(/\.ts/); // what stayed on the server
    await t.db.scenario.delete({ where: { id } });
  });

  it("an SQL error from Prisma (a missing table): 500 with a correlation id and no SQL", async () => {
    const broken = await openTestDb({ seed: false });
    try {
      await broken.db.$executeRawUnsafe('DROP TABLE "ScenarioRevision"');
      const log: { message: string; cause: unknown }[] = [];
      const res = await send(broken.db, trpcRequest("scenario.create", { input: create() }), { log });
      const cause = expectGenericFault(res, log);
      expect(String(cause)).toMatch(/ScenarioRevision/);
    } finally {
      await broken.close();
    }
  });

  it("a database that cannot be opened: 500 with a correlation id and no file path", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "parley-http-"));
    try {
      const log: { message: string; cause: unknown }[] = [];
      const missing = path.join(dir, "no-such-folder", "parley.db");
      const res = await send(t.db, trpcRequest("catalog.get", { method: "GET" }), {
        log,
        createContext: async () => {
          const db = await createDb(missing);
          return createInnerContext({ db });
        },
      });
      expectGenericFault(res, log);
      expect(res.text).not.toContain(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("each fault gets its own id; other errors have none", async () => {
    const { id } = await t.caller.scenario.create(create());
    await t.db.scenario.update({ where: { id }, data: { schemaVersion: 99, document: '{"schemaVersion": 99}' } }); // a stored document no reader knows (PostgreSQL's jsonb refuses text that is not JSON at all)
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await send(t.db, trpcRequest("scenario.get", { method: "GET", input: { id } }), { log: [] });
      ids.add(res.body.error.data.correlationId!);
    }
    expect(ids.size).toBe(3);
    const notFound = await send(t.db, trpcRequest("scenario.get", { method: "GET", input: { id: "AAAAAAAAAAAAAAAAAAAAAA" } }));
    expect(notFound.status).toBe(404);
    expect(notFound.body.error.data).not.toHaveProperty("correlationId");
    await t.db.scenario.delete({ where: { id } });
  });

  it("tRPC would send the stack outside production; the formatter never does", async () => {
    // This process is not production, so tRPC's default error shape includes the stack: the
    // assertions above are not passing for want of one.
    expect(process.env.NODE_ENV).not.toBe("production");
    const bare = initTRPC.create();
    const router = bare.router({
      boom: bare.procedure.query(() => {
        throw new Error("at /srv/parley/server/db/scenarios.ts:12");
      }),
    });
    const res = await fetchRequestHandler({ endpoint: "/api/trpc", req: new Request(`${ORIGIN}/api/trpc/boom`), router });
    const body = (await res.json()) as { error: { data: { stack?: string } } };
    expect(body.error.data.stack).toMatch(/scenarios\.ts/);
  });
});
