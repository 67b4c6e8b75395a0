import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "@/server/domain/diff.ts";
import { TERM_SPECS } from "@/server/domain/catalog.ts";
import { getTerm } from "@/server/domain/edit.ts";
import { CURRENT_SCHEMA_VERSION } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { parseStoredDocument, StoredDocumentError, UPGRADES, upgradeDocument } from "@/server/domain/versioning.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

// Stored documents of every schema version load through the upgrade path; anything else fails
// with a StoredDocumentError. The version-1 fixture holds documents exactly as version 1 stored them
// (the four seeds and a user's edit, written by the build before schema 2).

const STORED_V1: string[] = JSON.parse(
  readFileSync(new URL("../../fixtures/schema-v1/stored-documents.json", import.meta.url), "utf8"),
);

function storedError(read: () => unknown): StoredDocumentError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(StoredDocumentError);
    return error as StoredDocumentError;
  }
  throw new Error("Expected a StoredDocumentError");
}

describe("parseStoredDocument", () => {
  it.each(SEED_SCENARIOS.map((s) => [s.key, s]))("round-trips seed %s through JSON", (_key, seed) => {
    const document = seed.document();
    expect(parseStoredDocument(JSON.stringify(document))).toEqual(document);
  });

  it.each([
    ["not JSON", "{"],
    ["empty", ""],
    ["truncated", JSON.stringify(statusQuoDocument()).slice(0, -1)],
  ])("rejects %s text as invalid JSON", (_label, text) => {
    expect(storedError(() => parseStoredDocument(text)).message).toMatch(/not valid JSON/);
  });

  it.each([
    ["null", "null"],
    ["an array", "[]"],
    ["a number", "1"],
    ["a string", '"doc"'],
  ])("rejects %s as not an object", (_label, text) => {
    expect(storedError(() => parseStoredDocument(text)).message).toMatch(/not an object/);
  });

  it.each([
    ["missing", undefined, "undefined"],
    ["0", 0, "0"],
    ["negative", -1, "-1"],
    ["non-integer", 1.5, "1.5"],
    ["a string", "1", '"1"'],
    ["null", null, "null"],
  ])("rejects a schemaVersion that is %s, quoting it", (_label, schemaVersion, shown) => {
    const text = JSON.stringify({ ...statusQuoDocument(), schemaVersion });
    expect(storedError(() => parseStoredDocument(text)).message).toMatch(
      new RegExp(`no valid schemaVersion \\(found ${shown.replace(/[.]/g, "\\.")}\\)`),
    );
  });

  it("rejects a document written by a newer build", () => {
    const text = JSON.stringify({ ...statusQuoDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    const message = storedError(() => parseStoredDocument(text)).message;
    expect(message).toContain(`schemaVersion ${CURRENT_SCHEMA_VERSION + 1}`);
    expect(message).toContain(`reads up to ${CURRENT_SCHEMA_VERSION}`);
  });

  it("rejects a current-version document that fails the schema, with the first issue's message", () => {
    const doc = statusQuoDocument();
    doc.terms.territory["UA-63"].russiaKm2 = -5;
    const message = storedError(() => parseStoredDocument(JSON.stringify(doc))).message;
    expect(message).toMatch(new RegExp(`does not match schemaVersion ${CURRENT_SCHEMA_VERSION}: Cannot be negative`));
  });
});

describe("upgradeDocument", () => {
  it("is at version 2 with one upgrade step, from version 1", () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(Object.keys(UPGRADES)).toEqual(["1"]);
  });

  it.each(STORED_V1.map((text) => [JSON.parse(text).title as string, text]))(
    "loads the stored version-1 document %s with every value kept",
    (_title, text) => {
      const v1 = JSON.parse(text);
      expect(v1.schemaVersion).toBe(1);
      const upgraded = parseStoredDocument(text);
      expect(upgraded.schemaVersion).toBe(2);
      expect(upgraded.title).toBe(v1.title);
      expect(upgraded.summary).toBe(v1.summary);
      expect(upgraded.parties).toEqual(v1.parties);
      expect(upgraded.context).toEqual({
        date: null,
        dateKind: "put_forward",
        proposedBy: [],
        answers: null,
        confidence: null,
        sources: "",
      });
      for (const [id, row] of Object.entries(v1.terms.territory as Record<string, object>)) {
        expect(upgraded.terms.territory[id as "UA-63"]).toEqual({ ...row, basis: "entered" });
      }
      for (const [issue, group] of Object.entries(v1.terms as Record<string, Record<string, unknown>>)) {
        if (issue === "territory") continue;
        for (const [key, term] of Object.entries(group)) expect(getTerm(upgraded, `${issue}.${key}`)).toEqual(term);
      }
      const added = TERM_SPECS.filter((spec) => v1.terms[spec.id.split(".")[0]!]?.[spec.id.split(".")[1]!] === undefined);
      expect(added.length).toBeGreaterThan(15);
      for (const spec of added) expect(getTerm(upgraded, spec.id)).toEqual({ value: null, status: null, note: "" });
    },
  );

  it("upgrades a version-1 seed to the document the current seed code builds, but for the new fields", () => {
    const v1 = parseStoredDocument(STORED_V1[1]!);
    const current = SEED_SCENARIOS.find((s) => s.key === "us-proposal-2025-04")!.document();
    const differing = diffDocuments(v1, current).map((c) => c.id);
    expect(differing.every((id) => id.startsWith("context.") || id.endsWith(".basis"))).toBe(true);
  });

  it("runs no upgrade for a document already at the current version", () => {
    const calls: number[] = [];
    const upgrades = Object.fromEntries(
      Array.from({ length: CURRENT_SCHEMA_VERSION + 2 }, (_, v) => [
        v,
        (doc: Record<string, unknown>) => (calls.push(v), { ...doc, schemaVersion: v + 1 }),
      ]),
    );
    const document = statusQuoDocument();
    expect(upgradeDocument(structuredClone(document), upgrades)).toEqual(document);
    expect(calls).toEqual([]);
  });

  it("with an empty upgrades map, a current document still loads (no 'No upgrade from' error)", () => {
    expect(() => upgradeDocument(statusQuoDocument(), {})).not.toThrow();
  });

  it("validates after upgrading: unknown keys are not silently dropped", () => {
    const message = storedError(() => upgradeDocument({ ...statusQuoDocument(), legacyField: true }, {})).message;
    expect(message).toMatch(/does not match schemaVersion 2/);
  });

  it("rejects versions below 1 before consulting the upgrades map", () => {
    const calls: number[] = [];
    const upgrades = { 0: (doc: Record<string, unknown>) => (calls.push(0), { ...doc, schemaVersion: 1 }) };
    expect(storedError(() => upgradeDocument({ ...statusQuoDocument(), schemaVersion: 0 }, upgrades)).message).toMatch(
      /no valid schemaVersion/,
    );
    expect(calls).toEqual([]);
  });

  it("does not mutate its input", () => {
    const raw = statusQuoDocument() as unknown as Record<string, unknown>;
    const copy = structuredClone(raw);
    upgradeDocument(raw);
    expect(raw).toEqual(copy);
  });
});
