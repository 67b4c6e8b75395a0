import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExportButtons } from "@/app/_components/exchange/ExportButtons.tsx";
import { ImportScenarioButton } from "@/app/_components/exchange/ImportScenarioButton.tsx";
import { ImportTerritoryButton, describeCsvProblem } from "@/app/_components/exchange/ImportTerritoryButton.tsx";
import { ProblemAlert, SHOWN_PROBLEMS } from "@/app/_components/exchange/ProblemAlert.tsx";
import { TRPCProvider } from "@/app/_lib/trpc.tsx";
import { statusQuoDocument } from "../../helpers/documents.ts";

// Server-rendered markup only: what the controls are and how they are labelled. Choosing a file
// needs a browser; that test comes once the buttons are on the pages.

const decode = (s: string) =>
  s
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
const noop = () => undefined;

describe("ExportButtons", () => {
  it("renders the two export buttons", () => {
    const html = renderToString(createElement(ExportButtons, { doc: statusQuoDocument(), scenarioId: "abc" }));
    expect(html).toMatch(/<button type="button"[^>]*>Export JSON<\/button>/);
    expect(html).toMatch(/<button type="button"[^>]*>Export territory CSV<\/button>/);
  });
});

describe("ImportScenarioButton", () => {
  it("is a button, with the file input hidden behind it and labelled", () => {
    const html = renderToString(createElement(TRPCProvider, null, createElement(ImportScenarioButton, { onImported: noop })));
    expect(html).toMatch(/<button type="button" class="button"[^>]*>Import scenario…<\/button>/);
    const input = /<input[^>]*type="file"[^>]*>/.exec(html)?.[0] ?? "";
    expect(input).toContain('aria-label="Import a scenario file"');
    expect(input).toContain('accept=".json,application/json"');
    expect(input).toMatch(/ hidden=""/);
    expect(html).not.toContain('role="alert"');
  });
});

describe("ImportTerritoryButton", () => {
  it("is a button, with the file input hidden behind it and labelled, and a status line for the outcome", () => {
    const html = renderToString(
      createElement(ImportTerritoryButton, { territory: statusQuoDocument().terms.territory, onImport: noop }),
    );
    expect(html).toMatch(/<button type="button"[^>]*>Import territory CSV…<\/button>/);
    const input = /<input[^>]*type="file"[^>]*>/.exec(html)?.[0] ?? "";
    expect(input).toContain('aria-label="Import a territory CSV file"');
    expect(input).toContain('accept=".csv,text/csv"');
    expect(input).toMatch(/ hidden=""/);
    expect(html).toContain('role="status"');
  });

  it("can be disabled", () => {
    const html = renderToString(
      createElement(ImportTerritoryButton, { territory: statusQuoDocument().terms.territory, onImport: noop, disabled: true }),
    );
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Import territory CSV…/);
  });

  it("describes a problem by line and column, and a whole-file problem by its message", () => {
    expect(describeCsvProblem({ line: 9, column: "russia_km2", message: "Cannot be negative" })).toBe(
      "Line 9, russia_km2: Cannot be negative",
    );
    expect(describeCsvProblem({ line: 7, message: "Too much" })).toBe("Line 7: Too much");
    expect(describeCsvProblem({ line: 0, column: "region_id", message: "No row for Lviv (UA-46)" })).toBe(
      "No row for Lviv (UA-46)",
    );
  });
});

describe("ProblemAlert", () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => `problem ${i + 1}`);

  it("lists every problem when there are at most 20", () => {
    const html = renderToString(createElement(ProblemAlert, { title: "Nothing was imported.", problems: items(SHOWN_PROBLEMS) }));
    expect(html).toContain('role="alert"');
    expect(html.match(/<li>/g)).toHaveLength(SHOWN_PROBLEMS);
    expect(html).not.toContain("more");
  });

  it("lists the first 20 and counts the rest", () => {
    const html = decode(renderToString(createElement(ProblemAlert, { title: "Nothing was imported.", problems: items(25) })));
    expect(html.match(/<li>/g)).toHaveLength(20);
    expect(html).toContain("problem 20<");
    expect(html).not.toContain("problem 21<");
    expect(html).toMatch(/and <!-- -->5<!-- --> more <!-- -->problems/);
  });

  it("shows problem text as text, never as HTML", () => {
    const html = renderToString(
      createElement(ProblemAlert, { title: "<b>t</b>", problems: ['document.title: "<script>alert(1)</script>"'] }),
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
