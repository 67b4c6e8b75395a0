"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo } from "react";

// One guard for every way out of a page with unsaved changes: closing or reloading the tab (the
// browser's own dialog), following a link (a click listener, since the App Router has no
// navigation events to hook), and code that routes (selects, buttons) through useGuardedRouter.

export const LEAVE_WARNING = "You have unsaved changes. Leave this page and lose them?";

/** Keys of the components that hold unsaved changes right now. */
const unsaved = new Set<string>();

export function hasUnsavedChanges(): boolean {
  return unsaved.size > 0;
}

/** True when the page may be left: nothing is unsaved, or the person said so. */
export function confirmLeave(): boolean {
  return unsaved.size === 0 || window.confirm(LEAVE_WARNING);
}

/** Registers `key` as holding unsaved changes while `dirty`, and guards the tab and every link. */
export function useUnsavedChanges(key: string, dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    unsaved.add(key);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || event.defaultPrevented) return;
      // A jump link within the page loses nothing.
      if (link.getAttribute("href")?.startsWith("#")) return;
      if (!confirmLeave()) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      unsaved.delete(key);
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [key, dirty]);
}

type AppRouter = ReturnType<typeof useRouter>;

/**
 * The App Router's push and replace, asking first when something on the page is unsaved. Each
 * returns whether it navigated, so a select can go back to its previous choice when it did not.
 */
export function useGuardedRouter() {
  const router = useRouter();
  return useMemo(
    () => ({
      push: (href: string, options?: Parameters<AppRouter["push"]>[1]) => confirmLeave() && (router.push(href, options), true),
      replace: (href: string, options?: Parameters<AppRouter["replace"]>[1]) =>
        confirmLeave() && (router.replace(href, options), true),
    }),
    [router],
  );
}
