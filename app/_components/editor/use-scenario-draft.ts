"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { mergeDocuments } from "@/server/domain/merge.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { editPath, editSecretFor, rememberEditLink } from "../../_lib/edit-links.ts";
import { clearLocalDraft, keepLocalDraft, readLocalDraft, sameShape, type LocalDraft } from "../../_lib/local-drafts.ts";
import { useUnsavedChanges } from "../../_lib/navigation-guard.ts";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { refreshScenarioLists } from "../../_lib/scenario-lists.ts";
import { useValidation } from "../../_lib/validation.ts";
import type { SaveState } from "./SaveBar.tsx";
import type { useEditAccess } from "./use-edit-access.ts";

type ScenarioRecord = RouterOutputs["scenario"]["get"];
type Access = ReturnType<typeof useEditAccess>;

interface Saved {
  version: number;
  document: ScenarioDocument;
  at: string;
}

/**
 * The editor's save logic in one place: the draft and the version it started from, the save state
 * in words, conflicts (merge, load theirs, save over theirs), a refused save (kept, and savable as a
 * copy), delete with undo, and the draft kept in this browser until it is saved.
 */
export function useScenarioDraft(record: ScenarioRecord, access: Access) {
  const router = useRouter();
  const utils = trpc.useUtils();
  const [saved, setSaved] = useState<Saved>({ version: record.version, document: record.document, at: record.updatedAt });
  const [draft, setDraft] = useState<ScenarioDocument>(record.document);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const [mergeNote, setMergeNote] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  // The draft this browser kept from an earlier visit: undefined until read, null when there is none.
  const [offer, setOffer] = useState<LocalDraft | null | undefined>(undefined);
  const validation = useValidation(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved.document);
  useUnsavedChanges(`scenario:${record.id}`, dirty && !deleted);

  useEffect(() => {
    const kept = readLocalDraft(record.id);
    const differs =
      kept && sameShape(record.document, kept.document) && JSON.stringify(kept.document) !== JSON.stringify(record.document);
    // localStorage is read after hydration (the server has none); the offer then changes on the user's answer.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOffer(differs ? kept : null);
  }, [record.id, record.document]);

  // Keep unsaved edits in this browser; forget them once saved. Paused while an earlier draft waits
  // for an answer, so that it is not overwritten.
  useEffect(() => {
    if (offer !== null) return;
    if (dirty) keepLocalDraft(record.id, { baseVersion: saved.version, document: draft });
    else clearLocalDraft(record.id);
  }, [offer, dirty, draft, saved.version, record.id]);

  const afterSave = (next: { version: number; document: ScenarioDocument; updatedAt: string }) => {
    setSaved({ version: next.version, document: next.document, at: next.updatedAt });
    setConflictVersion(null);
    // "My scenarios" names it by the saved title at once, not after the link's next check.
    if (access.secret && editSecretFor(record.id) === access.secret)
      rememberEditLink(record.id, access.secret, next.document.title);
    utils.scenario.get.setData({ id: record.id }, (old) => (old ? { ...old, ...next } : old));
    refreshScenarioLists(utils);
    void utils.scenario.history.invalidate({ id: record.id });
  };

  const update = trpc.scenario.update.useMutation({
    onSuccess: afterSave,
    onError: async (error) => {
      if (errorCodeOf(error) === "FORBIDDEN") access.revoke();
      if (errorCodeOf(error) === "CONFLICT") {
        const latest = await utils.scenario.get.fetch({ id: record.id }, { staleTime: 0 });
        setConflictVersion(latest.version);
      }
    },
  });
  const fork = trpc.scenario.fork.useMutation({
    onSuccess: (created, input) => {
      // The unsaved changes now live in the copy.
      if (input.document) clearLocalDraft(record.id);
      if (created.editSecret) rememberEditLink(created.id, created.editSecret, created.document.title);
      router.push(created.editSecret ? editPath(created.id, created.editSecret) : `/s/${created.id}`);
    },
  });
  const remove = trpc.scenario.delete.useMutation({
    onSuccess: () => {
      setDeleted(true);
      refreshScenarioLists(utils);
    },
  });
  const undelete = trpc.scenario.undelete.useMutation({
    onSuccess: () => {
      setDeleted(false);
      refreshScenarioLists(utils);
    },
  });

  const adopt = (latest: { version: number; document: ScenarioDocument; updatedAt: string }) => {
    setSaved({ version: latest.version, document: latest.document, at: latest.updatedAt });
    setDraft(latest.document);
    setConflictVersion(null);
    update.reset();
  };

  const save = (baseVersion = saved.version) => {
    if (validation.valid && access.secret && !update.isPending) {
      update.mutate({ id: record.id, editSecret: access.secret, baseVersion, document: validation.valid });
    }
  };

  const merge = async () => {
    const both = await utils.scenario.diff.fetch(
      { from: { id: record.id, revision: saved.version }, to: { id: record.id } },
      { staleTime: 0 },
    );
    const { merged, clashes } = mergeDocuments(both.from.document, draft, both.to.document);
    setSaved({ version: both.to.revision, document: both.to.document, at: new Date().toISOString() });
    setDraft(merged);
    setConflictVersion(null);
    update.reset();
    setMergeNote(
      clashes.length
        ? `Merged. You both changed ${clashes.length} ${clashes.length === 1 ? "term" : "terms"} (${clashes.slice(0, 4).join(", ")}${clashes.length > 4 ? ", …" : ""}): yours were kept. Review, then save.`
        : "Merged: their changes and yours, with no term changed by both. Review, then save.",
    );
  };

  const state: SaveState =
    access.status === "checking"
      ? { kind: "checking" }
      : update.isPending
        ? { kind: "saving" }
        : conflictVersion !== null
          ? { kind: "conflict", theirVersion: conflictVersion }
          : update.isError && dirty
            ? { kind: "failed", message: update.error.message }
            : !dirty
              ? { kind: "saved", at: saved.at, version: saved.version }
              : validation.valid
                ? { kind: "dirty" }
                : { kind: "invalid", count: validation.issueCount };

  return {
    draft,
    setDraft,
    saved,
    dirty,
    validation,
    state,
    conflictVersion,
    mergeNote: dirty ? mergeNote : null,
    save,
    merge,
    adopt,
    reload: async () => adopt(await utils.scenario.get.fetch({ id: record.id }, { staleTime: 0 })),
    /** An editable copy of the stored version. */
    forkSaved: () => fork.mutate({ id: record.id }),
    /** "Save my changes as a copy": the draft as a new scenario of one's own. */
    forkDraft: () => validation.valid && fork.mutate({ id: record.id, document: validation.valid }),
    saveRefused: errorCodeOf(update.error) === "FORBIDDEN",
    deleted,
    remove: () => access.secret && remove.mutate({ id: record.id, editSecret: access.secret }),
    undoDelete: () => access.secret && undelete.mutate({ id: record.id, editSecret: access.secret }),
    busy: fork.isPending || remove.isPending || undelete.isPending,
    actionError: fork.error ?? remove.error ?? undelete.error,
    /** Unsaved edits kept in this browser from an earlier visit, offered back. */
    offer: offer ?? null,
    restoreOffer: () => {
      if (!offer) return;
      // Saving them names the version they started from, so newer saves become a conflict, not a loss.
      setSaved((s) => ({ ...s, version: Math.min(s.version, offer.baseVersion) }));
      setDraft(offer.document as ScenarioDocument);
      setOffer(null);
    },
    discardOffer: () => {
      clearLocalDraft(record.id);
      setOffer(null);
    },
  };
}
