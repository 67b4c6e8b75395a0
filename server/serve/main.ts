// Starts Parley: checks the configuration, checks and prepares the database (integrity, migrations,
// seeds), starts the server (server.ts) and says "Ready" only then. Any problem on the way stops the
// start with one clear line and exit code 1. SIGTERM or SIGINT drain requests in flight and close
// the database before exiting.
//   node --import tsx server/serve/main.ts [--dev]     (npm start runs it through scripts/start.mjs)

import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../db/bootstrap.ts";
import { DatabaseFileError } from "../db/database-file.ts";
import { ConfigError } from "../http/config.ts";
import { serverConfigFromEnv } from "./config.ts";
import { startServer } from "./server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";

function stop(message: string): never {
  console.error(`Parley cannot start: ${message}`);
  process.exit(1);
}

try {
  const config = serverConfigFromEnv();
  const { migrations, seeded } = await prepareDatabase(config.databaseFile);
  console.log(
    `Database ${config.databaseFile}: ${migrations.length ? `applied ${migrations.join(", ")}` : "migrations up to date"}; ` +
      `${seeded.length ? `seeded ${seeded.join(", ")}` : "seeds present"}; integrity check ok.`,
  );
  process.env.DATABASE_URL = `file:${config.databaseFile}`;
  const server = await startServer(config, { dir: root, dev });
  console.log(`Ready on ${server.url}${dev ? " (development)" : ""}`);

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    console.log(`${signal}: finishing requests in flight, then stopping.`);
    server.stop().then(
      () => {
        console.log("Stopped.");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("Stopping failed:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseFileError) stop(error.message);
  if ((error as { code?: string }).code === "EADDRINUSE")
    stop(`port ${(error as { port?: number }).port} is already in use (set PORT to another).`);
  if ((error as { code?: string }).code === "EACCES")
    stop(`not allowed to listen there (${(error as Error).message}); set PORT or PARLEY_HOST.`);
  if (/Could not find a production build/.test(String(error)))
    stop("there is no build of the app: run `npm run build` (npm start does it for you).");
  throw error;
}
