import { summarizeChange } from "../domain/before-after.ts";
import { territoryHeadline } from "../domain/derived.ts";
import type { Actor } from "../domain/options.ts";
import { CURRENT_SCHEMA_VERSION, LIMITS, type ScenarioContext, type ScenarioDocument } from "../domain/scenario.ts";
import { STATUS_QUO_SEED_KEY } from "../domain/seeds/index.ts";
import { parseStoredDocument } from "../domain/versioning.ts";
import type { Db } from "./client.ts";
import { modelTables, type DbClient, type DocumentKind } from "./document-kind.ts";
import { BY_UPDATED, listedFields, listPage, type ListSort } from "./document-list.ts";
import { forkTitle, type SaveInput, type StoredRecord } from "./document-record.ts";
import { documentStore } from "./document-store.ts";
import { newId } from "./ids.ts";
import { revisionHistory } from "./revisions.ts";

// Scenarios: a kind of document in the one store (document-store.ts), plus what only scenarios
// have: the date and proposers columns the lists filter on, and a baseline to compare with.

/** 128 random bits, base64url: ids cannot be guessed or enumerated. */
export const newScenarioId = newId;

/** ",russia,ukraine,": a proposer filter matches ",russia," whatever the others. */
const proposersColumn = (actors: readonly string[]) => (actors.length ? `,${actors.join(",")},` : "");

export const scenarioKind: DocumentKind<ScenarioDocument> = {
  noun: "scenario",
  ...modelTables("scenario"),
  titleColumn: "title",
  parse: parseStoredDocument,
  title: (document) => document.title,
  schemaVersion: CURRENT_SCHEMA_VERSION,
  columns: (document) => {
    const { russiaKm2, russiaShare } = territoryHeadline(document.terms.territory);
    return {
      dated: document.context.date,
      proposers: proposersColumn(document.context.proposedBy),
      summary: document.summary,
      russiaKm2,
      russiaShare,
      context: JSON.stringify(document.context),
    };
  },
  listedColumn: "summary",
  summarize: summarizeChange,
};

export type ScenarioRecord = StoredRecord<ScenarioDocument>;
export type UpdateInput = SaveInput<ScenarioDocument>;

export interface ScenarioDetail extends ScenarioRecord {
  parentTitle: string | null;
  /** What before/after compares this scenario with by default: its parent, else the status quo seed. */
  baseline: { id: string; title: string } | null;
}

/** What scenario.get answers beside the record. */
async function scenarioDetail(db: DbClient, record: ScenarioRecord): Promise<Omit<ScenarioDetail, keyof ScenarioRecord>> {
  const parent = record.parentId === null ? null : await store.liveRef(db, record.parentId);
  const statusQuo = parent ? null : await store.liveRef(db, STATUS_QUO_SEED_KEY, "seedKey");
  // The status quo is no baseline for itself.
  return { parentTitle: parent?.title ?? null, baseline: parent ?? (statusQuo?.id === record.id ? null : statusQuo) };
}

export const scenarioStore = documentStore(scenarioKind, scenarioDetail);
const store = scenarioStore;

export interface ScenarioListItem {
  id: string;
  title: string;
  summary: string;
  isSeed: boolean;
  parentId: string | null;
  updatedAt: string;
  russiaKm2: number;
  russiaShare: number;
  context: ScenarioContext;
}

export interface ListInput {
  query?: string;
  cursor?: string;
  limit: number;
  proposer?: Actor | "none";
  sort?: "updated" | "date";
}

const BY_DATE: ListSort = { name: "date", column: "dated", nullable: true, date: false };

/**
 * Published scenarios, last saved first (or by date); `query` matches anywhere in the title, ignoring
 * case (literally: % and _ are not wildcards); `proposer` keeps those one party put forward.
 */
export async function listScenarios(
  db: DbClient,
  input: ListInput,
): Promise<{ items: ScenarioListItem[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await listPage(db, scenarioKind, {
    ...input,
    sort: input.sort === "date" ? BY_DATE : BY_UPDATED,
    // Actor ids hold no "%"; an "_" in one matches only itself between the commas of the column.
    where:
      input.proposer === undefined ? {} : { proposers: input.proposer === "none" ? "" : { contains: `,${input.proposer},` } },
    select: { title: true, summary: true, russiaKm2: true, russiaShare: true, context: true },
    procedure: "scenario.list",
  });
  return {
    items: rows.map((row) => ({
      ...listedFields(row),
      title: row.title as string,
      summary: row.summary as string,
      russiaKm2: row.russiaKm2 as number,
      russiaShare: row.russiaShare as number,
      context: JSON.parse(row.context as string) as ScenarioContext,
    })),
    nextCursor,
  };
}

export const getScenario: (db: DbClient, id: string) => Promise<ScenarioDetail> = store.get;

/** Current scenarios by id, in the order asked; NOT_FOUND names the first missing id. */
export const getScenarios = store.getMany;
/** A live scenario's id and title; NOT_FOUND as getScenario. */
export const getScenarioTitle = store.ref;

/** The records of the scenarios listScenarios names (one deleted in between is left out). */
export async function listScenarioRecords(db: DbClient, input: ListInput): Promise<ScenarioRecord[]> {
  const { items } = await listScenarios(db, input);
  return store.getMany(
    db,
    items.map((s) => s.id),
    { skipMissing: true },
  );
}

/**
 * A new scenario, unlisted, with a new edit secret returned once (only its hash is stored). Seeds
 * are the exception: published, and with no edit secret at all, so nobody can change them.
 */
export const createScenario = store.create;

export const updateScenario = store.update;

/** Throws NOT_FOUND for an unknown id, FORBIDDEN unless `secret` is the scenario's edit secret. */
export const requireEditSecret = store.requireEditSecret;

/**
 * A new scenario, editable by whoever forks, that copies another and remembers it as its parent.
 * `changed` replaces the copied terms: unsaved edits kept as a copy when their save was refused.
 */
export const forkScenario = (db: Db, id: string, title?: string, changed?: ScenarioDocument) =>
  forkScenarioWith(db, id, (source) => {
    const base = changed ?? source;
    return { document: { ...base, title: title ?? forkTitle(base.title, LIMITS.titleLength) } };
  });

/** A new scenario derived from `id` (its parent) by `derive`; what else `derive` returns comes back beside it. */
export const forkScenarioWith = async <Extra extends object>(
  db: Db,
  id: string,
  derive: (source: ScenarioDocument) => { document: ScenarioDocument } & Extra,
) => store.fork(db, id, derive);

export const deleteScenario = store.delete;
export const undeleteScenario = store.undelete;
export const checkEditSecret = store.checkEditSecret;
export const rotateEditSecret = store.rotateEditSecret;
export const setPublished = store.setPublished;

const scenarioHistory = revisionHistory(store);

/** A page of a scenario's revisions, newest first. */
export async function listRevisions(db: DbClient, input: { id: string; cursor?: number; limit?: number }) {
  const { id, ...page } = await scenarioHistory.list(db, input);
  return { scenarioId: id, ...page };
}

/** A scenario as it was at a revision, or as it is now. */
export const getDocumentAt = scenarioHistory.at;

/** Saves an earlier revision of a scenario as a new revision. */
export const restoreRevision = scenarioHistory.restore;
