"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ISSUES } from "@/server/domain/catalog.ts";
import { withRegion, withRemainderTo } from "@/server/domain/edit.ts";
import { mergeDocuments } from "@/server/domain/merge.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { useUnsavedChangesWarning } from "../../_lib/use-unsaved-changes-warning.ts";
import { useValidation } from "../../_lib/validation.ts";
import { HistoryPanel } from "../history/HistoryPanel.tsx";
import { RegionMap } from "../map/RegionMap.tsx";
import { ContextFields } from "./ContextFields.tsx";
import { ExplorePanel } from "./ExplorePanel.tsx";
import { editPath, rememberEditLink } from "../../_lib/edit-links.ts";
import { diffUrl } from "../../_lib/urls.ts";
import { ExportButtons } from "../exchange/ExportButtons.tsx";
import { ImportTerritoryButton } from "../exchange/ImportTerritoryButton.tsx";
import { ShareDialog } from "../share/ShareDialog.tsx";
import { HeadlineFigures } from "./HeadlineFigures.tsx";
import { ReadOnlyBanner } from "./ReadOnlyBanner.tsx";
import { useEditAccess } from "./use-edit-access.ts";
import { IssueSection } from "./IssueSection.tsx";
import { PartiesEditor } from "./PartiesEditor.tsx";
import { SaveBar, type SaveState } from "./SaveBar.tsx";
import { TerritoryTable } from "./TerritoryTable.tsx";
import "./editor.css";

export function ScenarioEditor({ id }: { id: string }) {
  const scenario = trpc.scenario.get.useQuery({ id }, { refetchOnWindowFocus: false });
  if (scenario.isPending) return <p className="muted">Loading scenario…</p>;
  if (scenario.error) {
    return errorCodeOf(scenario.error) === "NOT_FOUND" ? (
      <div className="panel">
        <h1>No such scenario</h1>
        <p>It may have been deleted, or the link is incomplete.</p>
        <Link href="/">All scenarios</Link>
      </div>
    ) : (
      <p className="alert alert--error">Could not load the scenario: {scenario.error.message}</p>
    );
  }
  return <Editor key={scenario.data.id} record={scenario.data} />;
}

function Editor({ record }: { record: RouterOutputs["scenario"]["get"] }) {
  const router = useRouter();
  const utils = trpc.useUtils();
  const [saved, setSaved] = useState({ version: record.version, document: record.document, at: record.updatedAt });
  const [draft, setDraft] = useState<ScenarioDocument>(record.document);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const [published, setPublished] = useState(record.published);
  const [mergeNote, setMergeNote] = useState<string | null>(null);
  const access = useEditAccess(record, record.document.title);
  const validation = useValidation(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved.document);
  useUnsavedChangesWarning(dirty);

  const update = trpc.scenario.update.useMutation({
    onSuccess: (next) => {
      setSaved({ version: next.version, document: next.document, at: next.updatedAt });
      setConflictVersion(null);
      utils.scenario.get.setData({ id: record.id }, (old) => (old ? { ...old, ...next } : old));
      void utils.scenario.list.invalidate();
      void utils.scenario.history.invalidate({ id: record.id });
    },
    onError: async (error) => {
      if (errorCodeOf(error) === "FORBIDDEN") access.revoke();
      if (errorCodeOf(error) === "CONFLICT") {
        const latest = await utils.scenario.get.fetch({ id: record.id }, { staleTime: 0 });
        setConflictVersion(latest.version);
      }
    },
  });
  const fork = trpc.scenario.fork.useMutation({
    onSuccess: (created) => {
      if (created.editSecret) rememberEditLink(created.id, created.editSecret, created.document.title);
      router.push(created.editSecret ? editPath(created.id, created.editSecret) : `/s/${created.id}`);
    },
  });
  const remove = trpc.scenario.delete.useMutation({
    onSuccess: async () => {
      await utils.scenario.list.invalidate();
      router.push("/");
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

  // Ctrl/Cmd+S saves, as in any editor.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const state: SaveState = update.isPending
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

  return (
    <form className="editor" onSubmit={(e) => (e.preventDefault(), save())} noValidate>
      <SaveBar
        state={state}
        canSave={dirty && validation.valid !== null}
        onSave={() => save()}
        onOverwrite={() => conflictVersion !== null && save(conflictVersion)}
        onReload={async () => adopt(await utils.scenario.get.fetch({ id: record.id }, { staleTime: 0 }))}
        onMerge={async () => {
          const both = await utils.scenario.diff.fetch({ from: { id: record.id, revision: saved.version }, to: { id: record.id } }, { staleTime: 0 });
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
        }}
        theirChangesHref={conflictVersion !== null ? diffUrl({ id: record.id, revision: saved.version }, { id: record.id }) : null}
        mergeNote={dirty ? mergeNote : null}
        onFork={() => fork.mutate({ id: record.id })}
        forkDisabledReason={dirty ? "Save first: a copy starts from the saved version" : null}
        onDelete={() => access.secret && window.confirm(`Delete “${saved.document.title}”?`) && remove.mutate({ id: record.id, editSecret: access.secret })}
        busy={fork.isPending || remove.isPending}
        canEdit={access.canEdit}
        share={
          access.secret ? (
            <ShareDialog
              id={record.id}
              title={saved.document.title}
              editSecret={access.secret}
              published={published}
              onSecretRotated={access.replace}
              onPublishedChange={setPublished}
            />
          ) : null
        }
      />
      {(fork.error || remove.error) && <p className="alert alert--error">{(fork.error ?? remove.error)?.message}</p>}
      {!access.canEdit && <ReadOnlyBanner isSeed={record.isSeed} revoked={errorCodeOf(update.error) === "FORBIDDEN"} onFork={() => fork.mutate({ id: record.id })} />}

      <fieldset className="editor__fields" disabled={!access.canEdit}>
        <TitleFields doc={draft} validation={validation} onChange={setDraft} isSeed={record.isSeed} parent={record.parentId ? { id: record.parentId, title: record.parentTitle } : null} />
      </fieldset>
      <HeadlineFigures doc={draft} />
      <ExplorePanel scenarioId={record.id} baseline={record.baseline} saved={saved.document} />
      <section className="panel" aria-labelledby="map-heading">
        <h2 id="map-heading">Map</h2>
        <RegionMap territory={draft.terms.territory} title={`Who holds what: ${draft.title}`} />
      </section>
      <fieldset className="editor__fields" disabled={!access.canEdit}>
      <PartiesEditor doc={draft} validation={validation} onChange={setDraft} />
      <ContextFields doc={draft} scenarioId={record.id} validation={validation} onChange={setDraft} />
      <fieldset className="panel" id="issue-territory">
        <legend>Territory</legend>
        <p className="panel__intro">{ISSUES[0]!.description} The three figures may not add up to more than the region's official area.</p>
        <TerritoryTable
          territory={draft.terms.territory}
          validation={validation}
          onChange={(regionId, patch) => setDraft((d) => withRegion(d, regionId, patch))}
          onAssignRemainder={(regionId, holder) => setDraft((d) => withRemainderTo(d, regionId, holder))}
        />
      </fieldset>
      {ISSUES.filter((i) => i.id !== "territory").map((issue) => (
        <IssueSection key={issue.id} issue={issue} doc={draft} validation={validation} onChange={setDraft} />
      ))}
      </fieldset>
      <section className="panel" aria-labelledby="files-heading">
        <h2 id="files-heading">Files</h2>
        <p className="panel__intro">
          The scenario as JSON (with its schema version) or its territory table as CSV. Importing a CSV replaces the table in this
          page after checking the whole file; save to keep it.
        </p>
        <div className="explore">
          <ExportButtons doc={saved.document} scenarioId={record.id} />
          {access.canEdit && <ImportTerritoryButton territory={draft.terms.territory} onImport={(territory) => setDraft((d) => ({ ...d, terms: { ...d.terms, territory } }))} />}
        </div>
      </section>
      <HistoryPanel scenarioId={record.id} dirty={dirty} onRestored={adopt} editSecret={access.canEdit ? access.secret : null} />
    </form>
  );
}

function TitleFields({
  doc,
  validation,
  onChange,
  isSeed,
  parent,
}: {
  doc: ScenarioDocument;
  validation: ReturnType<typeof useValidation>;
  onChange: (next: ScenarioDocument) => void;
  isSeed: boolean;
  parent: { id: string; title: string | null } | null;
}) {
  const titleErrors = validation.at("title");
  const summaryErrors = validation.at("summary");
  return (
    <div className="editor__title">
      <label className="visually-hidden" htmlFor="scenario-title">
        Title
      </label>
      <input
        id="scenario-title"
        className="editor__title-input"
        value={doc.title}
        maxLength={200}
        aria-invalid={titleErrors.length > 0}
        aria-describedby={titleErrors.length ? "title-error" : undefined}
        onChange={(e) => onChange({ ...doc, title: e.target.value })}
      />
      {titleErrors.length > 0 && (
        <span id="title-error" className="field__error" role="alert">
          {titleErrors.join(" · ")}
        </span>
      )}
      <p className="editor__provenance small muted">
        {isSeed && <span className="badge badge--seed" title="Shipped with Parley, modelled from public reporting and the texts it refers to">Seed scenario</span>}{" "}
        {parent && (
          <>
            Forked from{" "}
            {parent.title ? <Link href={`/s/${parent.id}`}>{parent.title}</Link> : "a scenario that has since been deleted"}
          </>
        )}
      </p>
      <label className="field__label" htmlFor="scenario-summary">
        Summary
      </label>
      <textarea
        id="scenario-summary"
        value={doc.summary}
        maxLength={4000}
        aria-invalid={summaryErrors.length > 0}
        onChange={(e) => onChange({ ...doc, summary: e.target.value })}
      />
      {summaryErrors.length > 0 && <span className="field__error">{summaryErrors.join(" · ")}</span>}
    </div>
  );
}
