// Migrates the database at DATABASE_URL (default file:./data/parley.db) and loads the seeds.
import { prepareDatabase } from "../server/db/bootstrap.ts";
import { databaseProvider } from "../server/db/provider.ts";

const provider = databaseProvider();
const { migrations, seeded } = await prepareDatabase(provider.url);
console.log(
  `Database ${provider.shown}: ${migrations.length ? `applied ${migrations.join(", ")}` : "migrations up to date"}; ` +
    `${seeded.length ? `seeded ${seeded.join(", ")}` : "seeds present"}.`,
);
