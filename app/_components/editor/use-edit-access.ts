"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { editSecretFor, forgetEditLink, rememberEditLink, secretFromFragment, type EditLinkKind } from "../../_lib/edit-links.ts";

/**
 * Where the edit secret stands: not yet read (the first render, on the server too); none held; being checked with the server; granted; or refused
 * (the link was replaced or is wrong: found on opening, or when a save was refused).
 */
export type EditAccessStatus = "pending" | "none" | "checking" | "granted" | "refused-on-open" | "refused-on-save";

/**
 * Whether this browser may edit the scenario (or profile set): it holds the edit secret, from the
 * link's fragment (remembered, under `title`, for "My scenarios") or from an earlier visit. Read
 * after mount: the server never sees the fragment, so the first render is read-only on both sides.
 * With `check`, the secret is confirmed with the server before anything can be typed.
 */
export function useEditAccess(
  record: { id: string; readOnly: boolean },
  title: string,
  kind: EditLinkKind = "scenario",
  check?: (secret: string) => Promise<boolean>,
) {
  const [secret, setSecret] = useState<string | null>(null);
  const [status, setStatus] = useState<EditAccessStatus>("pending");
  // The latest `check`, without re-running the effect when a caller passes a new function.
  const checker = useEffectEvent(() => check);
  useEffect(() => {
    const fromLink = record.readOnly ? null : secretFromFragment();
    const candidate = record.readOnly ? null : (fromLink ?? editSecretFor(record.id));
    // The fragment and localStorage exist only in the browser, so the status is settled after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!candidate) return setStatus("none");
    const grant = () => {
      if (fromLink) rememberEditLink(record.id, fromLink, title, kind);
      setSecret(candidate);
      setStatus("granted");
    };
    const ask = checker();
    if (!ask) return grant();
    let current = true;
    setStatus("checking");
    ask(candidate).then(
      (ok) => {
        if (!current) return;
        if (ok) return grant();
        if (editSecretFor(record.id) === candidate) forgetEditLink(record.id);
        setStatus("refused-on-open");
      },
      // The check itself failed (offline, server fault): allow editing; a save is checked anyway.
      () => current && grant(),
    );
    return () => {
      current = false;
    };
  }, [record.id, record.readOnly, title, kind]);
  return {
    secret,
    status,
    canEdit: secret !== null && !record.readOnly,
    replace: (next: string) => setSecret(next),
    /** The server refused the secret on a save (rotated or wrong): stop offering to edit. */
    revoke: () => {
      forgetEditLink(record.id);
      setSecret(null);
      setStatus("refused-on-save");
    },
  };
}
