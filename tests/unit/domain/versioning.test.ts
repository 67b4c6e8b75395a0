import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION } from "@/server/domain/scenario.ts";
import { SEED_SCENARIOS } from "@/server/domain/seeds/index.ts";
import { parseStoredDocument, StoredDocumentError, UPGRADES, upgradeDocument } from "@/server/domain/versioning.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

// With CURRENT_SCHEMA_VERSION = 1 and versions below 1 rejected, no stored document can need an
// upgrade yet: the step loop cannot run. These tests pin what is observable now: current documents
// load without any upgrade being called, and everything else fails with a StoredDocumentError.

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

  it.each([["not JSON", "{"], ["empty", ""], ["truncated", JSON.stringify(statusQuoDocument()).slice(0, -1)]])(
    "rejects %s text as invalid JSON",
    (_label, text) => {
      expect(storedError(() => parseStoredDocument(text)).message).toMatch(/not valid JSON/);
    },
  );

  it.each([["null", "null"], ["an array", "[]"], ["a number", "1"], ["a string", '"doc"']])("rejects %s as not an object", (_label, text) => {
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
    expect(storedError(() => parseStoredDocument(text)).message).toMatch(new RegExp(`no valid schemaVersion \\(found ${shown.replace(/[.]/g, "\\.")}\\)`));
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
  it("is at version 1 with no upgrade steps registered", () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    expect(Object.keys(UPGRADES)).toEqual([]);
  });

  it("runs no upgrade for a document already at the current version", () => {
    const calls: number[] = [];
    const upgrades = Object.fromEntries(
      Array.from({ length: CURRENT_SCHEMA_VERSION + 2 }, (_, v) => [v, (doc: Record<string, unknown>) => (calls.push(v), { ...doc, schemaVersion: v + 1 })]),
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
    expect(message).toMatch(/does not match schemaVersion 1/);
  });

  it("rejects versions below 1 before consulting the upgrades map", () => {
    const calls: number[] = [];
    const upgrades = { 0: (doc: Record<string, unknown>) => (calls.push(0), { ...doc, schemaVersion: 1 }) };
    expect(storedError(() => upgradeDocument({ ...statusQuoDocument(), schemaVersion: 0 }, upgrades)).message).toMatch(/no valid schemaVersion/);
    expect(calls).toEqual([]);
  });

  it("does not mutate its input", () => {
    const raw = statusQuoDocument() as unknown as Record<string, unknown>;
    const copy = structuredClone(raw);
    upgradeDocument(raw);
    expect(raw).toEqual(copy);
  });
});
