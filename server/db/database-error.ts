/** A database Parley cannot use; the message says which one and what is wrong, in words (no password). */
export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseError";
  }
}
