import { afterEach, beforeEach } from "vitest";
import { openTestDb, type TestDb } from "./test-db.ts";

/**
 * A fresh test database for each test of the calling file (opened in beforeEach, closed in
 * afterEach). The object returned always points at the current test's database.
 */
export function testDbPerTest(options: { seed?: boolean } = {}): TestDb {
  let current: TestDb | undefined;
  beforeEach(async () => {
    current = await openTestDb(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const now = () => {
    if (current === undefined) throw new Error("No test database outside a test");
    return current;
  };
  return {
    get database() {
      return now().database;
    },
    get file() {
      return now().file;
    },
    get db() {
      return now().db;
    },
    get caller() {
      return now().caller;
    },
    close: () => now().close(),
  };
}
