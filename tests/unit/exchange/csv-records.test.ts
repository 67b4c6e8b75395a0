import { describe, expect, it } from "vitest";
import { readCsvRecords } from "@/server/domain/exchange/csv.ts";

// The CSV reader under the territory import: RFC 4180 records, numbered by the line they start on.

describe("readCsvRecords", () => {
  it("undoes RFC 4180 quoting and numbers records by the line they start on", () => {
    const { records, problems } = readCsvRecords('a,"b ""c"", d"\r\n"multi\r\nline",x\r\n\r\nlast,\r\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ["a", 'b "c", d'] },
      { line: 2, cells: ["multi\r\nline", "x"] },
      { line: 5, cells: ["last", ""] },
    ]);
  });

  it("reports text after a closing quote and keeps reading", () => {
    const { records, problems } = readCsvRecords('"a"b,c\nd,e');
    expect(problems).toEqual([{ line: 1, message: expect.stringMatching(/^Text after a closing quote/) }]);
    expect(records).toEqual([
      { line: 1, cells: ["ab", "c"] },
      { line: 2, cells: ["d", "e"] },
    ]);
  });
});
