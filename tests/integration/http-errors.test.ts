import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { createInnerContext } from "@/server/trpc/context.ts";
import { appRouter } from "@/server/trpc/root.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, withRegion } from "../helpers/documents.ts";
import { createEditable, EDIT_SECRET_SHAPE, strangerSecret } from "../helpers/editable.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// What a browser receives over HTTP: the error formatter in server/trpc/init.ts, on a real database.

const t = testDbPerFile();

interface ErrorBody {
  error: {
    message: string;
    code: number;
    data: { code: string; httpStatus: number; path: string; issues: { path: string; message: string }[] | null };
  };
}

async function call(path: string, input: unknown, method: "GET" | "POST" = "POST") {
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (method === "GET") url.searchParams.set("input", JSON.stringify(input));
  const req = new Request(
    url,
    method === "POST" ? { method, body: JSON.stringify(input), headers: { "content-type": "application/json" } } : undefined,
  );
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createInnerContext({ db: t.db }),
  });
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
        { path: "document.title", message: "Title: Give the scenario a title" },
        { path: "document.terms.territory.UA-63.russiaKm2", message: "Kharkiv: Russia's km² can't be negative" },
      ]),
    );
    expect(body.error.message).toMatch(/^Invalid input: /);
  });

  it("an unknown id is 404, a stale save 409 naming baseVersion", async () => {
    expect((await call("scenario.get", { id: "AAAAAAAAAAAAAAAAAAAAAA" }, "GET")).status).toBe(404);
    const { id, editSecret } = await createEditable(t.caller);
    await t.caller.scenario.update({ id, editSecret, baseVersion: 1, document: statusQuoDocument() });
    const { status, body } = await call("scenario.update", { id, editSecret, baseVersion: 1, document: statusQuoDocument() });
    expect(status).toBe(409);
    expect(body.error.data.issues).toEqual([{ path: "baseVersion", message: "The scenario is now at version 2" }]);
  });

  it("a save without the edit secret is 400 naming editSecret; with a wrong one 403 naming editSecret, and nothing changes", async () => {
    const { id } = await createEditable(t.caller);
    const before = await snapshotDatabase(t.db);
    const missing = await call("scenario.update", { id, baseVersion: 1, document: statusQuoDocument() });
    expect(missing.status).toBe(400);
    expect(missing.body.error.data.issues).toEqual([{ path: "editSecret", message: expect.any(String) }]);
    const wrong = await call("scenario.update", {
      id,
      editSecret: strangerSecret(),
      baseVersion: 1,
      document: statusQuoDocument(),
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403, path: "scenario.update" });
    expect(wrong.body.error.data.issues).toEqual([{ path: "editSecret", message: expect.any(String) }]);
    expect(wrong.body.error.message).toMatch(/^editSecret: /);
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("the edit secret of a new scenario comes back in the body of create, once; get never shows it", async () => {
    const created = await call("scenario.create", { document: statusQuoDocument() });
    expect(created.status).toBe(200);
    const { id, editSecret } = created.body.result!.data as { id: string; editSecret: string };
    expect(editSecret).toMatch(EDIT_SECRET_SHAPE);
    const got = await call("scenario.get", { id }, "GET");
    expect(got.status).toBe(200);
    expect(JSON.stringify(got.body)).not.toContain(editSecret);
    expect(got.body.result!.data).toMatchObject({ id, published: false, readOnly: false });
  });

  it("a server fault (a corrupt stored row) is 500 with a message that leaks nothing", async () => {
    const { id } = await t.caller.scenario.create({ document: statusQuoDocument() });
    await t.db.scenario.update({ where: { id }, data: { schemaVersion: 99, document: '{"schemaVersion": 99}' } });
    const { status, body } = await call("scenario.get", { id }, "GET");
    expect(status).toBe(500);
    expect(body.error.message).toBe("Something went wrong on the server");
    expect(JSON.stringify(body)).not.toMatch(/schemaVersion|scenarios\.ts|stack/i);
    await t.db.scenario.delete({ where: { id } });
  });

  it("a valid call still answers 200 with the data", async () => {
    const { status, body } = await call("scenario.list", { query: "u.s. proposal" }, "GET");
    expect(status).toBe(200);
    expect((body.result!.data as { items: { title: string }[] }).items.map((i) => i.title)).toEqual([
      "U.S. proposal (April 2025)",
    ]);
  });
});
