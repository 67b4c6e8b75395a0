import { emptyContext, openTermsAddedInVersion2 } from "./defaults.ts";
import { CURRENT_SCHEMA_VERSION, ScenarioDocument } from "./scenario.ts";

// Stored documents keep the schema version they were written with. Reading runs the upgrades from
// that version to the current one, then parses with the current schema, so old rows keep loading
// as the model grows. To change the model: bump CURRENT_SCHEMA_VERSION and add the step from the
// previous version here (e.g. `1: (doc) => ({ ...doc, newTerm: ..., schemaVersion: 2 })`).

type Upgrade = (doc: Record<string, unknown>) => Record<string, unknown>;

type Json = Record<string, unknown>;
const openTerm = () => ({ value: null, status: null, note: "" });

/**
 * 1 → 2: the positions since May 2025 need more terms. Every existing value is kept; the new issues
 * and terms start open (not specified), each region's figures count as entered, and the scenario
 * has no date or proposer yet.
 */
function addTermsOfLaterTalks(doc: Json): Json {
  const terms = doc.terms as Json;
  const territory = Object.fromEntries(
    Object.entries(terms.territory as Record<string, Json>).map(([id, row]) => [id, { ...row, basis: "entered" }]),
  );
  return {
    ...doc,
    schemaVersion: 2,
    context: emptyContext(),
    terms: {
      ...terms,
      territory,
      security: { ...(terms.security as Json), guaranteeYears: openTerm(), nonNuclear: openTerm() },
      sanctions: { ...(terms.sanctions as Json), snapback: openTerm() },
      ...openTermsAddedInVersion2(),
    },
  };
}

export const UPGRADES: Record<number, Upgrade> = { 1: addTermsOfLaterTalks };

export class StoredDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoredDocumentError";
  }
}

/** Brings a stored document (already JSON-parsed) up to the current schema and validates it. */
export function upgradeDocument(raw: unknown, upgrades: Record<number, Upgrade> = UPGRADES): ScenarioDocument {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new StoredDocumentError("The stored scenario is not an object");
  let doc = raw as Record<string, unknown>;
  const stored = doc.schemaVersion;
  if (typeof stored !== "number" || !Number.isInteger(stored) || stored < 1) {
    throw new StoredDocumentError(`The stored scenario has no valid schemaVersion (found ${JSON.stringify(stored)})`);
  }
  let version: number = stored;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StoredDocumentError(
      `The stored scenario has schemaVersion ${version}; this build reads up to ${CURRENT_SCHEMA_VERSION}`,
    );
  }
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = upgrades[version];
    if (!step) throw new StoredDocumentError(`No upgrade from schemaVersion ${version}`);
    doc = step(doc);
    if (doc.schemaVersion !== version + 1)
      throw new StoredDocumentError(`The upgrade from schemaVersion ${version} did not produce ${version + 1}`);
    version = version + 1;
  }
  const parsed = ScenarioDocument.safeParse(doc);
  if (!parsed.success) {
    throw new StoredDocumentError(
      `The stored scenario does not match schemaVersion ${CURRENT_SCHEMA_VERSION}: ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

/** Reads a document from its stored JSON text. */
export function parseStoredDocument(json: string): ScenarioDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new StoredDocumentError("The stored scenario is not valid JSON");
  }
  return upgradeDocument(raw);
}
