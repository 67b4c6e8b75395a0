import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_TERRITORY_CSV_BYTES,
  TERRITORY_CSV_COLUMNS,
  exportTerritoryCsv,
  neutraliseFormula,
  parseKm2Cell,
  parseTerritoryCsv,
  readCsvRecords,
  restoreFormula,
} from "@/server/domain/exchange/csv.ts";
import { recognisedBorders } from "@/server/domain/defaults.ts";
import { REGIONS, REGIONS_BY_NAME, type RegionId } from "@/server/domain/reference/regions.ts";
import { ScenarioDocument, Territory } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { validDocument } from "../../helpers/document-arbitrary.ts";
import { statusQuoDocument, withRegion } from "../../helpers/documents.ts";
import { BOM, col, editedExport, lineOf, problemsOf, rowsOf, setCell, territoryOf, toCsv } from "../../helpers/territory-csv.ts";

describe("exportTerritoryCsv", () => {
  const csv = exportTerritoryCsv(statusQuoDocument());

  it("starts with a UTF-8 BOM and the columns, and ends every line with CRLF", () => {
    expect(
      csv.startsWith(
        `${BOM}region_id,region,country,area_km2,russia_km2,ukraine_km2,contested_km2,unassigned_km2,zone,basis,status,note\r\n`,
      ),
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no bare LF or CR outside quoted cells (none in the seed's notes)
  });

  it("has one row per region, in the order a reader looks for them (Ukraine's then Russia's, by name)", () => {
    const [header, ...rows] = rowsOf(csv);
    expect(header).toEqual([...TERRITORY_CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(REGIONS_BY_NAME.map((r) => r.id));
    expect(rows.every((r) => r.length === TERRITORY_CSV_COLUMNS.length)).toBe(true);
  });

  it("writes Kharkiv in the status quo as checked by hand", () => {
    const line = csv.split("\r\n")[lineOf("UA-63") - 1];
    expect(line).toBe(
      'UA-63,Kharkiv Oblast,UA,31415,1150,30265,0,0,none,entered,estimate,"DeepState map, 1 May 2025 (OSINT estimate; share of region × official area): 3.66 % (range 1,120–1,165 km²), slivers along the Belgorod border."',
    );
  });

  it("writes the unassigned km² and an empty status cell for an unsourced region", () => {
    const doc = withRegion(statusQuoDocument(), "UA-30", { ukraineKm2: 800, status: null, note: "" });
    const kyiv = rowsOf(exportTerritoryCsv(doc)).find((r) => r[0] === "UA-30")!;
    expect(kyiv.slice(col("area_km2"))).toEqual(["839", "0", "800", "0", "39", "none", "entered", "", ""]);
  });

  it("quotes commas, quotes and line breaks (RFC 4180), and leaves HTML as plain text", () => {
    const doc = withRegion(withRegion(statusQuoDocument(), "UA-63", { note: 'He said "no", then\nleft' }), "UA-14", {
      note: "<script>alert(1)</script> <img src=x onerror=alert(1)>",
    });
    const text = exportTerritoryCsv(doc);
    expect(text).toContain(',"He said ""no"", then\nleft"\r\n');
    expect(text).toContain(",<script>alert(1)</script> <img src=x onerror=alert(1)>\r\n");
    expect(text).not.toContain("&lt;");
    const back = territoryOf(text);
    expect(back["UA-63"].note).toBe('He said "no", then\nleft');
    expect(back["UA-14"].note).toBe("<script>alert(1)</script> <img src=x onerror=alert(1)>");
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["'quoted already", "''quoted already"],
    ["plain note", "plain note"],
  ])("defuses a note starting %j as %s, and imports it back unchanged", (note, cell) => {
    const text = exportTerritoryCsv(withRegion(statusQuoDocument(), "UA-63", { note }));
    expect(text.split("\r\n")[lineOf("UA-63") - 1]!.endsWith(`,estimate,${cell}`)).toBe(true);
    expect(territoryOf(text)["UA-63"].note).toBe(note);
  });

  it("defuses formula starts in every text cell, including tab and carriage return", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "'"]) expect(neutraliseFormula(`${start}x`)).toBe(`'${start}x`);
    expect(neutraliseFormula("x=1")).toBe("x=1");
    expect(neutraliseFormula("")).toBe("");
    expect(restoreFormula("'=x")).toBe("=x");
    expect(restoreFormula("''x")).toBe("'x");
    expect(restoreFormula("'tis")).toBe("'tis"); // an apostrophe export would not have added stays
  });
});

describe("parseTerritoryCsv: round trips", () => {
  it.each(SEED_SCENARIOS.map((s) => [s.key, s]))("imports seed %s's table exactly as exported", (_key, seed) => {
    const doc = seed.document();
    // Every column is in the file, so the table being replaced does not matter.
    expect(territoryOf(exportTerritoryCsv(doc), recognisedBorders())).toEqual(doc.terms.territory);
    expect(territoryOf(exportTerritoryCsv(doc), doc.terms.territory)).toEqual(doc.terms.territory);
  });

  it("round-trips any valid table, notes with formulas, quotes and line breaks included (property)", () => {
    const nasty = fc
      .string({
        unit: fc.constantFrom("=", "+", "-", "@", "'", '"', ",", ";", "\t", "\r", "\n", " ", "a", "é", "€", "🇺🇦", "<", ">"),
        maxLength: 40,
      })
      .map((s) => s.trim());
    const withNotes = fc
      .tuple(validDocument, fc.array(fc.tuple(fc.constantFrom(...REGIONS.map((r) => r.id)), nasty), { maxLength: 6 }))
      .map(([doc, notes]) => {
        let next = doc;
        for (const [id, note] of notes) next = withRegion(next, id, { note });
        return ScenarioDocument.parse(next);
      });
    fc.assert(
      fc.property(withNotes, (doc) => {
        const text = exportTerritoryCsv(doc);
        for (const row of rowsOf(text)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(territoryOf(text)).toEqual(doc.terms.territory);
      }),
      { numRuns: 150 },
    );
  });
});

describe("parseTerritoryCsv: what it accepts", () => {
  it("reads LF or CR line ends, no BOM, blank lines, and a file without a final line end", () => {
    const doc = statusQuoDocument();
    const rows = rowsOf(exportTerritoryCsv(doc));
    expect(territoryOf(toCsv(rows, "\n"))).toEqual(doc.terms.territory);
    expect(territoryOf(toCsv(rows, "\r"))).toEqual(doc.terms.territory);
    expect(territoryOf(`\n${toCsv(rows, "\n\n")}\n\n`)).toEqual(doc.terms.territory);
    expect(territoryOf(toCsv(rows).replace(/\r\n$/, ""))).toEqual(doc.terms.territory);
  });

  it("reads columns in any order, names in any case, and ignores columns it does not use", () => {
    const doc = statusQuoDocument();
    const rows = rowsOf(exportTerritoryCsv(doc)).map((r) => [...r].reverse().concat("extra"));
    rows[0] = rows[0]!.map((h) =>
      h === "region_id" ? "Region ID" : h === "russia_km2" ? "RUSSIA_KM2" : h === "extra" ? "my comments" : h,
    );
    expect(territoryOf(toCsv(rows))).toEqual(doc.terms.territory);
  });

  it("needs only region_id and the three figures; zone, status and note then keep the current values", () => {
    const current = statusQuoDocument().terms.territory;
    const rows = [
      ["region_id", "russia_km2", "ukraine_km2", "contested_km2"],
      ...REGIONS.map((r) => [r.id, "0", String(r.areaKm2), "0"]),
    ];
    const territory = territoryOf(toCsv(rows), current);
    for (const r of REGIONS) {
      const id = r.id as RegionId;
      expect(territory[id]).toEqual({ ...current[id], russiaKm2: 0, ukraineKm2: r.areaKm2, contestedKm2: 0 });
    }
  });

  it("reads thousands separators, decimals, labels for zone and status, and an empty status as none given", () => {
    const text = editedExport((rows) => {
      let next = setCell(rows, "UA-63", "russia_km2", "1,150.5");
      next = setCell(next, "UA-63", "ukraine_km2", " 30,264.5 ");
      next = setCell(next, "UA-63", "zone", "Buffer zone");
      next = setCell(next, "UA-63", "status", "Estimate");
      next = setCell(next, "UA-14", "zone", "DEMILITARISED");
      next = setCell(next, "UA-14", "status", "");
      next = setCell(next, "UA-05", "zone", "");
      return next;
    });
    const t = territoryOf(text);
    expect(t["UA-63"]).toMatchObject({ russiaKm2: 1150.5, ukraineKm2: 30264.5, zone: "buffer", status: "estimate" });
    expect(t["UA-14"]).toMatchObject({ zone: "demilitarised", status: null });
    expect(t["UA-05"].zone).toBe("none");
  });

  it("returns a table that passes the Territory schema, without changing the current one", () => {
    const current = statusQuoDocument().terms.territory;
    const before = structuredClone(current);
    const territory = territoryOf(exportTerritoryCsv(SEED_SCENARIOS[1]!.document()), current);
    expect(Territory.safeParse(territory).success).toBe(true);
    expect(current).toEqual(before);
  });

  it.each([
    ["1150", 1150],
    ["1,150", 1150],
    ["1,150.25", 1150.25],
    ["12,345,678", 12345678],
    ["0", 0],
    ["-0", 0],
    ["0.5", 0.5],
    [".5", 0.5],
    ["7.", 7],
    ["1e3", 1000],
    ["2.5E-1", 0.25],
    ["  42  ", 42],
    ["-5", -5], // read; the schema then says it cannot be negative
  ])("reads the km² cell %j as %d", (cell, value) => {
    const parsed = parseKm2Cell(cell);
    expect(parsed).toEqual({ ok: true, value });
    if (parsed.ok) expect(Object.is(parsed.value, -0)).toBe(false);
  });

  it.each([
    ["", /Enter a number/],
    ["abc", /Not a number/],
    ["1.150,5", /Not a number/],
    ["11,50", /Not a number/],
    ["1,2345", /Not a number/],
    ["1 150", /Not a number/],
    [".", /Not a number/],
    ["-", /Not a number/],
    ["--1", /Not a number/],
    ["NaN", /Not a number/],
    ["Infinity", /Not a number/],
    ["1e999", /Not a finite number/],
    ["0x10", /Not a number/],
    ["=1+1", /Not a number/],
  ])("rejects the km² cell %j", (cell, message) => {
    const parsed = parseKm2Cell(cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("parseTerritoryCsv: bad files", () => {
  it("lists every problem with its line: a negative figure, an unknown region, a missing region, a row over its area", () => {
    const text = editedExport((rows) => {
      let next = setCell(rows, "UA-63", "russia_km2", "-5"); // Kharkiv
      next = setCell(next, "UA-14", "ukraine_km2", "26517"); // Donetsk: 18,562 + 26,517 > 26,517
      next = next.filter((r) => r[0] !== "UA-46"); // Lviv missing
      return [...next, ["UA-99", "Atlantis", "UA", "1", "0", "1", "0", "0", "none", "", ""]];
    });
    const problems = problemsOf(text);
    const lastLine = REGIONS.length + 1; // header + 29 regions + Atlantis
    expect(problems).toEqual([
      {
        line: lineOf("UA-14"),
        message: expect.stringMatching(
          /^Donetsk: Russia \+ Ukraine \+ contested = 45,079 km², more than Donetsk's area of 26,517 km²$/,
        ),
      },
      { line: lineOf("UA-63"), column: "russia_km2", message: "Kharkiv: Russia's km² can't be negative" },
      { line: lastLine, column: "region_id", message: 'Unknown region "UA-99"' },
      { line: 0, column: "region_id", message: "No row for Lviv (UA-46)" },
    ]);
  });

  it("reports each bad cell of a row, and a figure above the region's area", () => {
    const text = editedExport((rows) => {
      let next = setCell(rows, "UA-30", "russia_km2", "lots");
      next = setCell(next, "UA-30", "zone", "moat");
      next = setCell(next, "UA-30", "status", "rumour");
      next = setCell(next, "UA-40", "russia_km2", "900"); // Sevastopol is 864 km²
      return next;
    });
    expect(problemsOf(text)).toEqual([
      { line: lineOf("UA-30"), column: "russia_km2", message: 'Not a number: "lots" (write e.g. 1150 or 1,150.5)' },
      { line: lineOf("UA-30"), column: "zone", message: 'Unknown zone "moat"; use none, buffer, demilitarised' },
      {
        line: lineOf("UA-30"),
        column: "status",
        message: expect.stringMatching(/^Unknown status "rumour"; use reported, claimed/),
      },
      { line: lineOf("UA-40"), column: "russia_km2", message: "Sevastopol: Russia's km² can't exceed the region's 864 km²" },
      { line: lineOf("UA-40"), message: expect.stringMatching(/^Sevastopol: .*more than Sevastopol's area/) },
    ]);
  });

  it("reports a region listed twice, naming both lines, and a row without an id", () => {
    const text = editedExport((rows) => [...rows, rows.find((r) => r[0] === "UA-63")!, ["", "", "", "", "0", "0", "0"]]);
    expect(problemsOf(text)).toEqual([
      {
        line: REGIONS.length + 2,
        column: "region_id",
        message: `Kharkiv (UA-63) appears twice (also on line ${lineOf("UA-63")})`,
      },
      { line: REGIONS.length + 3, column: "region_id", message: "Missing the region id (e.g. UA-63)" },
    ]);
  });

  it("reports a note that is too long and a row with more cells than the header", () => {
    const text = editedExport((rows) =>
      setCell(rows, "UA-63", "note", "x".repeat(501)).map((r) => (r[0] === "UA-14" ? [...r, "surplus"] : r)),
    );
    expect(problemsOf(text)).toEqual([
      { line: lineOf("UA-14"), message: "13 cells, but the header names 12 columns" },
      { line: lineOf("UA-63"), column: "note", message: "Kharkiv: source note can't be longer than 500 characters" },
    ]);
  });

  it("names every required column that is missing, and stops there", () => {
    const rows = rowsOf(exportTerritoryCsv(statusQuoDocument())).map((r) =>
      r.filter((_, i) => i !== col("russia_km2") && i !== col("region_id")),
    );
    expect(problemsOf(toCsv(rows))).toEqual([
      { line: 1, column: "region_id", message: 'Missing the column "region_id"' },
      { line: 1, column: "russia_km2", message: 'Missing the column "russia_km2"' },
      { line: 1, message: "The first row must name the columns: at least region_id, russia_km2, ukraine_km2, contested_km2" },
    ]);
  });

  it("reports a column named twice", () => {
    const rows = rowsOf(exportTerritoryCsv(statusQuoDocument()));
    rows[0]![col("region")] = "zone";
    expect(problemsOf(toCsv(rows))[0]).toEqual({ line: 1, column: "zone", message: 'Column "zone" appears twice' });
  });

  it("rejects an empty file, a BOM alone, and a header without rows", () => {
    for (const text of ["", BOM, "\r\n\r\n"])
      expect(problemsOf(text)).toEqual([{ line: 1, message: "The file is empty; expected a header row and one row per region" }]);
    expect(problemsOf(`${TERRITORY_CSV_COLUMNS.join(",")}\r\n`)).toHaveLength(REGIONS.length);
  });

  it("rejects a file over 200 kB without reading it", () => {
    const text = exportTerritoryCsv(statusQuoDocument()).padEnd(MAX_TERRITORY_CSV_BYTES + 1, "\n");
    expect(problemsOf(text)).toEqual([
      {
        line: 0,
        message: expect.stringMatching(/^The file is 200,\d{3} bytes; a territory CSV is at most 200 kB \(200,000 bytes\)$/),
      },
    ]);
  });

  it("reports an unclosed quote at the line where the cell starts", () => {
    // The last row's note is quoted: drop its closing quote, and the cell runs to the end of the file.
    const text = exportTerritoryCsv(statusQuoDocument()).replace(/"\r\n$/, "\r\n");
    expect(problemsOf(text)).toEqual([{ line: lineOf("RU-KRS"), message: 'A quoted cell is never closed (a missing ")' }]);
    expect(readCsvRecords('a,"b\r\nc\r\n').problems).toEqual([
      { line: 1, message: 'A quoted cell is never closed (a missing ")' },
    ]);
  });

  it("never throws on arbitrary text: it returns problems, or a valid table (property)", () => {
    const file = exportTerritoryCsv(statusQuoDocument());
    const mutated = fc
      .tuple(
        fc.nat({ max: file.length }),
        fc.nat({ max: 30 }),
        fc.string({ unit: fc.constantFrom(",", '"', "\r", "\n", "-", "'", "1", "UA-63", " ", "x", "\uFEFF"), maxLength: 6 }),
      )
      .map(([at, cut, insert]) => file.slice(0, at) + insert + file.slice(at + cut));
    const csvish = fc
      .array(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              ...REGIONS.map((r) => r.id),
              "region_id",
              "russia_km2",
              "ukraine_km2",
              "contested_km2",
              "zone",
              "1,150",
              "-1",
              "",
            ),
            fc.string(),
          ),
          { maxLength: 12 },
        ),
        { maxLength: 40 },
      )
      .map((rows) => toCsv(rows));
    const current = statusQuoDocument().terms.territory;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), mutated, csvish), (text) => {
        const result = parseTerritoryCsv(text, current);
        if (result.ok) expect(Territory.safeParse(result.territory).success).toBe(true);
        else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(Number.isInteger(p.line) && p.line >= 0 && p.message.length > 0).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
