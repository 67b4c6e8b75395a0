// Pages sent again from memory (server/serve/page-cache.ts), against the real server on its SQLite
// file: a page is rendered once, sent again while nothing changed, and rendered afresh after a save.
import { describe, expect, it } from "vitest";
import { PAGE_CACHE_HEADER } from "@/server/serve/page-cache.ts";
import { apiPost, editableScenario, type ApiScenario } from "../helpers/e2e-api.ts";
import { baseUrl } from "../helpers/e2e-browser.ts";

/** A browser's navigation to `path`: what the cache answers (the first byte of the HTML) and the HTML. */
async function navigate(path: string): Promise<{ cache: string | null; html: string }> {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { accept: "text/html", "accept-encoding": "gzip" } });
  expect(response.status).toBe(200);
  return { cache: response.headers.get(PAGE_CACHE_HEADER), html: await response.text() };
}

/**
 * The page, once it came from the cache. Other test files save on the same server meanwhile, and
 * any save empties the cache: a few tries, each a render then the same address again.
 */
async function cached(path: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await navigate(path);
    const again = await navigate(path);
    if (again.cache === "hit") return again.html;
  }
  throw new Error(`${path} never came from the cache`);
}

describe("the page cache", () => {
  it("renders a scenario page once, sends it again, and renders it afresh after a save", async () => {
    const scenario = await editableScenario("Cached once");
    const path = `/s/${scenario.id}`;
    expect(await navigate(path)).toMatchObject({ cache: "miss" });
    expect(await cached(path)).toContain("Cached once");

    const saved = await apiPost<ApiScenario>("scenario.update", {
      id: scenario.id,
      editSecret: scenario.editSecret,
      baseVersion: scenario.version,
      document: { ...scenario.document, title: "Saved since" },
    });
    expect(saved.version).toBe(scenario.version + 1);
    const after = await navigate(path);
    expect(after.cache).toBe("miss");
    expect(after.html).toContain("Saved since");
    expect(after.html).not.toContain("Cached once");
  });

  it("keeps each address apart, query included", async () => {
    const [a, b] = [await editableScenario("Compared A"), await editableScenario("Compared B")];
    const forward = await cached(`/compare?ids=${a.id},${b.id}`);
    expect(forward.indexOf("Compared A")).toBeLessThan(forward.indexOf("Compared B"));
    const swapped = await navigate(`/compare?ids=${b.id},${a.id}`);
    expect(swapped.cache).toBe("miss");
    expect(swapped.html.indexOf("Compared B")).toBeLessThan(swapped.html.indexOf("Compared A"));
  });
});
