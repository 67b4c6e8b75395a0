-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProfileSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "parentId" TEXT,
    "seedKey" TEXT,
    "editSecretHash" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "ProfileSet_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ProfileSet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProfileSet" ("createdAt", "deletedAt", "document", "id", "name", "nameSearch", "parentId", "schemaVersion", "seedKey", "updatedAt", "version") SELECT "createdAt", "deletedAt", "document", "id", "name", "nameSearch", "parentId", "schemaVersion", "seedKey", "updatedAt", "version" FROM "ProfileSet";
DROP TABLE "ProfileSet";
ALTER TABLE "new_ProfileSet" RENAME TO "ProfileSet";
CREATE UNIQUE INDEX "ProfileSet_seedKey_key" ON "ProfileSet"("seedKey");
CREATE INDEX "ProfileSet_deletedAt_updatedAt_id_idx" ON "ProfileSet"("deletedAt", "updatedAt", "id");
CREATE INDEX "ProfileSet_published_deletedAt_updatedAt_id_idx" ON "ProfileSet"("published", "deletedAt", "updatedAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Profile sets from before edit links were all listed and editable by anyone: keep them listed.
-- They have no edit secret, so they become read-only; anyone can fork them into an editable copy.
UPDATE "ProfileSet" SET "published" = true;
