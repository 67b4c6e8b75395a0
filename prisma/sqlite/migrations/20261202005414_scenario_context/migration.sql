-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Scenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "titleSearch" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "dated" TEXT,
    "proposers" TEXT NOT NULL DEFAULT '',
    "parentId" TEXT,
    "seedKey" TEXT,
    "editSecretHash" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Scenario_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Scenario" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Scenario" ("createdAt", "deletedAt", "document", "editSecretHash", "id", "parentId", "published", "schemaVersion", "seedKey", "title", "titleSearch", "updatedAt", "version") SELECT "createdAt", "deletedAt", "document", "editSecretHash", "id", "parentId", "published", "schemaVersion", "seedKey", "title", "titleSearch", "updatedAt", "version" FROM "Scenario";
DROP TABLE "Scenario";
ALTER TABLE "new_Scenario" RENAME TO "Scenario";
CREATE UNIQUE INDEX "Scenario_seedKey_key" ON "Scenario"("seedKey");
CREATE INDEX "Scenario_deletedAt_updatedAt_id_idx" ON "Scenario"("deletedAt", "updatedAt", "id");
CREATE INDEX "Scenario_published_deletedAt_updatedAt_id_idx" ON "Scenario"("published", "deletedAt", "updatedAt", "id");
CREATE INDEX "Scenario_published_deletedAt_dated_id_idx" ON "Scenario"("published", "deletedAt", "dated", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
