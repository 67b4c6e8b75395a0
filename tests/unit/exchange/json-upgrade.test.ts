import { beforeEach, describe, expect, it, vi } from "vitest";
import { exportScenarioJson, parseScenarioFile } from "@/server/domain/exchange/json.ts";
import { StoredDocumentError, upgradeDocument } from "@/server/domain/versioning.ts";
import { statusQuoDocument } from "../../helpers/documents.ts";

// Import must read documents the way the database does (versioning.ts), so that files exported by
// older builds keep importing once the schema moves on. With CURRENT_SCHEMA_VERSION = 1 no real
// upgrade can run yet; these tests pin that import goes through upgradeDocument and reports what it says.

vi.mock("@/server/domain/versioning.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/domain/versioning.ts")>();
  return { ...original, upgradeDocument: vi.fn(original.upgradeDocument) };
});

const upgrade = vi.mocked(upgradeDocument);

beforeEach(() => {
  upgrade.mockClear();
});

describe("parseScenarioFile and upgradeDocument", () => {
  it("hands the file's document to upgradeDocument and returns what it returns", () => {
    const doc = statusQuoDocument();
    const result = parseScenarioFile(exportScenarioJson(doc));
    expect(upgrade).toHaveBeenCalledTimes(1);
    expect(upgrade.mock.calls[0]![0]).toEqual(doc);
    expect(result).toEqual({ ok: true, document: upgrade.mock.results[0]!.value });
  });

  it("uses the upgraded document, not the file's, when an upgrade changes it", () => {
    const upgraded = { ...statusQuoDocument(), title: "Upgraded" };
    upgrade.mockImplementationOnce(() => upgraded);
    expect(parseScenarioFile(exportScenarioJson(statusQuoDocument()))).toEqual({ ok: true, document: upgraded });
  });

  it("reports an upgrade that fails as a problem at the schema version", () => {
    upgrade.mockImplementationOnce(() => {
      throw new StoredDocumentError("No upgrade from schemaVersion 1");
    });
    const doc = { ...statusQuoDocument(), schemaVersion: 1 };
    // The document is valid, so the failure can only come from the upgrade step.
    expect(parseScenarioFile(JSON.stringify(doc))).toEqual({
      ok: false,
      problems: [
        {
          path: "schemaVersion",
          message: "Could not upgrade this scenario from schema version 1: No upgrade from schemaVersion 1",
        },
      ],
    });
  });
});
