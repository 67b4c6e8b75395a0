"use client";

// Edit links live only in the browser: in the URL fragment (never sent to a server, never in a
// Referer) and in this browser's storage ("My scenarios"). The server sees a secret only in the
// body of a mutation.

const STORAGE_KEY = "parley.editLinks.v1";

/** What an edit link opens: a scenario (`/s/<id>`) or a profile set (`/analysis?profiles=<id>`). */
export type EditLinkKind = "scenario" | "profileSet";

export interface EditLink {
  id: string;
  secret: string;
  title: string;
  savedAt: string;
  /** Entries stored before profile sets had edit links have none: they are scenarios. */
  kind: EditLinkKind;
}

export function viewPath(id: string): string {
  return `/s/${encodeURIComponent(id)}`;
}

export function editPath(id: string, secret: string): string {
  return `${viewPath(id)}#edit=${encodeURIComponent(secret)}`;
}

/** The view link of a profile set: the analysis page with its assumptions. */
export function profileSetViewPath(id: string): string {
  return `/analysis?profiles=${encodeURIComponent(id)}`;
}

export function profileSetEditPath(id: string, secret: string): string {
  return `${profileSetViewPath(id)}#edit=${encodeURIComponent(secret)}`;
}

/** The edit link of a stored entry, whatever it opens. */
export function editLinkPath(link: EditLink): string {
  return link.kind === "profileSet" ? profileSetEditPath(link.id, link.secret) : editPath(link.id, link.secret);
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
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((l): l is Omit<EditLink, "kind"> & { kind?: unknown } => typeof l?.id === "string" && typeof l?.secret === "string")
      .map((l) => ({ ...l, kind: l.kind === "profileSet" ? "profileSet" : "scenario" }));
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

export function rememberEditLink(id: string, secret: string, title: string, kind: EditLinkKind = "scenario") {
  store([{ id, secret, title, savedAt: new Date().toISOString(), kind }, ...myEditLinks().filter((l) => l.id !== id)]);
}

export function forgetEditLink(id: string) {
  store(myEditLinks().filter((l) => l.id !== id));
}

export function editSecretFor(id: string): string | null {
  return myEditLinks().find((l) => l.id === id)?.secret ?? null;
}
