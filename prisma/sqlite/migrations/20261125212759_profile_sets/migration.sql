-- CreateTable
CREATE TABLE "ProfileSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "parentId" TEXT,
    "seedKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "ProfileSet_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ProfileSet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ProfileSet_seedKey_key" ON "ProfileSet"("seedKey");

-- CreateIndex
CREATE INDEX "ProfileSet_deletedAt_updatedAt_id_idx" ON "ProfileSet"("deletedAt", "updatedAt", "id");
