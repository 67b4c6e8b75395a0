"use client";

import { useRouter } from "next/navigation";
import type { ProfileSetDocument } from "@/server/domain/analysis/index.ts";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { CopyLinkButton } from "../compare/CompareView.tsx";

interface Props {
  record: RouterOutputs["profileSet"]["get"];
  draft: ProfileSetDocument;
  valid: boolean;
}

/** The profile set's name and its actions: save, save as a copy, copy the link that shares it. */
export function ProfileSetBar({ record, draft, valid }: Props) {
  const router = useRouter();
  const utils = trpc.useUtils();
  const dirty = JSON.stringify(draft) !== JSON.stringify(record.document);
  const open = (id: string) => router.replace(`/analysis?profiles=${encodeURIComponent(id)}`, { scroll: false });
  const update = trpc.profileSet.update.useMutation({
    onSuccess: (saved) => utils.profileSet.get.setData({ id: saved.id }, saved),
  });
  const create = trpc.profileSet.create.useMutation({ onSuccess: (saved) => open(saved.id) });
  const error = update.error ?? create.error;
  return (
    <div className="profile-bar">
      <h1>
        Negotiation analysis <span className="badge badge--assumption">Assumptions: {draft.name}</span>
      </h1>
      <span className="small muted" role="status">
        {update.isPending || create.isPending ? "Saving…" : dirty ? "Assumptions changed (not saved)" : "Assumptions saved"}
      </span>
      {!record.isSeed && (
        <button
          type="button"
          className="button button--small"
          disabled={!dirty || !valid || update.isPending}
          onClick={() => update.mutate({ id: record.id, baseVersion: record.version, document: draft })}
        >
          Save
        </button>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={!valid || create.isPending}
        onClick={() => create.mutate({ document: { ...draft, name: record.isSeed || !dirty ? `${draft.name} (my copy)`.slice(0, 200) : draft.name } })}
      >
        Save as a new set
      </button>
      <CopyLinkButton label="Copy link to these assumptions" />
      {error && (
        <span className="field__error" role="alert">
          {errorCodeOf(error) === "CONFLICT" ? "Someone saved these assumptions since you opened them: save as a new set instead." : error.message}
        </span>
      )}
    </div>
  );
}
