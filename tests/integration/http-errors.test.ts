import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInnerContext } from "@/server/trpc/context.ts";
import { appRouter } from "@/server/trpc/root.ts";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { openTestDb, type TestDb } from "../helpers/test-db.ts";

// What a browser receives over HTTP: the error formatter in server/trpc/init.ts, on a real database.

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t.close();
});

interface ErrorBody {
  error: { message: string; code: number; data: { code: string; httpStatus: number; path: string; issues: { path: string; message: string }[] | null } };
}

async function call(path: string, input: unknown, method: "GET" | "POST" = "POST") {
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (method === "GET") url.searchParams.set("input", JSON.stringify(input));
  const req = new Request(url, method === "POST" ? { method, body: JSON.stringify(input), headers: { "content-type": "application/json" } } : undefined);
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createInnerContext({ db: t.db }) });
  return { status: res.status, body: (await res.json()) as ErrorBody & { result?: { data: unknown } } };
}

describe("errors over HTTP", () => {
  it("a bad document is 400 with the field issues as data, for forms", async () => {
    const document = withRegion(statusQuoDocument(), "UA-63", { russiaKm2: -1 });
    const { status, body } = await call("scenario.create", { document: { ...document, title: "" } });
    expect(status).toBe(400);
    expect(body.error.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, path: "scenario.create" });
    expect(body.error.data.issues).toEqual(
      expect.arrayContaining([
        { path: "document.title", message: "Give the scenario a title" },
        { path: "document.terms.territory.UA-63.russiaKm2", message: "Cannot be negative" },
      ]),
    );
    expect(body.error.message).toMatch(/^Invalid input: /);
  });

  it("an unknown id is 404, a stale save 409 naming baseVersion", async () => {
    expect((await call("scenario.get", { id: "AAAAAAAAAAAAAAAAAAAAAA" }, "GET")).status).toBe(404);
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    await t.caller.scenario.update({ id, baseVersion: 1, document: statusQuoDocument() });
    const { status, body } = await call("scenario.update", { id, baseVersion: 1, document: statusQuoDocument() });
    expect(status).toBe(409);
    expect(body.error.data.issues).toEqual([{ path: "baseVersion", message: "The scenario is now at version 2" }]);
  });

  it("a server fault (a corrupt stored row) is 500 with a message that leaks nothing", async () => {
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    await t.db.scenario.update({ where: { id }, data: { document: '{"schemaVersion": 99}' } });
    const { status, body } = await call("scenario.get", { id }, "GET");
    expect(status).toBe(500);
    expect(body.error.message).toBe("Something went wrong on the server");
    expect(JSON.stringify(body)).not.toMatch(/schemaVersion|scenarios\.ts|stack/i);
    await t.db.scenario.delete({ where: { id } });
  });

  it("a valid call still answers 200 with the data", async () => {
    const { status, body } = await call("scenario.list", { query: "u.s." }, "GET");
    expect(status).toBe(200);
    expect((body.result!.data as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(["U.S. proposal (April 2025)"]);
  });
});
