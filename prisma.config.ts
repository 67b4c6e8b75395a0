import { defineConfig } from "prisma/config";

// Used by `prisma generate` only (scripts/generate-prisma.mjs runs it once per provider, naming the
// schema); migrations run through server/db/migrate.ts.
export default defineConfig({
  schema: "prisma/sqlite/schema.prisma",
  migrations: { path: "prisma/sqlite/migrations" },
});
