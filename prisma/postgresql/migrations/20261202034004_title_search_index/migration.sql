-- Title search through pg_trgm: a trigram GIN index over the lower-cased title answers
-- LIKE '%...%' for three characters or more, so search stays flat as the tables grow
-- (server/db/dialect.ts). The same role as the FTS5 index of the SQLite migration of this name.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "ProfileSet_nameSearch_idx" ON "ProfileSet" USING GIN ("nameSearch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Scenario_titleSearch_idx" ON "Scenario" USING GIN ("titleSearch" gin_trgm_ops);
