import { createContext } from "./context.ts";
import { createCaller } from "./root.ts";

/** The API called in-process, for server components and route handlers (same context as HTTP). */
export async function serverCaller() {
  return createCaller(await createContext());
}
