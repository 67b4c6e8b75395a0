import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRevision, DEFLATE, encodeRevision } from "@/server/db/revision-codec.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";

describe("the compact revision codec", () => {
  it("gives back exactly the JSON it was given, whatever the text (any Unicode, empty, long)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 5000 }), (text) => {
        const encoded = encodeRevision(text);
        expect(encoded.encoding).toBe(DEFLATE);
        expect(encoded.document).toBeNull();
        expect(decodeRevision(encoded)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("stores a real scenario in under a third of its JSON", () => {
    for (const seed of SEED_SCENARIOS) {
      const json = JSON.stringify(seed.document());
      const encoded = encodeRevision(json);
      expect(encoded.body!.byteLength).toBeLessThan(Buffer.byteLength(json) / 3);
      expect(decodeRevision(encoded)).toBe(json);
    }
  });

  it("reads rows written before compression as they are", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        (text) => decodeRevision({ document: text, body: null, encoding: "text" }) === text,
      ),
    );
  });

  it("refuses a row whose encoding and columns disagree, or an encoding it does not know, naming it", () => {
    expect(() => decodeRevision({ document: null, body: null, encoding: "text" })).toThrow(
      /encoding "text" without its document/,
    );
    expect(() => decodeRevision({ document: "{}", body: null, encoding: DEFLATE })).toThrow(/without its body/);
    expect(() => decodeRevision({ document: null, body: new Uint8Array([1, 2]), encoding: "zstd" })).toThrow(/encoding "zstd"/);
  });
});
