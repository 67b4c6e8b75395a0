"use client";

import { useEffect, useState } from "react";
import { editSecretFor, forgetEditLink, rememberEditLink, secretFromFragment, type EditLinkKind } from "../../_lib/edit-links.ts";

/**
 * Whether this browser may edit the scenario (or profile set): it holds the edit secret, from the
 * link's fragment (remembered, under `title`, for "My scenarios") or from an earlier visit. Read
 * after mount: the server never sees the fragment, so the first render is read-only on both sides.
 */
export function useEditAccess(record: { id: string; readOnly: boolean }, title: string, kind: EditLinkKind = "scenario") {
  const [secret, setSecret] = useState<string | null>(null);
  useEffect(() => {
    if (record.readOnly) return;
    const fromLink = secretFromFragment();
    if (fromLink) rememberEditLink(record.id, fromLink, title, kind);
    setSecret(fromLink ?? editSecretFor(record.id));
  }, [record.id, record.readOnly, title, kind]);
  return {
    secret,
    canEdit: secret !== null && !record.readOnly,
    replace: (next: string) => setSecret(next),
    /** The server refused the secret (rotated or wrong): stop offering to edit. */
    revoke: () => {
      forgetEditLink(record.id);
      setSecret(null);
    },
  };
}
