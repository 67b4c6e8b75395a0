import { ImageResponse } from "next/og";
import { serverCaller } from "@/server/trpc/server-caller.ts";
import { headlineText } from "../_lib/previews.ts";

// The preview image of a shared scenario (?s=<id>) or comparison (?compare=<id>,<id>): title and
// headline figures. Text is laid out as text (satori), so a title containing markup stays inert.

export const dynamic = "force-dynamic";

const size = { width: 1200, height: 630 };

function card(lines: { heading: string; rows: string[] }) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        padding: 64,
        background: "#f6f8fa",
        color: "#1b1f24",
        fontSize: 36,
      }}
    >
      <div style={{ fontSize: 32, fontWeight: 700, color: "#59636e" }}>Parley</div>
      <div style={{ fontSize: 60, fontWeight: 700, marginTop: 24, lineHeight: 1.15, maxHeight: 210, overflow: "hidden" }}>
        {lines.heading}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: "auto" }}>
        {lines.rows.map((row) => (
          <div key={row} style={{ marginTop: 12, color: "#b4233c" }}>
            {row}
          </div>
        ))}
      </div>
    </div>,
    { ...size, headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } },
  );
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const caller = await serverCaller();
  try {
    const compare = url.searchParams.get("compare");
    if (compare) {
      const ids = compare.split(",").slice(0, 4);
      const result = await caller.scenario.compare({ ids });
      const row = result.comparison.groups[0]!.rows[1]!;
      return card({
        heading: `Compare: ${result.scenarios.map((s) => s.title).join(" · ")}`.slice(0, 160),
        rows: result.scenarios.map((s, i) => `${s.title.slice(0, 50)}: Russia holds ${row.cells[i]!.text} of Ukraine`),
      });
    }
    const scenario = await caller.scenario.get({ id: url.searchParams.get("s") ?? "" });
    return card({ heading: scenario.document.title.slice(0, 160), rows: [headlineText(scenario.document)] });
  } catch {
    return card({ heading: "A peace-talk scenario on Parley", rows: [] });
  }
}
