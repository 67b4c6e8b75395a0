-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleSearch" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "dated" TEXT,
    "proposers" TEXT NOT NULL DEFAULT '',
    "parentId" TEXT,
    "seedKey" TEXT,
    "editSecretHash" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioRevision" (
    "scenarioId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "restoredFrom" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioRevision_pkey" PRIMARY KEY ("scenarioId","number")
);

-- CreateTable
CREATE TABLE "ProfileSet" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "parentId" TEXT,
    "seedKey" TEXT,
    "editSecretHash" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProfileSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileSetRevision" (
    "profileSetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "restoredFrom" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfileSetRevision_pkey" PRIMARY KEY ("profileSetId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_seedKey_key" ON "Scenario"("seedKey");

-- CreateIndex
CREATE INDEX "Scenario_deletedAt_updatedAt_id_idx" ON "Scenario"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Scenario_published_deletedAt_updatedAt_id_idx" ON "Scenario"("published", "deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Scenario_published_deletedAt_dated_id_idx" ON "Scenario"("published", "deletedAt", "dated", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileSet_seedKey_key" ON "ProfileSet"("seedKey");

-- CreateIndex
CREATE INDEX "ProfileSet_deletedAt_updatedAt_id_idx" ON "ProfileSet"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ProfileSet_published_deletedAt_updatedAt_id_idx" ON "ProfileSet"("published", "deletedAt", "updatedAt", "id");

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Scenario"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioRevision" ADD CONSTRAINT "ScenarioRevision_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileSet" ADD CONSTRAINT "ProfileSet_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ProfileSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileSetRevision" ADD CONSTRAINT "ProfileSetRevision_profileSetId_fkey" FOREIGN KEY ("profileSetId") REFERENCES "ProfileSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rate-limit budgets shared by every instance: the table of the RateLimiterPostgres store of
-- rate-limiter-flexible, made here so that it is told tableCreated (see server/db/postgresql.ts).
-- Not a Prisma model, the stores never touch it.
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);
