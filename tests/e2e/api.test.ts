// The tRPC API over real HTTP, against the production build served by global-setup.ts.
import { describe, expect, inject, it } from "vitest";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";

const SEED_TITLES = SEED_SCENARIOS.map((s) => s.document().title);

interface TrpcError {
  error: {
    message: string;
    code: number;
    data: { code: string; httpStatus: number; issues: { path: string; message: string }[] | null };
  };
}

const baseUrl = inject("baseUrl");

function query(procedure: string, input?: unknown): Promise<Response> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return fetch(`${baseUrl}/api/trpc/${procedure}${search}`);
}

function mutate(procedure: string, input: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
}

describe("tRPC over HTTP", () => {
  it("catalog.get lists the 30 regions", async () => {
    const response = await query("catalog.get");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await response.json()) as { result: { data: { regions: { id: string }[] } } };
    expect(body.result.data.regions).toHaveLength(30);
  });

  it("scenario.list returns the seed scenarios", async () => {
    const response = await query("scenario.list", { limit: 100 });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { items: { id: string; title: string; isSeed: boolean }[]; nextCursor: string | null } };
    };
    // The database is shared by the e2e files: other files may have added scenarios of their own
    // (newest first; the seeds stay on this first page of 100 as long as they add few).
    const seeds = body.result.data.items.filter((item) => item.isSeed);
    expect(seeds.map((item) => item.title).sort()).toEqual([...SEED_TITLES].sort());
  });

  it("scenario.create rejects an invalid document with 400 and a message naming the field", async () => {
    // A real seed document, made invalid in one field only.
    const list = (await (await query("scenario.list", { limit: 100 })).json()) as {
      result: { data: { items: { id: string; isSeed: boolean }[] } };
    };
    const seedId = list.result.data.items.find((item) => item.isSeed)!.id;
    const seed = (await (await query("scenario.get", { id: seedId })).json()) as {
      result: { data: { document: Record<string, unknown> } };
    };
    const document = { ...seed.result.data.document, title: "x".repeat(201) };

    const response = await mutate("scenario.create", { document });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await response.json()) as TrpcError;
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain("document.title");
    expect(body.error.data.issues).toContainEqual({ path: "document.title", message: expect.any(String) });

    // Nothing was created (the list shows only published scenarios, and a created one would be
    // unlisted: tests/integration/bad-input.test.ts compares the whole database instead).
    const after = (await (await query("scenario.list", { limit: 100 })).json()) as { result: { data: { items: unknown[] } } };
    expect(after.result.data.items).toHaveLength(list.result.data.items.length);
  });

  it("scenario.create rejects a body that is not a scenario at all", async () => {
    const response = await mutate("scenario.create", { title: "no document" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as TrpcError;
    expect(body.error.message).toMatch(/document/);
  });

  it("capability links: fork returns the edit secret once; update needs it (400 without, 403 wrong, 200 right); the seed stays read-only", async () => {
    interface Data<T> {
      result: { data: T };
    }
    interface Scenario {
      id: string;
      version: number;
      parentId: string | null;
      published: boolean;
      readOnly: boolean;
      document: Record<string, unknown>;
      editSecret?: string | null;
    }
    const list = async () =>
      ((await (await query("scenario.list", { limit: 100 })).json()) as Data<{ items: { id: string; isSeed: boolean }[] }>).result
        .data.items;
    const seedId = (await list()).find((item) => item.isSeed)!.id;
    const seed = ((await (await query("scenario.get", { id: seedId })).json()) as Data<Scenario>).result.data;
    expect(seed).toMatchObject({ readOnly: true, published: true });

    const forked = await mutate("scenario.fork", { id: seedId, title: "API capability fork" });
    expect(forked.status).toBe(200);
    const fork = ((await forked.json()) as Data<Scenario>).result.data;
    expect(fork).toMatchObject({
      parentId: seedId,
      version: 1,
      readOnly: false,
      published: false,
      editSecret: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    const editSecret = fork.editSecret!;
    // Only the body of fork carried it: reading the scenario back does not.
    const read = await (await query("scenario.get", { id: fork.id })).text();
    expect(read).not.toContain(editSecret);
    expect((await list()).map((item) => item.id)).not.toContain(fork.id);

    const document = { ...fork.document, title: "API capability fork, edited" };
    const missing = await mutate("scenario.update", { id: fork.id, baseVersion: 1, document });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as TrpcError).error.data.issues).toEqual([
      { path: "editSecret", message: expect.any(String) },
    ]);
    for (const wrong of ["AAAAAAAAAAAAAAAAAAAAAA", fork.id]) {
      const refused = await mutate("scenario.update", { id: fork.id, editSecret: wrong, baseVersion: 1, document });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as TrpcError).error.data).toMatchObject({
        code: "FORBIDDEN",
        httpStatus: 403,
        issues: [{ path: "editSecret", message: expect.any(String) }],
      });
    }
    // The fork's secret does not open the seed.
    const onSeed = await mutate("scenario.update", { id: seedId, editSecret, baseVersion: seed.version, document });
    expect(onSeed.status).toBe(403);
    expect(((await (await query("scenario.get", { id: seedId })).json()) as Data<Scenario>).result.data).toEqual(seed);

    const saved = await mutate("scenario.update", { id: fork.id, editSecret, baseVersion: 1, document });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Data<Scenario>).result.data).toMatchObject({
      version: 2,
      readOnly: false,
      document: { title: "API capability fork, edited" },
    });

    // Publishing lists it; unpublishing takes it off again (other files share this database).
    expect((await mutate("scenario.setPublished", { id: fork.id, editSecret, published: true })).status).toBe(200);
    expect((await list()).map((item) => item.id)).toContain(fork.id);
    expect((await mutate("scenario.setPublished", { id: fork.id, editSecret, published: false })).status).toBe(200);
    expect((await list()).map((item) => item.id)).not.toContain(fork.id);

    // A new secret revokes the old one.
    const rotated = (
      (await (await mutate("scenario.rotateEditSecret", { id: fork.id, editSecret })).json()) as Data<{
        id: string;
        editSecret: string;
      }>
    ).result.data;
    expect(rotated.editSecret).not.toBe(editSecret);
    expect((await mutate("scenario.delete", { id: fork.id, editSecret })).status).toBe(403);
    expect((await mutate("scenario.delete", { id: fork.id, editSecret: rotated.editSecret })).status).toBe(200);
    expect((await query("scenario.get", { id: fork.id })).status).toBe(404);
  });

  it("scenario.get of an unknown id answers 404", async () => {
    const response = await query("scenario.get", { id: "no-such-scenario" });
    expect(response.status).toBe(404);
    const body = (await response.json()) as TrpcError;
    expect(body.error.data.code).toBe("NOT_FOUND");
    expect(body.error.message).toContain("no-such-scenario");
  });
});
