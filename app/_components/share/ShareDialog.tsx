"use client";

import { useRef, useState } from "react";
import { absoluteUrl, editPath, rememberEditLink, viewPath } from "../../_lib/edit-links.ts";
import { trpc } from "../../_lib/trpc.tsx";
import { useHydrated } from "../../_lib/use-hydrated.ts";
import "./share.css";

interface Props {
  id: string;
  title: string;
  editSecret: string;
  published: boolean;
  onSecretRotated: (secret: string) => void;
  onPublishedChange: (published: boolean) => void;
}

function CopyField({ label, value, help }: { label: string; value: string; help: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label className="field__label">
        {label}
        <span className="share__copy">
          <input readOnly value={value} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            className="button button--small"
            onClick={async () => {
              await navigator.clipboard?.writeText(value).catch(() => undefined);
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </button>
        </span>
      </label>
      <span className="field__help">{help}</span>
    </div>
  );
}

/** The two links of a scenario, publishing to the public list, and replacing the edit link. */
export function ShareDialog({ id, title, editSecret, published, onSecretRotated, onPublishedChange }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const origin = useHydrated() ? absoluteUrl("/") : "";
  const rotate = trpc.scenario.rotateEditSecret.useMutation({
    onSuccess: ({ editSecret: next }) => {
      rememberEditLink(id, next, title);
      window.history.replaceState(null, "", editPath(id, next));
      onSecretRotated(next);
    },
  });
  const publish = trpc.scenario.setPublished.useMutation({ onSuccess: (r) => onPublishedChange(r.published) });
  const error = rotate.error ?? publish.error;
  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
        Share
      </button>
      <dialog ref={dialog} className="share" aria-labelledby="share-heading">
        <h2 id="share-heading">Share “{title}”</h2>
        {origin && (
          <>
            <CopyField
              label="View link"
              value={absoluteUrl(viewPath(id))}
              help="Read only. Whoever opens it can look, compare and fork a copy of their own."
            />
            <CopyField
              label="Edit link"
              value={absoluteUrl(editPath(id, editSecret))}
              help="Anyone holding this link can change and delete the scenario. Send it only to people you trust."
            />
          </>
        )}
        <label className="share__option">
          <input
            type="checkbox"
            checked={published}
            disabled={publish.isPending}
            onChange={(e) => publish.mutate({ id, editSecret, published: e.target.checked })}
          />
          List on Parley&apos;s public list of scenarios
        </label>
        <p className="small">
          <button
            type="button"
            className="button button--small button--danger"
            disabled={rotate.isPending}
            onClick={() =>
              window.confirm("Replace the edit link? Every copy of the current edit link stops working.") &&
              rotate.mutate({ id, editSecret })
            }
          >
            Replace the edit link
          </button>{" "}
          {rotate.isSuccess && <span role="status">New edit link made; the old one no longer works.</span>}
        </p>
        {error && <p className="alert alert--error">{error.message}</p>}
        <form method="dialog">
          <button className="button button--primary">Done</button>
        </form>
      </dialog>
    </>
  );
}
