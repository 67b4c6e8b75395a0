// Migrates the database at DATABASE_URL (default file:./data/parley.db) and loads the seeds.
import { prepareDatabase } from "../server/db/bootstrap.ts";
import { databaseFileFromUrl, databaseUrl } from "../server/db/database-url.ts";

const file = databaseFileFromUrl(databaseUrl());
const { migrations, seeded } = await prepareDatabase(file);
console.log(
  `Database ${file}: ${migrations.length ? `applied ${migrations.join(", ")}` : "migrations up to date"}; ` +
    `${seeded.length ? `seeded ${seeded.join(", ")}` : "seeds present"}.`,
);
