// Small text helpers shared by the JSON and CSV exchange formats. Pure: no DOM, no Node APIs.

const BOM = "\uFEFF";

/** Drops one leading byte-order mark (spreadsheet apps and some editors write one). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

export const UTF8_BOM = BOM;

/** The UTF-8 size of `text` in bytes (lone surrogates count as the 3-byte replacement character). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when `text` is bigger than `maxBytes` once encoded as UTF-8, without encoding it. */
export function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // Every UTF-16 unit is at least one byte.
  if (text.length * 3 <= maxBytes) return false; // …and at most three.
  return utf8ByteLength(text) > maxBytes;
}

/** 1_000_000 → "1 MB", 200_000 → "200 kB", 1_234_567 → "1.2 MB" (decimal units, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${trimZero((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${trimZero((bytes / 1_000).toFixed(1))} kB`;
  return `${bytes} bytes`;
}

/** "The file is 1,000,001 bytes; a scenario file is at most 1 MB (1,000,000 bytes)" */
export function tooBig(bytes: number, maxBytes: number, what: string): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return `The file is ${n(bytes)} bytes; ${what} is at most ${formatBytes(maxBytes)} (${n(maxBytes)} bytes)`;
}

const trimZero = (s: string) => s.replace(/\.0$/, "");

/** Line (1-based) and column (1-based, in characters) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
