import { describe, expect, it } from "vitest";
import { recentVersions } from "@/server/db/recent-versions.ts";

describe("recentVersions", () => {
  it("recalls a document by database, id and version only", () => {
    const recent = recentVersions<{ title: string }>();
    const [db, otherDb] = [{}, {}];
    recent.remember(db, "a", 2, { title: "A2" });
    expect(recent.recall(db, "a", 2)).toEqual({ title: "A2" });
    expect(recent.recall(db, "a", 1)).toBeUndefined();
    expect(recent.recall(db, "b", 2)).toBeUndefined();
    // Copies of one database file (tests, restores) share ids: each client keeps its own.
    expect(recent.recall(otherDb, "a", 2)).toBeUndefined();
  });

  it("keeps the last 256 versions of a database, forgetting the oldest first", () => {
    const recent = recentVersions<number>();
    const db = {};
    for (let version = 1; version <= 300; version++) recent.remember(db, "a", version, version);
    expect(recent.recall(db, "a", 44)).toBeUndefined();
    expect(recent.recall(db, "a", 45)).toBe(45);
    expect(recent.recall(db, "a", 300)).toBe(300);
  });
});
