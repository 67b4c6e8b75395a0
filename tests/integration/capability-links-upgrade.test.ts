import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createDb } from "@/server/db/client.ts";
import { migrateDatabase } from "@/server/db/migrate.ts";
import { createInnerContext } from "@/server/trpc/context.ts";
import { createCaller } from "@/server/trpc/root.ts";
import { snapshotDatabase } from "../helpers/db-snapshot.ts";
import { statusQuoDocument, usProposalDocument } from "../helpers/documents.ts";
import { strangerSecret } from "../helpers/editable.ts";
import { migrateBefore } from "../helpers/old-database.ts";
import { expectTRPCError } from "../helpers/trpc-errors.ts";

// A database from before capability links: the migration keeps its scenarios, lists them, and
// makes them read-only (no edit secret was ever handed out): fork to edit.

describe("upgrading a database from before capability links", () => {
  it("keeps every scenario and revision, lists them all, and makes them read-only: fork to edit", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "parley-upgrade-"));
    const file = path.join(dir, "old.db");
    try {
      // The migrations before capability links, applied by the same engine as migrateDatabase.
      const capabilityLinks = await migrateBefore(file, "_capability_links");

      // Rows as the old code wrote them: a seed someone edited, a user's scenario, a deleted one.
      const sqlite = new Database(file);
      try {
        const insert = sqlite.prepare(
          `INSERT INTO Scenario (id, title, titleSearch, schemaVersion, document, version, parentId, seedKey, createdAt, updatedAt, deletedAt)
           VALUES (?, ?, ?, 1, ?, ?, NULL, ?, ?, ?, ?)`,
        );
        const revision = sqlite.prepare(
          `INSERT INTO ScenarioRevision (scenarioId, number, schemaVersion, document, createdAt) VALUES (?, ?, 1, ?, ?)`,
        );
        const at = "2025-05-08T00:00:00.000+00:00";
        const rows = [
          { id: "oldSeed0000000000000000", doc: statusQuoDocument(), seedKey: "status-quo-2025-05", version: 2, deletedAt: null },
          {
            id: "oldUser0000000000000000",
            doc: { ...usProposalDocument(), title: "Old user scenario" },
            seedKey: null,
            version: 1,
            deletedAt: null,
          },
          {
            id: "oldGone0000000000000000",
            doc: { ...statusQuoDocument(), title: "Old deleted scenario" },
            seedKey: null,
            version: 1,
            deletedAt: at,
          },
        ];
        for (const r of rows) {
          insert.run(
            r.id,
            r.doc.title,
            r.doc.title.toLowerCase(),
            JSON.stringify(r.doc),
            r.version,
            r.seedKey,
            at,
            at,
            r.deletedAt,
          );
          for (let n = 1; n <= r.version; n++) revision.run(r.id, n, JSON.stringify(r.doc), at);
        }
      } finally {
        sqlite.close();
      }

      const applied = await migrateDatabase(file);
      expect(applied).toContain(capabilityLinks);
      const db = await createDb(file);
      try {
        const caller = createCaller(createInnerContext({ db }));
        const stored = await db.scenario.findMany({
          select: { id: true, published: true, editSecretHash: true, version: true },
          orderBy: { id: "asc" },
        });
        expect(stored).toEqual([
          { id: "oldGone0000000000000000", published: true, editSecretHash: null, version: 1 },
          { id: "oldSeed0000000000000000", published: true, editSecretHash: null, version: 2 },
          { id: "oldUser0000000000000000", published: true, editSecretHash: null, version: 1 },
        ]);
        expect(await db.scenarioRevision.count()).toBe(4);
        expect((await caller.scenario.list({ limit: 100 })).items.map((i) => i.id).sort()).toEqual([
          "oldSeed0000000000000000",
          "oldUser0000000000000000",
        ]);
        expect(await caller.scenario.get({ id: "oldUser0000000000000000" })).toMatchObject({
          readOnly: true,
          published: true,
          version: 1,
          document: { title: "Old user scenario" },
        });

        const before = await snapshotDatabase(db);
        for (const secret of [strangerSecret(), "oldUser0000000000000000"]) {
          await expectTRPCError(
            () =>
              caller.scenario.update({
                id: "oldUser0000000000000000",
                editSecret: secret,
                baseVersion: 1,
                document: usProposalDocument(),
              }),
            "FORBIDDEN",
          );
          await expectTRPCError(
            () => caller.scenario.undelete({ id: "oldGone0000000000000000", editSecret: secret }),
            "FORBIDDEN",
          );
        }
        expect(await snapshotDatabase(db)).toEqual(before);

        const fork = await caller.scenario.fork({ id: "oldUser0000000000000000" });
        expect(fork).toMatchObject({ parentId: "oldUser0000000000000000", readOnly: false, published: false });
        await caller.scenario.update({
          id: fork.id,
          editSecret: fork.editSecret!,
          baseVersion: 1,
          document: usProposalDocument(),
        });
      } finally {
        await db.$disconnect();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
