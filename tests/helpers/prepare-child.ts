// Another Parley instance starting, for tests/integration/instances-starting.test.ts: prepares the
// database as `npm start` does (migrations, then seeds) and prints what it applied and seeded as JSON.
//   node --import tsx prepare-child.ts <database> migrate|prepare
import { prepareDatabase } from "@/server/db/bootstrap.ts";
import { migrateDatabase } from "@/server/db/migrate.ts";

const [database, step] = process.argv.slice(2);
if (!database || (step !== "migrate" && step !== "prepare"))
  throw new Error("usage: prepare-child.ts <database> migrate|prepare");
const result = step === "migrate" ? { migrations: await migrateDatabase(database), seeded: [] } : await prepareDatabase(database);
console.log(JSON.stringify(result));
