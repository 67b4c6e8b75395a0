import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The two providers' schemas (prisma/sqlite, prisma/postgresql) must describe the same models, so
// that one client type serves both and the stores never know which database they talk to.

type Fields = Record<string, string>;

/** Each model's fields as "Type" plus "?" or "[]", without attributes (native types, defaults). */
function models(provider: "sqlite" | "postgresql"): Record<string, Fields> {
  const text = readFileSync(path.resolve("prisma", provider, "schema.prisma"), "utf8");
  const result: Record<string, Fields> = {};
  for (const [, name, body] of text.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const fields: Fields = {};
    for (const line of body!.split("\n")) {
      const match = /^\s+(\w+)\s+(\w+(?:\?|\[\])?)/.exec(line);
      if (match && !line.trim().startsWith("//")) fields[match[1]!] = match[2]!;
    }
    result[name!] = fields;
  }
  return result;
}

// Documents are JSON text on SQLite and jsonb on PostgreSQL (the schema says why); the PostgreSQL
// client converts at one place (server/db/postgresql.ts), so the stores see text on both.
const PROVIDER_TYPES: Record<string, { sqlite: string; postgresql: string }> = {
  document: { sqlite: "String", postgresql: "Json" },
};

describe("the SQLite and PostgreSQL schemas", () => {
  it("have the same models with the same fields, of the same types", () => {
    const sqlite = models("sqlite");
    const postgresql = models("postgresql");
    expect(Object.keys(sqlite).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(postgresql).sort()).toEqual(Object.keys(sqlite).sort());
    for (const [model, fields] of Object.entries(sqlite)) {
      const onPostgres = (field: string, type: string) =>
        PROVIDER_TYPES[field] ? type.replace(PROVIDER_TYPES[field].sqlite, PROVIDER_TYPES[field].postgresql) : type;
      const expected = Object.fromEntries(Object.entries(fields).map(([field, type]) => [field, onPostgres(field, type)]));
      for (const [field, types] of Object.entries(PROVIDER_TYPES))
        if (field in fields) expect(fields[field]!.replace("?", ""), `${model}.${field} on SQLite`).toBe(types.sqlite);
      expect(postgresql[model], model).toEqual(expected);
    }
  });

  it("PostgreSQL keeps times as timestamptz and documents as jsonb", () => {
    const text = readFileSync(path.resolve("prisma/postgresql/schema.prisma"), "utf8");
    const times = [...text.matchAll(/^\s+\w+\s+DateTime\??.*$/gm)].map((m) => m[0]);
    expect(times.length).toBeGreaterThan(0);
    for (const line of times) expect(line).toContain("@db.Timestamptz(3)");
    const documents = [...text.matchAll(/^\s+document\s+.*$/gm)].map((m) => m[0]);
    expect(documents.length).toBeGreaterThan(0);
    for (const line of documents) expect(line).toContain("@db.JsonB");
  });
});
