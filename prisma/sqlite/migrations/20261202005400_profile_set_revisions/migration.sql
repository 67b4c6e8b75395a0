-- CreateTable
CREATE TABLE "ProfileSetRevision" (
    "profileSetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" TEXT NOT NULL,
    "restoredFrom" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("profileSetId", "number"),
    CONSTRAINT "ProfileSetRevision_profileSetId_fkey" FOREIGN KEY ("profileSetId") REFERENCES "ProfileSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Sets saved before revisions were kept: their current document becomes their current revision
-- (the earlier versions were overwritten and are not known).
INSERT INTO "ProfileSetRevision" ("profileSetId", "number", "schemaVersion", "document", "restoredFrom", "createdAt")
SELECT "id", "version", "schemaVersion", "document", NULL, "updatedAt" FROM "ProfileSet";
