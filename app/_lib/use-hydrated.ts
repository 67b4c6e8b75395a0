import { useSyncExternalStore } from "react";

const neverChanges = () => () => undefined;

/**
 * False on the server and during hydration, true once the page runs in the browser: what lives only
 * in the browser (localStorage, the location) is read after it, so both sides render the same first.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
