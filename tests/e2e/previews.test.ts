// Link previews: Open Graph and Twitter metadata and a generated image for scenario and compare
// links; a hostile title stays text in the metadata and the image.
import { describe, expect, it } from "vitest";
import { baseUrl } from "../helpers/e2e-browser.ts";

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>`;

async function trpc<T>(path: string, body: unknown): Promise<T> {
  const r = await fetch(`${baseUrl()}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return ((await r.json()) as { result: { data: T } }).result.data;
}

describe("link previews", () => {
  it("describe a scenario with its title and headline, and render a preview image", async () => {
    const list = (await (await fetch(`${baseUrl()}/api/trpc/scenario.list`)).json()) as {
      result: { data: { items: { id: string; title: string }[] } };
    };
    const seed = list.result.data.items.find((s) => s.title.startsWith("Status quo"))!;
    const fork = await trpc<{ id: string }>("scenario.fork", { id: seed.id, title: HOSTILE });

    const html = await (await fetch(`${baseUrl()}/s/${fork.id}`)).text();
    expect(html).toContain('property="og:title"');
    expect(html).toMatch(/<meta property="og:description" content="Russia holds [\d,]+ km², [\d.]+% of Ukraine"\/>/);
    expect(html).toContain('name="twitter:card" content="summary_large_image"');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain("<img src=x");
    const image = html.match(/property="og:image" content="([^"]+)"/)![1]!;

    for (const url of [new URL(image).pathname + new URL(image).search, `/preview?compare=${seed.id},${fork.id}`]) {
      const response = await fetch(`${baseUrl()}${url.replaceAll("&amp;", "&")}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
      expect(bytes.length).toBeGreaterThan(5000);
    }
    const compareHtml = await (await fetch(`${baseUrl()}/compare?ids=${seed.id},${fork.id}`)).text();
    expect(compareHtml).toMatch(/property="og:image" content="[^"]*\/preview\?compare=/);
  });
});
