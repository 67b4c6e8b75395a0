import { summarizeChange } from "../domain/before-after.ts";
import { notFound, ParleyError } from "../domain/errors.ts";
import type { ScenarioDocument } from "../domain/scenario.ts";
import { parseStoredDocument } from "../domain/versioning.ts";
import type { Db } from "./client.ts";
import { getScenario, requireEditSecret, updateScenario, type ScenarioRecord } from "./scenarios.ts";

// The immutable history of a scenario: one revision per save, numbered from 1.

export interface RevisionSummary {
  number: number;
  createdAt: string;
  restoredFrom: number | null;
  /** One line on what this revision changed against the one before it. */
  summary: string;
  isCurrent: boolean;
}

async function requireScenario(db: Db, id: string) {
  const row = await db.scenario.findFirst({ where: { id, deletedAt: null }, select: { id: true, title: true, version: true } });
  if (!row) throw notFound("scenario", id);
  return row;
}

/** Newest first. */
export async function listRevisions(db: Db, id: string): Promise<{ scenarioId: string; title: string; revisions: RevisionSummary[] }> {
  const scenario = await requireScenario(db, id);
  const rows = await db.scenarioRevision.findMany({
    where: { scenarioId: id },
    select: { number: true, createdAt: true, restoredFrom: true, document: true },
    orderBy: { number: "asc" },
  });
  let previous: ScenarioDocument | null = null;
  const revisions = rows.map((row) => {
    const document = parseStoredDocument(row.document);
    const summary =
      row.restoredFrom !== null
        ? `Restored revision ${row.restoredFrom}`
        : previous
          ? summarizeChange(previous, document)
          : "Created";
    previous = document;
    return {
      number: row.number,
      createdAt: row.createdAt.toISOString(),
      restoredFrom: row.restoredFrom,
      summary,
      isCurrent: row.number === scenario.version,
    };
  });
  return { scenarioId: id, title: scenario.title, revisions: revisions.reverse() };
}

export interface DocumentAt {
  id: string;
  title: string;
  /** The revision read; the current one when none was asked for. */
  revision: number;
  isCurrent: boolean;
  document: ScenarioDocument;
}

/** A scenario as it was at a revision, or as it is now. */
export async function getDocumentAt(db: Db, id: string, revision?: number): Promise<DocumentAt> {
  const scenario = await requireScenario(db, id);
  const number = revision ?? scenario.version;
  const row = await db.scenarioRevision.findUnique({
    where: { scenarioId_number: { scenarioId: id, number } },
    select: { document: true },
  });
  if (!row) throw new ParleyError("not_found", `Scenario "${id}" has no revision ${number}`);
  const document = parseStoredDocument(row.document);
  return { id, title: document.title, revision: number, isCurrent: number === scenario.version, document };
}

/**
 * Makes an earlier revision current again by saving it as a new revision; every revision,
 * including those after the restored one, stays in the history.
 */
export async function restoreRevision(
  db: Db,
  input: { id: string; revision: number; baseVersion?: number; editSecret: string },
): Promise<ScenarioRecord> {
  await requireEditSecret(db, input.id, input.editSecret);
  const current = await getScenario(db, input.id);
  const old = await getDocumentAt(db, input.id, input.revision);
  return updateScenario(
    db,
    { id: input.id, baseVersion: input.baseVersion ?? current.version, document: old.document, editSecret: input.editSecret },
    { restoredFrom: input.revision },
  );
}
