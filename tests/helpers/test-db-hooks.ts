import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { openTestDb, type TestDb } from "./test-db.ts";

type Options = Parameters<typeof openTestDb>[0];

/**
 * A fresh test database for the calling file, opened before its tests and closed after them. The
 * object returned points at that database; use it inside hooks and tests.
 */
export function testDbPerFile(options?: Options): TestDb {
  return testDbBetween(beforeAll, afterAll, options);
}

/** A fresh test database for each test of the calling file (opened in beforeEach, closed in afterEach). */
export function testDbPerTest(options?: Options): TestDb {
  return testDbBetween(beforeEach, afterEach, options);
}

function testDbBetween(open: typeof beforeAll, close: typeof afterAll, options: Options): TestDb {
  let current: TestDb | undefined;
  open(async () => {
    current = await openTestDb(options);
  });
  close(async () => {
    await current?.close();
    current = undefined;
  });
  const now = () => {
    if (current === undefined) throw new Error("No test database outside the tests and hooks of its file");
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
