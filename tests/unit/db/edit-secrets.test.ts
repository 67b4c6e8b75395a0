import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { forbidden, hashEditSecret, newEditSecret, secretMatches } from "@/server/db/edit-secrets.ts";
import { ParleyError } from "@/server/domain/errors.ts";

// The pure parts of capability links: minting, hashing and comparing edit secrets.

describe("newEditSecret", () => {
  it("is 128 random bits as 22 base64url characters, different every time", () => {
    const secrets = Array.from({ length: 1_000 }, newEditSecret);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(secret, "base64url")).toHaveLength(16);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });
});

describe("hashEditSecret", () => {
  it("is the SHA-256 of the secret's UTF-8 bytes, as 64 lower-case hex digits", () => {
    // FIPS 180-2 test vector.
    expect(hashEditSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const secret = newEditSecret();
    expect(hashEditSecret(secret)).toBe(createHash("sha256").update(Buffer.from(secret, "utf8")).digest("hex"));
    expect(hashEditSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEditSecret(secret)).not.toContain(secret);
  });
});

describe("secretMatches", () => {
  const secret = newEditSecret();
  const stored = hashEditSecret(secret);

  it("opens the hash of that secret, and only that one", () => {
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(stored, stored)).toBe(false);
    for (const wrong of [
      newEditSecret(),
      secret.toUpperCase(),
      secret.slice(0, -1),
      `${secret} `,
      ` ${secret}`,
      `${secret}\0`,
      "",
      "!".repeat(64),
    ]) {
      expect(secretMatches(wrong, stored), JSON.stringify(wrong)).toBe(false);
    }
  });

  it("never opens a scenario without a hash (a seed), whatever is sent, the empty string included", () => {
    for (const given of [secret, "", "0".repeat(64), undefined]) expect(secretMatches(given, null), String(given)).toBe(false);
  });

  it("never opens with no secret, not even a hash of the empty string", () => {
    expect(secretMatches(undefined, stored)).toBe(false);
    expect(secretMatches(undefined, hashEditSecret(""))).toBe(false);
  });

  it("never opens a malformed stored hash (wrong length, not hex)", () => {
    for (const bad of ["", "abc", stored.slice(0, -2), `${stored}00`, "z".repeat(64)])
      expect(secretMatches(secret, bad), bad).toBe(false);
  });
});

describe("forbidden", () => {
  it("is one refusal for every wrong secret: the same kind, message and issue, naming editSecret", () => {
    const [a, b] = [forbidden(), forbidden()];
    expect(a).toBeInstanceOf(ParleyError);
    expect(a.kind).toBe("forbidden");
    expect(a.message).toMatch(/^editSecret: /);
    expect([b.kind, b.message, b.issues]).toEqual([a.kind, a.message, a.issues]);
    expect(a.issues).toEqual([{ path: "editSecret", message: expect.any(String) }]);
  });
});
