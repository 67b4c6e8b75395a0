// Another Parley instance starting, for tests/integration/instances-starting.test.ts: prepares the
// database as `npm start` does (migrations, then seeds) and prints what it applied and seeded as JSON.
//   node --import tsx prepare-child.ts <database>
import { prepareDatabase } from "@/server/db/bootstrap.ts";

const [database] = process.argv.slice(2);
if (!database) throw new Error("usage: prepare-child.ts <database>");
console.log(JSON.stringify(await prepareDatabase(database)));
