import { ISSUES } from "./catalog.ts";
import { formatKm2 } from "./format.ts";
import { REGIONS } from "./reference/regions.ts";

// One formatter for validation problems, wherever they show: beside a field, in an import's list
// of problems, in the API's message. It names the field as a reader knows it ("Vinnytsia:
// Russia's km²", "Ceasefire: Duration") and says what is wrong in plain words; programs keep the
// path (the API's data.issues).

/** What the formatter reads of a zod issue (or of any problem with a path and a message). */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  keys?: string[];
  /** invalid_value: the values allowed. */
  values?: readonly unknown[];
  /** invalid_union: each alternative's issues. */
  errors?: IssueLike[][];
}

const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id as string, r]));
const ISSUE_BY_ID = new Map(ISSUES.map((i) => [i.id as string, i]));
const TERM_BY_ID = new Map(ISSUES.flatMap((i) => i.terms.map((t) => [t.id, t] as const)));

const REGION_FIELDS: Record<string, string> = {
  russiaKm2: "Russia's km²",
  ukraineKm2: "Ukraine's km²",
  contestedKm2: "contested km²",
  zone: "zone",
  status: "status",
  note: "source note",
};
const TERM_PARTS: Record<string, string> = { value: "", status: " (status)", note: " (source note)" };
const DOCUMENT_FIELDS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  parties: "Parties",
  schemaVersion: "Schema version",
  terms: "Terms",
};
const PARTY_FIELDS: Record<string, string> = { name: "name", role: "role", id: "id" };

/** The document's path of a scenario field, without the API's "document" prefix. */
function documentPath(path: readonly PropertyKey[]): readonly PropertyKey[] {
  return path[0] === "document" ? path.slice(1) : path;
}

/** The field in words ("Vinnytsia: Russia's km²"), or null for a path outside a scenario document. */
export function fieldInWords(fullPath: readonly PropertyKey[]): string | null {
  const path = documentPath(fullPath).map(String);
  const [head, group, key, part] = path;
  if (head === undefined) return fullPath.length > 0 ? "The document" : null;
  if (head === "terms" && group === "territory") {
    const region = key === undefined ? undefined : REGION_BY_ID.get(key);
    if (!region) return "Territory";
    return part === undefined ? region.shortName : `${region.shortName}: ${REGION_FIELDS[part] ?? part}`;
  }
  if (head === "terms" && group !== undefined) {
    const issue = ISSUE_BY_ID.get(group);
    const term = key === undefined ? undefined : TERM_BY_ID.get(`${group}.${key}`);
    if (!issue) return "Terms";
    return term ? `${issue.label}: ${term.label}${part === undefined ? "" : (TERM_PARTS[part] ?? "")}` : issue.label;
  }
  if (head === "parties" && group !== undefined && /^\d+$/.test(group)) {
    return `Party ${Number(group) + 1}${key === undefined ? "" : ` (${PARTY_FIELDS[key] ?? key})`}`;
  }
  return path.length === 1 ? (DOCUMENT_FIELDS[head] ?? null) : null;
}

export interface WordsOptions {
  /** False for problems outside scenarios (a profile set's): their fields keep their paths. */
  scenario?: boolean;
}

/** How zod's own messages begin (zod 4), as opposed to the messages our schemas give. */
const ZOD_DEFAULT_MESSAGE = /^(Too big|Too small|Invalid input|Invalid option|Invalid string|Invalid format|Unrecognized key)/;

const number = (n: number | bigint | undefined) => (typeof n === "number" ? n.toLocaleString("en-US") : String(n));

/**
 * What is wrong, without the field's name: a phrase that follows the name ("can't be negative"),
 * or the schema's own sentence ("Give the scenario a title"), which follows a colon.
 */
export function problemInWords(issue: IssueLike, options: WordsOptions = {}): { text: string; phrase: boolean } {
  // A schema's own message ("Pick at least two scenarios") stands, except for a scenario's figures,
  // where the field's name and the limit say more ("can't exceed the region's 26,513 km²").
  const own = !ZOD_DEFAULT_MESSAGE.test(issue.message);
  const figure = issue.code === "too_big" || issue.code === "too_small" || issue.code === "invalid_type";
  const named = options.scenario !== false && fieldInWords(issue.path) !== null;
  if (own && !(figure && named) && issue.code !== "invalid_union") return { text: issue.message, phrase: false };
  // A value that fits no alternative (a number of days or "open-ended"): say what is wrong with
  // the closest one, the first whose complaint is not about the kind of value.
  if (issue.code === "invalid_union" && issue.errors) {
    const closest = issue.errors.find(
      (branch) => branch.length > 0 && branch.every((i) => i.code !== "invalid_type" && i.code !== "invalid_value"),
    );
    if (closest) return problemInWords({ ...closest[0]!, path: [...issue.path, ...closest[0]!.path] }, options);
  }
  const path = documentPath(issue.path).map(String);
  const isRegionKm2 = options.scenario !== false && path[0] === "terms" && path[1] === "territory" && /Km2$/.test(path[3] ?? "");
  const term = options.scenario !== false && path[0] === "terms" ? TERM_BY_ID.get(`${path[1]}.${path[2]}`) : undefined;
  const unitOf = (n: number | bigint | undefined) =>
    term?.kind === "number" ? ` ${term.unit}` : term?.kind === "duration" ? (Number(n) === 1 ? " day" : " days") : "";
  const phrase = (text: string) => ({ text, phrase: true });
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "number") {
        const region = isRegionKm2 ? REGION_BY_ID.get(path[2]!) : undefined;
        return phrase(
          region
            ? `can't exceed the region's ${formatKm2(region.areaKm2)}`
            : `can't be more than ${number(issue.maximum)}${unitOf(issue.maximum)}`,
        );
      }
      if (issue.origin === "string") return phrase(`can't be longer than ${number(issue.maximum)} characters`);
      if (issue.origin === "array") return phrase(`can't have more than ${number(issue.maximum)}`);
      break;
    case "too_small":
      if (issue.origin === "number")
        return phrase(
          Number(issue.minimum) === 0 ? "can't be negative" : `must be at least ${number(issue.minimum)}${unitOf(issue.minimum)}`,
        );
      if (issue.origin === "array") return phrase(`needs at least ${number(issue.minimum)}`);
      break;
    case "invalid_type":
      if (/received undefined$/.test(issue.message)) return phrase("is missing");
      if (issue.expected === "number") return phrase(isRegionKm2 ? "must be a number of km²" : "must be a number");
      // Our own messages (e.g. "Send the edit secret…") say it better than zod's.
      if (/^Invalid input: expected/.test(issue.message)) return phrase(`should be ${article(issue.expected)}`);
      break;
    case "invalid_value":
      if (/^Invalid (option|input)/.test(issue.message)) {
        const values = issue.values ?? [];
        return phrase(
          values.length > 0 && values.length <= 12
            ? `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`
            : "must be one of the options offered",
        );
      }
      break;
    case "unrecognized_keys":
      return {
        text: `Unknown ${issue.keys?.length === 1 ? "field" : "fields"} ${(issue.keys ?? []).map((k) => `"${k}"`).join(", ")}`,
        phrase: false,
      };
  }
  return { text: issue.message, phrase: false };
}

function article(expected: string | undefined): string {
  if (!expected) return "something else";
  if (expected === "object") return "an object";
  if (expected === "array") return "a list";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * The problem as a sentence a person reads: "Vinnytsia: Russia's km² can't exceed the region's
 * 26,513 km²". Fields outside a scenario document (an API's `editSecret`) keep their name.
 */
export function issueInWords(issue: IssueLike, options: WordsOptions = {}): string {
  const field = options.scenario === false ? null : fieldInWords(issue.path);
  const problem = problemInWords(issue, options);
  // Outside a scenario document (an API's `editSecret`), the path is the name: "editSecret: …".
  if (!field && issue.path.length > 0) return `${issue.path.map(String).join(".")}: ${problem.text}`;
  if (!field) return problem.phrase ? `The input ${problem.text}` : problem.text;
  return problem.phrase ? `${field} ${problem.text}` : `${field}: ${problem.text}`;
}
