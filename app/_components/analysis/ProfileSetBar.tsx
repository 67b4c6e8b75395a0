"use client";

import { useRouter } from "next/navigation";
import type { ProfileSetDocument } from "@/server/domain/analysis/index.ts";
import { profileSetEditPath, profileSetViewPath, rememberEditLink } from "../../_lib/edit-links.ts";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { CopyLinkButton } from "../compare/CompareView.tsx";
import { useEditAccess } from "../editor/use-edit-access.ts";

interface Props {
  record: RouterOutputs["profileSet"]["get"];
  draft: ProfileSetDocument;
  valid: boolean;
}

/** How a profile set's edit link is listed in this browser's store of edit links. */
const linkTitle = (name: string) => `Assumptions: ${name}`;

/**
 * The profile set's name and its actions: save (only with the set's edit link), save as a new set
 * (which opens the new set's edit link), copy the view link and, when held, the edit link.
 */
export function ProfileSetBar({ record, draft, valid }: Props) {
  const router = useRouter();
  const utils = trpc.useUtils();
  const access = useEditAccess(record, linkTitle(record.document.name), "profileSet");
  const dirty = JSON.stringify(draft) !== JSON.stringify(record.document);
  const update = trpc.profileSet.update.useMutation({
    onSuccess: (saved) => {
      utils.profileSet.get.setData({ id: saved.id }, saved);
      void utils.profileSet.history.invalidate({ id: saved.id });
    },
    onError: (error) => {
      if (errorCodeOf(error) === "FORBIDDEN") access.revoke();
    },
  });
  const create = trpc.profileSet.create.useMutation({
    onSuccess: (saved) => {
      if (saved.editSecret) {
        rememberEditLink(saved.id, saved.editSecret, linkTitle(saved.document.name), "profileSet");
        router.push(profileSetEditPath(saved.id, saved.editSecret), { scroll: false });
      } else {
        router.push(profileSetViewPath(saved.id), { scroll: false });
      }
    },
  });
  const error = update.error ?? create.error;
  return (
    <div className="profile-bar">
      <h1>
        Negotiation analysis <span className="badge badge--assumption">Assumptions: {draft.name}</span>
      </h1>
      <span className="small muted" role="status">
        {update.isPending || create.isPending ? "Saving…" : dirty ? "Assumptions changed (not saved)" : "Assumptions saved"}
      </span>
      {access.canEdit && access.secret !== null && (
        <button
          type="button"
          className="button button--small"
          disabled={!dirty || !valid || update.isPending}
          onClick={() =>
            update.mutate({ id: record.id, editSecret: access.secret!, baseVersion: record.version, document: draft })
          }
        >
          Save
        </button>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={!valid || create.isPending}
        onClick={() =>
          create.mutate({
            document: { ...draft, name: !access.canEdit || !dirty ? `${draft.name} (my copy)`.slice(0, 200) : draft.name },
          })
        }
      >
        Save as a new set
      </button>
      <CopyLinkButton label="Copy link to these assumptions" href={profileSetViewPath(record.id)} />
      {access.canEdit && access.secret !== null && (
        <CopyLinkButton label="Copy edit link" href={profileSetEditPath(record.id, access.secret)} />
      )}
      {error && (
        <span className="field__error" role="alert">
          {errorCodeOf(error) === "FORBIDDEN"
            ? "This link no longer allows editing these assumptions (its edit link was replaced): save them as a new set instead."
            : errorCodeOf(error) === "CONFLICT"
              ? "Someone saved these assumptions since you opened them: save as a new set instead."
              : error.message}
        </span>
      )}
    </div>
  );
}
