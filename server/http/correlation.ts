// A random id for a server fault, shared by the error response (data.correlationId, see
// server/trpc/init.ts) and the server log line (handler.ts), so a report can be matched to its cause.
// tRPC hands the same error object to onError and to the error formatter, in either order: the id
// is made on first use and remembered for that object.

const ids = new WeakMap<object, string>();

export function correlationIdOf(error: object): string {
  let id = ids.get(error);
  if (id === undefined) {
    id = crypto.randomUUID();
    ids.set(error, id);
  }
  return id;
}
