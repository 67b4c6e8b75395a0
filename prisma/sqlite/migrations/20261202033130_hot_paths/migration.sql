-- AlterTable
ALTER TABLE "ProfileSet" ADD COLUMN "description" TEXT;
ALTER TABLE "ProfileSet" ADD COLUMN "parties" TEXT;

-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN "context" TEXT;
ALTER TABLE "Scenario" ADD COLUMN "russiaKm2" REAL;
ALTER TABLE "Scenario" ADD COLUMN "russiaShare" REAL;
ALTER TABLE "Scenario" ADD COLUMN "summary" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProfileSetRevision" (
    "profileSetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" TEXT,
    "body" BLOB,
    "encoding" TEXT NOT NULL DEFAULT 'text',
    "summary" TEXT,
    "restoredFrom" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("profileSetId", "number"),
    CONSTRAINT "ProfileSetRevision_profileSetId_fkey" FOREIGN KEY ("profileSetId") REFERENCES "ProfileSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ProfileSetRevision" ("createdAt", "document", "number", "profileSetId", "restoredFrom", "schemaVersion") SELECT "createdAt", "document", "number", "profileSetId", "restoredFrom", "schemaVersion" FROM "ProfileSetRevision";
DROP TABLE "ProfileSetRevision";
ALTER TABLE "new_ProfileSetRevision" RENAME TO "ProfileSetRevision";
CREATE TABLE "new_ScenarioRevision" (
    "scenarioId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" TEXT,
    "body" BLOB,
    "encoding" TEXT NOT NULL DEFAULT 'text',
    "summary" TEXT,
    "restoredFrom" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("scenarioId", "number"),
    CONSTRAINT "ScenarioRevision_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ScenarioRevision" ("createdAt", "document", "number", "restoredFrom", "scenarioId", "schemaVersion") SELECT "createdAt", "document", "number", "restoredFrom", "scenarioId", "schemaVersion" FROM "ScenarioRevision";
DROP TABLE "ScenarioRevision";
ALTER TABLE "new_ScenarioRevision" RENAME TO "ScenarioRevision";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
