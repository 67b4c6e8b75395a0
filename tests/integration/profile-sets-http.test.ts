import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { createInnerContext } from "@/server/trpc/context.ts";
import { appRouter } from "@/server/trpc/root.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { createSet, namedProfileDocument, profileDocumentWith, seedProfileDocument } from "../helpers/profile-sets.ts";
import { testDbPerFile } from "../helpers/test-db-hooks.ts";

// profileSet.* as a browser sees it over HTTP: status codes, field issues as data, plain JSON.

const t = testDbPerFile();

interface Body {
  result?: { data: unknown };
  error?: {
    message: string;
    data: { code: string; httpStatus: number; path: string; issues: { path: string; message: string }[] | null };
  };
}

async function call(path: string, input: unknown, method: "GET" | "POST" = "POST", rawBody?: string) {
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (method === "GET") url.searchParams.set("input", JSON.stringify(input));
  const init =
    method === "POST"
      ? { method, body: rawBody ?? JSON.stringify(input), headers: { "content-type": "application/json" } }
      : undefined;
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url, init),
    router: appRouter,
    createContext: () => createInnerContext({ db: t.db }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

describe("profileSet over HTTP", () => {
  it("a bad document is 400 with every field issue as data", async () => {
    const document = profileDocumentWith(["parties", 0, "weights", "kharkiv"], -1) as Record<string, unknown>;
    const before = await snapshotDatabase(t.db);
    const { status, body } = await call("profileSet.create", { document: { ...document, name: "" } });
    expect(status).toBe(400);
    expect(body.error!.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, path: "profileSet.create" });
    expect(body.error!.data.issues).toEqual(
      expect.arrayContaining([
        { path: "document.name", message: "Name the profile set" },
        { path: "document.parties.0.weights.kharkiv", message: "Weights cannot be negative" },
      ]),
    );
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("malformed JSON is 400, an unknown id 404, a stale save 409 naming baseVersion", async () => {
    expect((await call("profileSet.create", null, "POST", "{not json")).status).toBe(400);
    expect((await call("profileSet.get", { id: "AAAAAAAAAAAAAAAAAAAAAA" }, "GET")).status).toBe(404);
    const { id, editSecret } = await createSet(t.caller, seedProfileDocument());
    await t.caller.profileSet.update({ id, editSecret, baseVersion: 1, document: namedProfileDocument("Saved first") });
    const { status, body } = await call("profileSet.update", { id, editSecret, baseVersion: 1, document: seedProfileDocument() });
    expect(status).toBe(409);
    expect(body.error!.data.issues).toEqual([{ path: "baseVersion", message: "The profile set is now at version 2" }]);
    // A view link (no secret, or another's) is 403 naming editSecret; nothing changes.
    const before = await snapshotDatabase(t.db);
    const refused = await call("profileSet.update", {
      id,
      editSecret: "not-the-secret",
      baseVersion: 2,
      document: seedProfileDocument(),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error!.data.issues).toEqual([{ path: "editSecret", message: "Not an edit link of this profile set" }]);
    expect((await call("profileSet.delete", { id })).status).toBe(400);
    expect(await snapshotDatabase(t.db)).toEqual(before);
  });

  it("a valid call answers 200 with plain JSON: ISO timestamps and the isSeed flag", async () => {
    const { status, body } = await call("profileSet.list", { query: "analyst" }, "GET");
    expect(status).toBe(200);
    const items = (body.result!.data as { items: { name: string; isSeed: boolean; updatedAt: string }[] }).items;
    expect(items).toEqual([expect.objectContaining({ name: "Analyst assumptions, May 2025", isSeed: true })]);
    expect(new Date(items[0]!.updatedAt).toISOString()).toBe(items[0]!.updatedAt);
  });
});
