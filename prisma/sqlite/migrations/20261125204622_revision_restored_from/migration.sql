-- AlterTable
ALTER TABLE "ScenarioRevision" ADD COLUMN "restoredFrom" INTEGER;
