// The one error type the domain and the store raise on purpose. server/trpc/errors.ts maps each
// kind to a tRPC code in one place.

export type ParleyErrorKind = "not_found" | "invalid" | "conflict" | "forbidden";

export interface FieldIssue {
  /** Dotted path of the field, e.g. `terms.territory.UA-63.russiaKm2`. */
  path: string;
  message: string;
}

export class ParleyError extends Error {
  constructor(
    readonly kind: ParleyErrorKind,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ParleyError";
  }
}

export const notFound = (what: string, id: string) => new ParleyError("not_found", `No ${what} with id "${id}"`);
