import { setTimeout as sleep } from "node:timers/promises";

// SQLite lets one writer in at a time. Another writer waits up to the busy timeout (client.ts),
// then fails with SQLITE_BUSY; the driver adapter reports that as a timeout. Retrying after a short
// pause lets the other writer commit first, after which the retry sees its result (e.g. a newer
// version, so a CONFLICT instead of a server error).

function isBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const text = `${(e as { code?: string }).code ?? ""} ${(e as { message?: string }).message ?? ""} ${(e as { kind?: string }).kind ?? ""}`;
    if (/SQLITE_BUSY|database is locked|SocketTimeout|timed out/i.test(text)) return true;
    const original = (e as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
    if (original && isBusy(original)) return true;
  }
  return false;
}

export async function retryWhenBusy<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isBusy(error)) throw error;
      await sleep(25 * attempt);
    }
  }
}
