import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { checkDatabaseFile, DatabaseFileError, databaseFileProblem } from "@/server/db/database-file.ts";
import { statusQuoDocument } from "../helpers/documents.ts";
import { createEditable } from "../helpers/editable.ts";
import { fromClient, send, trpcRequest } from "../helpers/http-trpc.ts";
import { openTestDb } from "../helpers/test-db.ts";

// A database file that cannot be used is refused on start with a message naming it; one that
// disappears while the server runs makes changes fail loudly instead of being acknowledged and lost.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-db-faults-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(run: () => unknown): Promise<DatabaseFileError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseFileError);
    return error as DatabaseFileError;
  }
  throw new Error("expected the database to be refused");
}

describe("on start", () => {
  it("a damaged file is refused by the integrity check, with a message naming it", async () => {
    const file = path.join(dir, "damaged.db");
    await prepareDatabase(file);
    // Overwrite pages in the middle of the file (the seeds' revisions) with noise.
    const { size } = statSync(file);
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const error = await refusal(() => prepareDatabase(file));
    expect(error.message).toContain(`The database file ${file} is damaged`);
    expect(error.message).toMatch(/restore it from a backup/);
  });

  it("a file that is not an SQLite database is refused as damaged", async () => {
    const file = path.join(dir, "notes.txt");
    writeFileSync(file, "these are not the tables you are looking for\n".repeat(200));
    const error = await refusal(() => checkDatabaseFile(file));
    expect(error.message).toMatch(/is damaged \(SQLite's integrity check says: .*not a database/);
  });

  it("an unusable path (under /proc) fails at once instead of hanging", async () => {
    const error = await refusal(() => prepareDatabase("/proc/parley-no-such-folder/parley.db"));
    expect(error.message).toMatch(/^Cannot create the database folder \/proc\/parley-no-such-folder: ENOENT/);
    expect(error.message).toMatch(/DATABASE_URL/);
  });

  it("a folder that is a file is refused", async () => {
    const notAFolder = path.join(dir, "plain-file");
    writeFileSync(notAFolder, "");
    const error = await refusal(() => prepareDatabase(path.join(notAFolder, "parley.db")));
    expect(error.message).toMatch(/plain-file/);
  });

  it("a good file passes and its migrations run", async () => {
    const file = path.join(dir, "good", "nested", "parley.db");
    const { migrations, seeded } = await prepareDatabase(file);
    expect(migrations.length).toBeGreaterThan(0);
    expect(seeded.length).toBeGreaterThan(0);
    expect(() => checkDatabaseFile(file)).not.toThrow();
  });
});

describe("while running", () => {
  it("the data folder vanishing makes saves fail loudly (503) and acknowledges none", async () => {
    const t = await openTestDb();
    try {
      const scenario = await createEditable(t.caller);
      expect(databaseFileProblem(t.db)).toBeNull();
      rmSync(path.dirname(t.file), { recursive: true, force: true });
      expect(databaseFileProblem(t.db)).toBe("the database file was deleted or moved while Parley was running");

      const update = {
        id: scenario.id,
        editSecret: scenario.editSecret,
        baseVersion: 1,
        document: { ...scenario.document, title: "lost?" },
      };
      await expect(t.caller.scenario.update(update)).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
      await expect(t.caller.scenario.create({ document: statusQuoDocument() })).rejects.toMatchObject({
        code: "SERVICE_UNAVAILABLE",
      });

      const log: { message: string; cause: unknown }[] = [];
      const res = await send(t.db, trpcRequest("scenario.update", { input: update, headers: fromClient("198.51.100.7") }), {
        log,
      });
      expect(res.status).toBe(503);
      expect(res.body.error.message).toBe("The database is unavailable, so nothing was saved: try again later");
      expect(res.text).not.toContain(t.file);
      // The reason is in the server log.
      expect(String((log[0]?.cause as Error | undefined)?.message)).toMatch(/deleted or moved/);
    } finally {
      await t.close();
    }
  });

  it("a file replaced under the server is noticed too", async () => {
    const t = await openTestDb({ seed: false });
    try {
      rmSync(t.file);
      writeFileSync(t.file, "");
      expect(databaseFileProblem(t.db)).toBe("the database file was replaced while Parley was running");
      await expect(t.caller.scenario.create({ document: statusQuoDocument() })).rejects.toMatchObject({
        code: "SERVICE_UNAVAILABLE",
      });
    } finally {
      await t.close();
    }
  });
});
