-- AlterTable
ALTER TABLE "ProfileSet" ADD COLUMN     "description" TEXT,
ADD COLUMN     "parties" TEXT;

-- AlterTable
ALTER TABLE "ProfileSetRevision" ADD COLUMN     "body" BYTEA,
ADD COLUMN     "encoding" TEXT NOT NULL DEFAULT 'text',
ADD COLUMN     "summary" TEXT,
ALTER COLUMN "document" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "context" TEXT,
ADD COLUMN     "russiaKm2" DOUBLE PRECISION,
ADD COLUMN     "russiaShare" DOUBLE PRECISION,
ADD COLUMN     "summary" TEXT;

-- AlterTable
ALTER TABLE "ScenarioRevision" ADD COLUMN     "body" BYTEA,
ADD COLUMN     "encoding" TEXT NOT NULL DEFAULT 'text',
ADD COLUMN     "summary" TEXT,
ALTER COLUMN "document" DROP NOT NULL;
