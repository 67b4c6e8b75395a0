import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "@/server/domain/exchange/json-syntax.ts";
import {
  MAX_SCENARIO_FILE_BYTES,
  SCENARIO_FILE_FORMAT,
  exportScenarioJson,
  parseScenarioFile,
} from "@/server/domain/exchange/json.ts";
import { utf8ByteLength } from "@/server/domain/exchange/text.ts";
import { CURRENT_SCHEMA_VERSION, ScenarioDocument } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { validDocument } from "../../helpers/document-arbitrary.ts";
import { REMOVE, statusQuoDocument, withRegion, withValueAt } from "../../helpers/documents.ts";

const EXPORTED_AT = "2025-06-01T12:00:00.000Z";

function problemsOf(text: string) {
  const result = parseScenarioFile(text);
  if (result.ok) throw new Error("Expected the file to be rejected");
  return result.problems;
}

function documentOf(text: string): ScenarioDocument {
  const result = parseScenarioFile(text);
  if (!result.ok) throw new Error(`Expected the file to import: ${JSON.stringify(result.problems)}`);
  return result.document;
}

/** An exported file, as a JSON value to break on purpose. */
const exported = (doc: ScenarioDocument = statusQuoDocument()) =>
  JSON.parse(exportScenarioJson(doc, { id: "abc123", exportedAt: EXPORTED_AT })) as Record<string, unknown>;

describe("exportScenarioJson", () => {
  it("wraps the document with the format, schema version, export time and source", () => {
    const doc = statusQuoDocument();
    const text = exportScenarioJson(doc, { id: "abc123", exportedAt: EXPORTED_AT });
    expect(JSON.parse(text)).toEqual({
      format: "parley-scenario",
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: EXPORTED_AT,
      source: { id: "abc123" },
      document: doc,
    });
    expect(Object.keys(JSON.parse(text))).toEqual(["format", "schemaVersion", "exportedAt", "source", "document"]);
    expect(text).toMatch(/^\{\n {2}"format": "parley-scenario",\n/); // pretty-printed
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("leaves out the source without an id, and stamps the current time without exportedAt", () => {
    const file = JSON.parse(exportScenarioJson(statusQuoDocument()));
    expect(file).not.toHaveProperty("source");
    expect(Math.abs(Date.parse(file.exportedAt) - Date.now())).toBeLessThan(60_000);
  });
});

describe("parseScenarioFile: round trips", () => {
  it.each(SEED_SCENARIOS.map((s) => [s.key, s]))("imports seed %s exactly as exported", (_key, seed) => {
    const doc = seed.document();
    expect(documentOf(exportScenarioJson(doc, { id: "x", exportedAt: EXPORTED_AT }))).toEqual(doc);
  });

  it("accepts a bare scenario document (no wrapper), as the API returns it", () => {
    const doc = statusQuoDocument();
    expect(documentOf(JSON.stringify(doc))).toEqual(doc);
  });

  it("accepts a file starting with a byte-order mark, and a compact (not pretty) file", () => {
    const doc = statusQuoDocument();
    expect(documentOf(`\uFEFF${exportScenarioJson(doc)}`)).toEqual(doc);
    expect(documentOf(JSON.stringify(exported(doc)))).toEqual(doc);
  });

  it("keeps HTML in the title and notes as plain text: exports are data, never escaped", () => {
    const doc = withRegion({ ...statusQuoDocument(), title: "<script>alert(1)</script>" }, "UA-63", {
      note: "<img src=x onerror=alert(1)>",
    });
    const text = exportScenarioJson(doc);
    expect(text).toContain('"title": "<script>alert(1)</script>"');
    expect(text).toContain('"note": "<img src=x onerror=alert(1)>"');
    const back = documentOf(text);
    expect(back.title).toBe("<script>alert(1)</script>");
    expect(back.terms.territory["UA-63"].note).toBe("<img src=x onerror=alert(1)>");
  });

  it("keeps formula-like notes, quotes, line breaks and non-Latin text unchanged (JSON needs no spreadsheet escaping)", () => {
    const notes = [
      '=HYPERLINK("http://example.com","x")',
      "+1",
      "-2",
      "@SUM(A1)",
      'He said "no", then\nleft',
      "Харків — 1 150 km²",
      "emoji 🇺🇦",
    ];
    let doc = statusQuoDocument();
    notes.forEach(
      (note, i) =>
        (doc = withRegion(doc, (["UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21"] as const)[i]!, { note })),
    );
    expect(documentOf(exportScenarioJson(doc))).toEqual(doc);
  });

  it("round-trips any valid document (property)", () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        // The schema keeps option sets in catalogue order; the generator does not (ScenarioDocument.parse sorts them).
        expect(documentOf(exportScenarioJson(doc, { id: "p", exportedAt: EXPORTED_AT }))).toEqual(ScenarioDocument.parse(doc));
      }),
      { numRuns: 150 },
    );
  });
});

describe("parseScenarioFile: bad files", () => {
  it("lists every schema problem, each at its dotted path in the file", () => {
    const file = exported();
    const broken = withValueAt(
      withValueAt(withValueAt(file, ["document", "terms", "territory", "UA-63", "russiaKm2"], -5), ["document", "title"], ""),
      ["document", "parties", 0, "role"],
      "emperor",
    );
    const problems = problemsOf(JSON.stringify(broken));
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "document.terms.territory.UA-63.russiaKm2", message: "Kharkiv: Russia's km² can't be negative" },
        { path: "document.title", message: "Title: Give the scenario a title" },
        { path: "document.parties.0.role", message: expect.stringMatching(/party.*mediator.*observer/) },
      ]),
    );
  });

  it("gives a bare document's problems at their paths from the root", () => {
    const problems = problemsOf(JSON.stringify(withRegion(statusQuoDocument(), "UA-14", { zone: "moat" })));
    expect(problems).toEqual([
      { path: "terms.territory.UA-14.zone", message: expect.stringMatching(/none.*buffer.*demilitarised/) },
    ]);
  });

  it("names missing keys, unknown keys, and a region whose figures exceed its area", () => {
    const file = exported();
    const broken = withValueAt(withValueAt(file, ["document", "summary"], REMOVE), ["document", "colour"], "red");
    const problems = problemsOf(JSON.stringify(broken));
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "document.summary", message: "Summary is missing" },
        { path: "document", message: expect.stringContaining('"colour"') },
      ]),
    );
    // The per-region sum rule runs once the figures themselves are valid.
    const sumOnly = problemsOf(
      JSON.stringify(withValueAt(file, ["document", "terms", "territory", "UA-63", "ukraineKm2"], 31415)),
    );
    expect(sumOnly).toEqual([
      { path: "document.terms.territory.UA-63", message: expect.stringMatching(/more than Kharkiv's area of 31,415 km²/) },
    ]);
  });

  it("rejects text that is not JSON with one problem naming the position", () => {
    const problems = problemsOf('{\n  "format": "parley-scenario",\n  "schemaVersion": 1,,\n}');
    expect(problems).toEqual([
      { path: "", message: expect.stringMatching(/^Not valid JSON at line 3, column 22 \(character 55\): /) },
    ]);
  });

  it.each([
    ["a trailing comma", '{"a": [1, 2,]}', 1, 13, /Trailing comma/],
    ["single quotes", "{'a': 1}", 1, 2, /property name in double quotes/],
    ["an unclosed string", '{"a": "b}', 1, 7, /never closed/],
    ["a truncated file", '{"a": {"b": 1}', 1, 15, /end of the file/],
    ["text after the value", '{"a": 1} x', 1, 10, /after the end/],
    ["NaN", '{"a": NaN}', 1, 7, /where a value should be/],
    ["True in capitals", '{"a": True}', 1, 7, /lower case/],
    ["a raw line break in a string", '{"a": "x\ny"}', 1, 9, /inside a string/],
    ["a leading zero", '{"a": 01}', 1, 8, /Invalid number/],
    ["a bad escape", '{"a": "\\x"}', 1, 8, /Invalid escape/],
    ["a missing colon", '{"a" 1}', 1, 6, /Expected ":"/],
    ["a missing comma", '{"a": 1 "b": 2}', 1, 9, /Expected "," or "}"/],
    ["an HTML page", "<!DOCTYPE html>", 1, 1, /"<"/],
  ])("says where %s breaks the JSON", (_label, text, line, column, message) => {
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem!.message).toContain(`line ${line}, column ${column} `);
    expect(problem!.message).toMatch(message);
  });

  it("agrees with JSON.parse about what is valid JSON (property)", () => {
    const nearlyJson = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.constantFrom("", ",", "]", "}", '"', ":", "\\", "-", "0", "e", " ", "\n", "\u0000", "t", "\uFEFF"),
      )
      .map(([json, at, cut, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), nearlyJson, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles deeply nested input without overflowing the stack", () => {
    expect(problemsOf("[".repeat(200_000))[0]!.message).toMatch(/end of the file/);
    expect(findJsonSyntaxError(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)).toBeNull();
  });

  it("rejects an empty file and JSON that is not an object", () => {
    expect(problemsOf("")).toEqual([{ path: "", message: "The file is empty" }]);
    expect(problemsOf(" \n\t")).toEqual([{ path: "", message: "The file is empty" }]);
    expect(problemsOf("[]")[0]!.message).toMatch(/a JSON object.*found a list/);
    expect(problemsOf("null")[0]!.message).toMatch(/found null/);
    expect(problemsOf('"scenario"')[0]!.message).toMatch(/found "scenario"/);
  });

  it("rejects another program's file by its format", () => {
    expect(problemsOf(JSON.stringify({ ...exported(), format: "other-app" }))).toEqual([
      { path: "format", message: `Not a Parley scenario file: format is "other-app", expected "${SCENARIO_FILE_FORMAT}"` },
    ]);
    const { format: _format, ...noFormat } = exported();
    expect(problemsOf(JSON.stringify(noFormat))).toEqual([
      { path: "format", message: expect.stringMatching(/^Missing "format"/) },
    ]);
  });

  it("rejects a file from a newer build with one clear message, whichever version field says so", () => {
    const message = /newer version of Parley \(schema version 3\); this version reads schema versions up to 2\. Update Parley/;
    // A newer build may have changed anything else too: no schema problems are listed beside it.
    const newer = {
      ...exported(),
      schemaVersion: 3,
      document: { ...(exported().document as object), schemaVersion: 3, newTerm: {} },
    };
    expect(problemsOf(JSON.stringify(newer))).toEqual([{ path: "schemaVersion", message: expect.stringMatching(message) }]);
    const newerDocument = withValueAt(exported(), ["document", "schemaVersion"], 3);
    expect(problemsOf(JSON.stringify(newerDocument))).toEqual([
      { path: "document.schemaVersion", message: expect.stringMatching(message) },
    ]);
    expect(problemsOf(JSON.stringify({ ...statusQuoDocument(), schemaVersion: 3 }))).toEqual([
      { path: "schemaVersion", message: expect.stringMatching(message) },
    ]);
  });

  it.each([
    ["missing", undefined, /^Missing the schema version$/],
    ["0", 0, /found 0$/],
    ["1.5", 1.5, /found 1\.5$/],
    ['"1"', "1", /found "1"$/],
  ])("rejects a document schemaVersion that is %s", (_label, version, message) => {
    const file = exported();
    const doc = { ...(file.document as object), schemaVersion: version };
    expect(problemsOf(JSON.stringify({ ...file, document: doc }))).toEqual([
      { path: "document.schemaVersion", message: expect.stringMatching(message) },
    ]);
  });

  it("rejects a wrapper without a schema version, or one that contradicts its document", () => {
    const { schemaVersion: _v, ...unversioned } = exported();
    expect(problemsOf(JSON.stringify(unversioned))).toEqual([{ path: "schemaVersion", message: "Missing the schema version" }]);
    const doc = { ...(exported().document as object), schemaVersion: undefined };
    expect(problemsOf(JSON.stringify({ ...exported(), document: doc }))).toEqual([
      { path: "document.schemaVersion", message: "Missing the schema version" },
    ]);
  });

  it("rejects a wrapper without a document", () => {
    expect(problemsOf(JSON.stringify({ format: SCENARIO_FILE_FORMAT, schemaVersion: 1 }))).toEqual([
      { path: "document", message: "Missing the scenario (document)" },
    ]);
    expect(problemsOf(JSON.stringify({ format: SCENARIO_FILE_FORMAT, schemaVersion: 1, document: [] }))[0]).toMatchObject({
      path: "document",
    });
  });

  it("rejects a file over 1 MB, counting UTF-8 bytes", () => {
    const padded = exportScenarioJson(statusQuoDocument()).replace(/\n$/, " ".repeat(MAX_SCENARIO_FILE_BYTES));
    expect(problemsOf(padded)).toEqual([
      {
        path: "",
        message: expect.stringMatching(/^The file is 1,0\d\d,\d\d\d bytes; a scenario file is at most 1 MB \(1,000,000 bytes\)$/),
      },
    ]);
    // 500,001 two-byte characters: fewer than a million characters, more than a million bytes.
    expect(problemsOf(JSON.stringify({ ...statusQuoDocument(), summary: "é".repeat(500_001) }))[0]!.message).toMatch(
      /at most 1 MB/,
    );
    // Just under the limit is read (and then judged on its content).
    const under = exportScenarioJson(statusQuoDocument());
    const exactlyMax = under + " ".repeat(MAX_SCENARIO_FILE_BYTES - utf8ByteLength(under));
    expect(utf8ByteLength(exactlyMax)).toBe(MAX_SCENARIO_FILE_BYTES);
    expect(documentOf(exactlyMax)).toEqual(statusQuoDocument());
    expect(problemsOf(`${exactlyMax} `)[0]!.message).toMatch(/^The file is 1,000,001 bytes/);
  });

  it("never throws on arbitrary text: it returns problems (property)", () => {
    const file = exportScenarioJson(statusQuoDocument());
    const mutated = fc
      .tuple(fc.nat({ max: file.length }), fc.nat({ max: 20 }), fc.string({ maxLength: 8 }))
      .map(([at, cut, insert]) => file.slice(0, at) + insert + file.slice(at + cut));
    const jsonValues = fc.oneof(
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ format: SCENARIO_FILE_FORMAT, schemaVersion: 1, document: v })),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), mutated, jsonValues), (text) => {
        const result = parseScenarioFile(text);
        if (result.ok) expect(result.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
        else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems)
            expect(typeof p.path === "string" && typeof p.message === "string" && p.message.length > 0).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("does not let __proto__ keys in a file reach an object's prototype", () => {
    const text = exportScenarioJson(statusQuoDocument()).replace(
      '"document": {',
      '"document": {"__proto__": {"polluted": true},',
    );
    const problems = problemsOf(text);
    expect(problems).toEqual([{ path: "document", message: expect.stringContaining("__proto__") }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
