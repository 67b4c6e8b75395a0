"use client";

// Unsaved edits of a scenario, kept in this browser until they are saved (or discarded), so that a
// reload or a crashed tab does not lose them. One entry per scenario; nothing leaves the browser.

const PREFIX = "parley.draft.v1.";

export interface LocalDraft {
  /** The version the edits started from: saving them on top of a newer one is a conflict. */
  baseVersion: number;
  document: unknown;
  /** When the last change was kept (ISO 8601). */
  keptAt: string;
}

export function readLocalDraft(scenarioId: string): LocalDraft | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(PREFIX + scenarioId) ?? "null") as Partial<LocalDraft> | null;
    if (
      !value ||
      typeof value.baseVersion !== "number" ||
      typeof value.keptAt !== "string" ||
      typeof value.document !== "object" ||
      value.document === null
    )
      return null;
    return value as LocalDraft;
  } catch {
    return null;
  }
}

export function keepLocalDraft(scenarioId: string, draft: Omit<LocalDraft, "keptAt">): void {
  try {
    window.localStorage.setItem(PREFIX + scenarioId, JSON.stringify({ ...draft, keptAt: new Date().toISOString() }));
  } catch {
    // Private mode or full storage: the page still warns before it is left.
  }
}

export function clearLocalDraft(scenarioId: string): void {
  try {
    window.localStorage.removeItem(PREFIX + scenarioId);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Whether `candidate` has the shape of `reference` (same keys in every object, arrays where it has
 * arrays): a draft kept by an older version of Parley, or edited by hand, is not offered back.
 */
export function sameShape(reference: unknown, candidate: unknown): boolean {
  if (Array.isArray(reference)) return Array.isArray(candidate);
  if (reference !== null && typeof reference === "object") {
    if (candidate === null || typeof candidate !== "object" || Array.isArray(candidate)) return false;
    const keys = Object.keys(reference);
    const other = Object.keys(candidate);
    if (keys.length !== other.length) return false;
    return keys.every(
      (k) => k in candidate && sameShape((reference as Record<string, unknown>)[k], (candidate as Record<string, unknown>)[k]),
    );
  }
  return candidate === null || typeof candidate !== "object";
}
