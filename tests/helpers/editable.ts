import { randomBytes } from "node:crypto";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { statusQuoDocument } from "./documents.ts";
import type { TestDb } from "./test-db.ts";

// Capability links in tests: a scenario someone can edit is one whose edit secret the test holds.
// Seeds have none (read-only); create and fork return a secret once, and these helpers keep it.

export type Caller = TestDb["caller"];

export interface Editable {
  id: string;
  /** The edit secret create/fork returned: the only way to change the scenario. */
  editSecret: string;
  version: number;
  document: ScenarioDocument;
}

function editable(
  result: { id: string; editSecret: string | null; version: number; document: ScenarioDocument },
  what: string,
): Editable {
  if (typeof result.editSecret !== "string") throw new Error(`${what} returned no edit secret`);
  return { id: result.id, editSecret: result.editSecret, version: result.version, document: result.document };
}

/** A new scenario (unlisted unless `published`), with the edit secret create returned. */
export async function createEditable(
  caller: Caller,
  document: ScenarioDocument = statusQuoDocument(),
  options: { published?: boolean } = {},
): Promise<Editable> {
  const created = editable(await caller.scenario.create({ document }), "scenario.create");
  if (options.published) await caller.scenario.setPublished({ id: created.id, editSecret: created.editSecret, published: true });
  return created;
}

/** An editable copy of any scenario (a seed included), with the edit secret fork returned. */
export async function forkEditable(caller: Caller, id: string, title?: string): Promise<Editable> {
  return editable(await caller.scenario.fork(title === undefined ? { id } : { id, title }), "scenario.fork");
}

/** Lists the scenario on scenario.list (what its author does with the edit link). */
export async function publish(caller: Caller, scenario: { id: string; editSecret: string }, published = true): Promise<void> {
  await caller.scenario.setPublished({ id: scenario.id, editSecret: scenario.editSecret, published });
}

/** A well-formed edit secret (128 random bits, base64url) that belongs to no scenario. */
export function strangerSecret(): string {
  return randomBytes(16).toString("base64url");
}

/** 22 base64url characters: the shape of every edit secret the server hands out. */
export const EDIT_SECRET_SHAPE = /^[A-Za-z0-9_-]{22}$/;
