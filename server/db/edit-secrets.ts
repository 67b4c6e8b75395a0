import { createHash, timingSafeEqual } from "node:crypto";
import { ParleyError } from "../domain/errors.ts";
import { newId } from "./ids.ts";

// Capability links: whoever holds a scenario's edit secret may change it. The secret is 128 random
// bits, shown once to its creator and kept only in their links; the database keeps its SHA-256.
// (A fast hash is right here: the secret is random, not a password, so it cannot be guessed.)

export function newEditSecret(): string {
  return newId();
}

export function hashEditSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** One refusal for every wrong, revoked or absent secret (`what`: "scenario" or "profile set"). */
export const forbidden = (what: "scenario" | "profile set" = "scenario") =>
  new ParleyError(
    "forbidden",
    `editSecret: this link does not allow editing the ${what} (open it from its edit link, or fork it)`,
    [{ path: "editSecret", message: `Not an edit link of this ${what}` }],
  );

/**
 * Whether `secret` opens `storedHash`. Always hashes and compares in constant time, whether the
 * secret is malformed, revoked or absent, so every refusal takes the same path and gets the same answer.
 */
export function secretMatches(secret: string | undefined, storedHash: string | null): boolean {
  const given = Buffer.from(hashEditSecret(secret ?? ""), "hex");
  const expected = Buffer.from(storedHash ?? "0".repeat(64), "hex");
  const same = expected.length === given.length && timingSafeEqual(given, expected);
  return same && storedHash !== null && secret !== undefined;
}
