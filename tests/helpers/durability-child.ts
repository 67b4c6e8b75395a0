// A stand-in server for tests/integration/durability.test.ts, run with `node --import tsx` and killed with SIGKILL:
// opens a migrated database with the app's own client (WAL, synchronous=FULL), creates a scenario
// (or continues one), then saves it over and over through the app's storage code, printing
// "ACK <n>" once save n has resolved, as a server would answer the browser.
//   node --import tsx durability-child.ts <db file or postgresql:// URL> [<scenario id> <edit secret or ->]
import { writeSync } from "node:fs";
import { createDb } from "@/server/db/client.ts";
import { createScenario, getScenario, updateScenario, type UpdateInput } from "@/server/db/scenarios.ts";
import { statusQuoDocument } from "./documents.ts";

const [file, givenId, givenSecret] = process.argv.slice(2);
if (!file) throw new Error("usage: durability-child.ts <db file> [<scenario id> <edit secret>]");

// Synchronous: when the line is in the pipe, the save it reports has resolved.
const say = (line: string) => writeSync(1, `${line}\n`);

say(`PID ${process.pid}`);
const db = await createDb(file);
let id = givenId;
let secret = givenSecret === "-" ? undefined : givenSecret;
if (!id) {
  const created = await createScenario(db, { ...statusQuoDocument(), title: "save 0" });
  id = created.id;
  secret = (created as unknown as { editSecret?: string | null }).editSecret ?? undefined;
  say(`CREATED ${id} ${secret ?? "-"}`);
}

const document = statusQuoDocument();
let version = (await getScenario(db, id)).version;
say(`VERSION ${version}`);
for (;;) {
  // Save n starts from version n and makes revision n + 1, titled "save n".
  const n = version;
  // `editSecret` where the storage asks for one (capability links), ignored where it does not.
  const input = { id, baseVersion: n, document: { ...document, title: `save ${n}` }, editSecret: secret } as UpdateInput;
  version = (await updateScenario(db, input)).version;
  say(`ACK ${n}`);
}
