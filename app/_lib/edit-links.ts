"use client";

// Edit links live only in the browser: in the URL fragment (never sent to a server, never in a
// Referer) and in this browser's storage ("My scenarios"). The server sees a secret only in the
// body of a mutation.

const STORAGE_KEY = "parley.editLinks.v1";

export interface EditLink {
  id: string;
  secret: string;
  title: string;
  savedAt: string;
}

export function viewPath(id: string): string {
  return `/s/${encodeURIComponent(id)}`;
}

export function editPath(id: string, secret: string): string {
  return `${viewPath(id)}#edit=${encodeURIComponent(secret)}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/** The secret in the current URL's fragment (`#edit=…`), if any. */
export function secretFromFragment(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const secret = params.get("edit");
  return secret && secret.length <= 64 ? secret : null;
}

export function myEditLinks(): EditLink[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? parsed.filter((l): l is EditLink => typeof l?.id === "string" && typeof l?.secret === "string") : [];
  } catch {
    return [];
  }
}

function store(links: EditLink[]) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(links));
  } catch {
    // Private mode or full storage: the link still works from the address bar.
  }
}

export function rememberEditLink(id: string, secret: string, title: string) {
  store([{ id, secret, title, savedAt: new Date().toISOString() }, ...myEditLinks().filter((l) => l.id !== id)]);
}

export function forgetEditLink(id: string) {
  store(myEditLinks().filter((l) => l.id !== id));
}

export function editSecretFor(id: string): string | null {
  return myEditLinks().find((l) => l.id === id)?.secret ?? null;
}
