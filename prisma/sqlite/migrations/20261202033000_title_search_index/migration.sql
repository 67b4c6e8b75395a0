-- Title search through SQLite's FTS5 with the trigram tokenizer: a phrase query finds a substring
-- of three characters or more through the index, so search stays flat as the tables grow
-- (server/db/dialect.ts). Prisma's schema cannot describe virtual tables or triggers: a later
-- migration that redefines "Scenario" or "ProfileSet" (CREATE new_..., DROP, RENAME) drops these
-- triggers and renumbers rowids, so it must recreate them and refill the index as below
-- (tests/integration/title-search.test.ts checks that they exist).

-- Scenario: the text index over "titleSearch" (the lower-cased title), kept by triggers. The index row's
-- rowid is the Scenario row's rowid, so every trigger touches one index row.
CREATE VIRTUAL TABLE "ScenarioTitleSearch" USING fts5("titleSearch", tokenize = 'trigram');
INSERT INTO "ScenarioTitleSearch" ("rowid", "titleSearch") SELECT "rowid", "titleSearch" FROM "Scenario";
CREATE TRIGGER "ScenarioTitleSearch_insert" AFTER INSERT ON "Scenario" BEGIN
  INSERT INTO "ScenarioTitleSearch" ("rowid", "titleSearch") VALUES (new."rowid", new."titleSearch");
END;
CREATE TRIGGER "ScenarioTitleSearch_delete" AFTER DELETE ON "Scenario" BEGIN
  DELETE FROM "ScenarioTitleSearch" WHERE "rowid" = old."rowid";
END;
CREATE TRIGGER "ScenarioTitleSearch_update" AFTER UPDATE OF "titleSearch" ON "Scenario" WHEN old."titleSearch" IS NOT new."titleSearch" BEGIN
  UPDATE "ScenarioTitleSearch" SET "titleSearch" = new."titleSearch" WHERE "rowid" = old."rowid";
END;

-- ProfileSet: the text index over "nameSearch" (the lower-cased title), kept by triggers. The index row's
-- rowid is the ProfileSet row's rowid, so every trigger touches one index row.
CREATE VIRTUAL TABLE "ProfileSetNameSearch" USING fts5("nameSearch", tokenize = 'trigram');
INSERT INTO "ProfileSetNameSearch" ("rowid", "nameSearch") SELECT "rowid", "nameSearch" FROM "ProfileSet";
CREATE TRIGGER "ProfileSetNameSearch_insert" AFTER INSERT ON "ProfileSet" BEGIN
  INSERT INTO "ProfileSetNameSearch" ("rowid", "nameSearch") VALUES (new."rowid", new."nameSearch");
END;
CREATE TRIGGER "ProfileSetNameSearch_delete" AFTER DELETE ON "ProfileSet" BEGIN
  DELETE FROM "ProfileSetNameSearch" WHERE "rowid" = old."rowid";
END;
CREATE TRIGGER "ProfileSetNameSearch_update" AFTER UPDATE OF "nameSearch" ON "ProfileSet" WHEN old."nameSearch" IS NOT new."nameSearch" BEGIN
  UPDATE "ProfileSetNameSearch" SET "nameSearch" = new."nameSearch" WHERE "rowid" = old."rowid";
END;
