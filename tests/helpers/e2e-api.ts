// The test server's API from Node, for browser tests that set up or check state around the page.
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { baseUrl } from "./e2e-browser.ts";

export interface ApiScenario {
  id: string;
  version: number;
  parentId: string | null;
  editSecret: string;
  document: ScenarioDocument;
}

export async function apiPost<T>(procedure: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl()}/api/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** The query's data, or the HTTP status when it failed. */
export async function apiGet<T>(procedure: string, input: unknown): Promise<{ status: number; data?: T }> {
  const response = await fetch(`${baseUrl()}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  if (!response.ok) return { status: response.status };
  return { status: response.status, data: ((await response.json()) as { result: { data: T } }).result.data };
}

export async function seedIdByTitle(prefix: string): Promise<string> {
  const { data } = await apiGet<{ items: { id: string; title: string }[] }>("scenario.list", { limit: 100 });
  const found = data?.items.find((s) => s.title.startsWith(prefix));
  if (!found) throw new Error(`No listed scenario titled "${prefix}…"`);
  return found.id;
}

/** An editable copy of a seed, as its author would have it (with the edit secret). */
export async function editableScenario(title: string, seedTitle = "Status quo"): Promise<ApiScenario> {
  return apiPost<ApiScenario>("scenario.fork", { id: await seedIdByTitle(seedTitle), title });
}
