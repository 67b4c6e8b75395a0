import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { snapshotDatabase } from "./db-snapshot.ts";
import { statusQuoDocument, withRegion } from "./documents.ts";
import { createEditable, type Caller, type Editable } from "./editable.ts";
import { onPostgres, type TestDb } from "./test-db.ts";
import { testDbPerTest } from "./test-db-hooks.ts";

// Shared by the capability-links tests: a fresh database per test, and ways to look for a secret
// in it and to send each mutation with a given secret.

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export type MutationName = "update" | "delete" | "restore" | "rotateEditSecret" | "setPublished";
export const MUTATIONS: MutationName[] = ["update", "delete", "restore", "rotateEditSecret", "setPublished"];

/** Every form the secret could be kept in: as given, its 16 bytes in hex (either case) and in standard base64. */
function formsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, "base64url");
  return [secret, bytes.toString("hex"), bytes.toString("hex").toUpperCase(), bytes.toString("base64")];
}

/** A fresh database for each test (`t`), and helpers that work on the current one. */
export function capabilityLinks() {
  const t: TestDb = testDbPerTest();

  const storedHash = async (id: string) =>
    (await t.db.scenario.findUniqueOrThrow({ where: { id }, select: { editSecretHash: true } })).editSecretHash;

  /** Every row of every table as text, and (SQLite) the database file and its WAL as bytes. */
  async function everythingStored(): Promise<{ rows: string; files: string }> {
    const rows = JSON.stringify(await snapshotDatabase(t.db));
    // The SQLite file and its WAL as bytes (PostgreSQL's files belong to its server: the rows cover it).
    const files = (onPostgres() ? [] : [t.file, `${t.file}-wal`])
      .filter(existsSync)
      .map((f) => readFileSync(f).toString("latin1"))
      .join("\n");
    return { rows, files };
  }

  async function expectNowhereInTheDatabase(secret: string) {
    const { rows, files } = await everythingStored();
    for (const form of formsOf(secret)) {
      expect(rows, `the secret as ${form} in a table`).not.toContain(form);
      expect(files, `the secret as ${form} in the file`).not.toContain(form);
    }
  }

  /** A scenario at version 2 (revisions 1 and 2), its secret, and the document of each revision. */
  async function scenarioWithHistory(
    caller: Caller = t.caller,
  ): Promise<Editable & { rev1: ReturnType<typeof statusQuoDocument> }> {
    const created = await createEditable(caller, { ...statusQuoDocument(), title: "Someone's scenario" });
    const rev2 = withRegion(created.document, "UA-63", { russiaKm2: 2_150, ukraineKm2: 29_265 });
    const { version, document } = await caller.scenario.update({
      id: created.id,
      editSecret: created.editSecret,
      baseVersion: 1,
      document: rev2,
    });
    return { ...created, version, document, rev1: created.document };
  }

  /** Each mutation of a live scenario, sent with `editSecret` (undefined: the field left out). */
  function mutation(
    name: MutationName,
    target: { id: string; version: number },
    editSecret: string | undefined,
    caller: Caller = t.caller,
  ): () => Promise<unknown> {
    const { id, version } = target;
    const secret = editSecret as string;
    switch (name) {
      case "update":
        return () =>
          caller.scenario.update({
            id,
            editSecret: secret,
            baseVersion: version,
            document: { ...statusQuoDocument(), title: "Hijacked" },
          });
      case "delete":
        return () => caller.scenario.delete({ id, editSecret: secret });
      case "restore":
        return () => caller.scenario.restore({ id, editSecret: secret, revision: 1 });
      case "rotateEditSecret":
        return () => caller.scenario.rotateEditSecret({ id, editSecret: secret });
      case "setPublished":
        return () => caller.scenario.setPublished({ id, editSecret: secret, published: true });
    }
  }

  return { t, storedHash, everythingStored, expectNowhereInTheDatabase, scenarioWithHistory, mutation };
}
