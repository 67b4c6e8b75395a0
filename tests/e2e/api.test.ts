// The tRPC API over real HTTP, against the production build served by global-setup.ts.
import { describe, expect, inject, it } from "vitest";

const SEED_TITLES = [
  "U.S. proposal (April 2025)",
  "Ukraine and Europe's counter-proposal (April 2025)",
  "Russia's conditions (June 2024, with the buffer zone of May 2025)",
  "Status quo, early May 2025",
];

interface TrpcError {
  error: { message: string; code: number; data: { code: string; httpStatus: number; issues: { path: string; message: string }[] | null } };
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

  it("scenario.list returns the four seed scenarios", async () => {
    const response = await query("scenario.list", {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { items: { id: string; title: string; isSeed: boolean }[]; nextCursor: string | null } } };
    // The database is shared by the e2e files: other files may have added scenarios of their own
    // (newest first; the seeds stay on this first page of 20 as long as they add fewer than 17).
    const seeds = body.result.data.items.filter((item) => item.isSeed);
    expect(seeds.map((item) => item.title).sort()).toEqual([...SEED_TITLES].sort());
  });

  it("scenario.create rejects an invalid document with 400 and a message naming the field", async () => {
    // A real seed document, made invalid in one field only.
    const list = (await (await query("scenario.list", { limit: 100 })).json()) as { result: { data: { items: { id: string; isSeed: boolean }[] } } };
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

    // Nothing was created.
    const after = (await (await query("scenario.list", { limit: 100 })).json()) as { result: { data: { items: unknown[] } } };
    expect(after.result.data.items).toHaveLength(list.result.data.items.length);
  });

  it("scenario.create rejects a body that is not a scenario at all", async () => {
    const response = await mutate("scenario.create", { title: "no document" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as TrpcError;
    expect(body.error.message).toMatch(/document/);
  });

  it("scenario.get of an unknown id answers 404", async () => {
    const response = await query("scenario.get", { id: "no-such-scenario" });
    expect(response.status).toBe(404);
    const body = (await response.json()) as TrpcError;
    expect(body.error.data.code).toBe("NOT_FOUND");
    expect(body.error.message).toContain("no-such-scenario");
  });
});
