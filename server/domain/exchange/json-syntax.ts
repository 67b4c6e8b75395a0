// Where a JSON text stops being valid JSON. JSON.parse says *that* a text is broken, but its
// message (and whether it gives a position) differs between engines; this scanner gives the same
// offset and wording everywhere. It runs only after JSON.parse has failed. It keeps its own stack
// instead of recursing, so deeply nested input cannot overflow the call stack.

export interface JsonSyntaxError {
  /** Character offset (UTF-16 units) of the first character that cannot be valid. */
  offset: number;
  message: string;
}

type Expect = "value" | "firstValueOrClose" | "key" | "firstKeyOrClose" | "colon" | "commaOrClose" | "end";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;

function describeChar(c: string): string {
  if (c === "\uFEFF") return "a byte-order mark";
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${c}"`;
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ("object" | "array")[] = [];
  let expect = "value" as Expect; // (widened: afterValue() changes it)
  let i = 0;
  const fail = (offset: number, message: string): JsonSyntaxError => ({ offset, message });
  const afterValue = () => {
    expect = stack.length === 0 ? "end" : "commaOrClose";
  };

  while (true) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    if (i >= text.length) {
      if (expect === "end") return null;
      return fail(i, text.trim() === "" ? "The file is empty" : "Unexpected end of the file (something is not closed)");
    }
    const c = text[i]!;
    switch (expect) {
      case "end":
        return fail(i, `Unexpected ${describeChar(c)} after the end of the JSON value`);
      case "colon":
        if (c !== ":") return fail(i, `Expected ":" after a property name, found ${describeChar(c)}`);
        i++;
        expect = "value";
        continue;
      case "commaOrClose": {
        const top = stack[stack.length - 1]!;
        if (c === ",") {
          i++;
          expect = top === "object" ? "key" : "value";
          continue;
        }
        if ((c === "}" && top === "object") || (c === "]" && top === "array")) {
          i++;
          stack.pop();
          afterValue();
          continue;
        }
        return fail(i, `Expected "," or "${top === "object" ? "}" : "]"}", found ${describeChar(c)}`);
      }
      case "key":
      case "firstKeyOrClose":
        if (c === "}") {
          if (expect === "key") return fail(i, 'Trailing comma before "}"');
          i++;
          stack.pop();
          afterValue();
          continue;
        }
        if (c !== '"') return fail(i, `Expected a property name in double quotes, found ${describeChar(c)}`);
        {
          const end = scanString(text, i);
          if (typeof end !== "number") return end;
          i = end;
        }
        expect = "colon";
        continue;
      case "value":
      case "firstValueOrClose": {
        if (c === "]") {
          if (expect === "firstValueOrClose") {
            i++;
            stack.pop();
            afterValue();
            continue;
          }
          if (stack[stack.length - 1] === "array") return fail(i, 'Trailing comma before "]"');
        }
        if (c === "{") {
          stack.push("object");
          i++;
          expect = "firstKeyOrClose";
          continue;
        }
        if (c === "[") {
          stack.push("array");
          i++;
          expect = "firstValueOrClose";
          continue;
        }
        let end: number | JsonSyntaxError;
        if (c === '"') end = scanString(text, i);
        else if (c === "-" || (c >= "0" && c <= "9")) end = scanNumber(text, i);
        else end = scanLiteral(text, i);
        if (typeof end !== "number") return end;
        i = end;
        afterValue();
        continue;
      }
    }
  }
}

/** Offset just past the closing quote of the string starting at `start`, or the error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c === "\\") {
      const e = text[i + 1];
      if (e === "u") {
        if (!HEX.test(text.slice(i + 2, i + 6))) return { offset: i, message: "A \\u escape needs four hex digits" };
        i += 6;
        continue;
      }
      if (e === undefined || !ESCAPES.has(e)) return { offset: i, message: `Invalid escape "\\${e ?? ""}" in a string` };
      i += 2;
      continue;
    }
    if (c.charCodeAt(0) < 0x20)
      return { offset: i, message: `${describeChar(c)} inside a string (line breaks must be written as \\n)` };
    i++;
  }
  return { offset: start, message: "A string is never closed" };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanNumber(text: string, start: number): number | JsonSyntaxError {
  NUMBER.lastIndex = start;
  const m = NUMBER.exec(text);
  const end = m && m[0] !== "-" ? start + m[0].length : start;
  if (end === start) return { offset: start + (text[start] === "-" ? 1 : 0), message: "Invalid number" };
  // A number runs into the next token: "01", "1.", "1e", "-" followed by junk.
  const next = text[end];
  if (next !== undefined && /[0-9.eE+\-]/.test(next)) return { offset: end, message: "Invalid number" };
  return end;
}

const LITERALS = ["true", "false", "null"];

function scanLiteral(text: string, start: number): number | JsonSyntaxError {
  for (const word of LITERALS) {
    if (text.startsWith(word, start)) return start + word.length;
  }
  const word = /^[A-Za-z]+/.exec(text.slice(start, start + 8))?.[0].toLowerCase() ?? "";
  const hint = LITERALS.includes(word) ? " (true, false and null are written in lower case)" : "";
  return { offset: start, message: `Unexpected ${describeChar(text[start]!)} where a value should be${hint}` };
}
