import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportScenarioJson, parseScenarioFile, SCENARIO_FILE_FORMAT } from "@/server/domain/exchange/json.ts";
import { CURRENT_SCHEMA_VERSION } from "@/server/domain/scenario.ts";
import { parseStoredDocument } from "@/server/domain/versioning.ts";

// Import reads documents the way the database does (versioning.ts), so files exported by older
// builds keep importing as the schema moves on. The fixture holds documents exactly as schema
// version 1 stored them (the build before schema 2 exported the same document in its files).

const STORED_V1: string[] = JSON.parse(
  readFileSync(new URL("../../fixtures/schema-v1/stored-documents.json", import.meta.url), "utf8"),
);

/** A file as the build of schema version 1 exported it. */
const versionOneFile = (documentJson: string) =>
  JSON.stringify({
    format: SCENARIO_FILE_FORMAT,
    schemaVersion: 1,
    exportedAt: "2025-05-20T10:00:00.000Z",
    document: JSON.parse(documentJson),
  });

describe("parseScenarioFile and the upgrades", () => {
  it.each(STORED_V1.map((json) => [JSON.parse(json).title as string, json]))(
    "imports %s from a version-1 file as the database reads the same stored document",
    (_title, json) => {
      const result = parseScenarioFile(versionOneFile(json));
      expect(result).toEqual({ ok: true, document: parseStoredDocument(json) });
      expect(result.ok && result.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    },
  );

  it("keeps every value of the version-1 document", () => {
    const v1 = JSON.parse(STORED_V1[0]!) as { title: string; terms: { territory: Record<string, { russiaKm2: unknown }> } };
    const result = parseScenarioFile(versionOneFile(STORED_V1[0]!));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document.title).toBe(v1.title);
    for (const [id, row] of Object.entries(v1.terms.territory))
      expect(result.document.terms.territory[id as keyof typeof result.document.terms.territory].russiaKm2).toEqual(
        row.russiaKm2,
      );
  });

  it("reports a document from a newer build as a problem at the schema version", () => {
    const current = parseStoredDocument(STORED_V1[0]!);
    const file = exportScenarioJson({ ...current, schemaVersion: CURRENT_SCHEMA_VERSION + 1 } as unknown as typeof current);
    const result = parseScenarioFile(file);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: "schemaVersion", message: expect.stringMatching(/written by a newer version of Parley/) }],
    });
  });
});
