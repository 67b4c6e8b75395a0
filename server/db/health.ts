import type { Db } from "./client.ts";
import { databaseFileProblem } from "./database-file.ts";

/**
 * Null when the database answers a query (within `timeoutMs`) from the file it was opened on; else
 * what is wrong, in words fit for a load balancer's log (no paths, no SQL).
 */
export async function databaseHealthProblem(db: Db, timeoutMs = 2_000): Promise<string | null> {
  const fileProblem = databaseFileProblem(db);
  if (fileProblem) return fileProblem;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const answer = await Promise.race([db.$queryRawUnsafe("SELECT 1 AS ok"), timeout]);
    return answer === "timeout" ? `the database did not answer within ${timeoutMs / 1000} s` : null;
  } catch {
    return "the database does not answer queries";
  } finally {
    clearTimeout(timer);
  }
}
