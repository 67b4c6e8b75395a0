import { StoredDocumentError } from "../versioning.ts";
import { PROFILE_SET_SCHEMA_VERSION, ProfileSetDocument } from "./model.ts";

// Stored profile sets keep the schema version they were written with. Reading runs the upgrades
// from that version to the current one, then parses with the current schema (as versioning.ts does
// for scenarios). To change the model: bump PROFILE_SET_SCHEMA_VERSION and add the step from the
// previous version here (e.g. `1: (doc) => ({ ...doc, newField: ..., schemaVersion: 2 })`).

type Upgrade = (doc: Record<string, unknown>) => Record<string, unknown>;

export const PROFILE_SET_UPGRADES: Record<number, Upgrade> = {};

/** Brings a stored profile set (already JSON-parsed) up to the current schema and validates it. */
export function upgradeProfileSet(raw: unknown, upgrades: Record<number, Upgrade> = PROFILE_SET_UPGRADES): ProfileSetDocument {
  const current = PROFILE_SET_SCHEMA_VERSION as number;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new StoredDocumentError("The stored profile set is not an object");
  let doc = raw as Record<string, unknown>;
  const stored = doc.schemaVersion;
  if (typeof stored !== "number" || !Number.isInteger(stored) || stored < 1) {
    throw new StoredDocumentError(`The stored profile set has no valid schemaVersion (found ${JSON.stringify(stored)})`);
  }
  if (stored > current)
    throw new StoredDocumentError(`The stored profile set has schemaVersion ${stored}; this build reads up to ${current}`);
  for (let version = stored; version < current; version++) {
    const step = upgrades[version];
    if (!step) throw new StoredDocumentError(`No profile set upgrade from schemaVersion ${version}`);
    doc = step(doc);
    if (doc.schemaVersion !== version + 1)
      throw new StoredDocumentError(`The profile set upgrade from schemaVersion ${version} did not produce ${version + 1}`);
  }
  const parsed = ProfileSetDocument.safeParse(doc);
  if (!parsed.success) {
    throw new StoredDocumentError(
      `The stored profile set does not match schemaVersion ${current}: ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

/** Reads a profile set from its stored JSON text. */
export function parseStoredProfileSet(json: string): ProfileSetDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new StoredDocumentError("The stored profile set is not valid JSON");
  }
  return upgradeProfileSet(raw);
}
