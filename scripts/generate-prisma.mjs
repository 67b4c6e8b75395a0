// postinstall: generate the Prisma clients offline, one per provider (prisma/<provider>/schema.prisma:
// SQLite into server/db/generated, PostgreSQL into server/db/generated-postgresql). `prisma generate`
// does not need the schema engine, but the CLI looks for one first; any existing file satisfies that check.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

for (const provider of ["sqlite", "postgresql"]) {
  const result = spawnSync("npx", ["prisma", "generate", "--schema", `prisma/${provider}/schema.prisma`], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url),
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
