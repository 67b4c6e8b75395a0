import "./zod.ts";
import * as z from "zod";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Nobody types these, and PostgreSQL cannot store U+0000 in text or jsonb: refusing them keeps
// both databases accepting the same documents. Tab and line breaks stay allowed.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Trimmed text of at most `max` characters, without control or broken (lone surrogate) characters. */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine((s) => !CONTROL_CHARACTER.test(s), "Contains a control character")
    .refine((s) => !LONE_SURROGATE.test(s), "Contains a broken character");
}

/** The id of a stored document, as the store makes them (URL-safe base64). */
export const documentId = (noun: string) =>
  z
    .string()
    .min(1, `Give a ${noun} id`)
    .max(64, `Not a ${noun} id`)
    .regex(/^[A-Za-z0-9_-]*$/, `Not a ${noun} id`);
