"use client";

import Link from "next/link";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { liveTerritory } from "@/server/domain/live-figures.ts";
import { LIMITS, type ScenarioDocument, type Territory } from "@/server/domain/scenario.ts";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import type { Validation } from "../../_lib/validation.ts";
import { HistoryPanel } from "../history/HistoryPanel.tsx";
import { RegionMap } from "../map/RegionMap.tsx";
import { useBufferBand } from "../map/use-buffer-band.ts";
import { EditableTerms } from "./EditableTerms.tsx";
import { ExplorePanel } from "./ExplorePanel.tsx";
import { diffUrl } from "../../_lib/urls.ts";
import { ExportButtons } from "../exchange/ExportButtons.tsx";
import { ImportTerritoryButton } from "../exchange/ImportTerritoryButton.tsx";
import { ShareDialog } from "../share/ShareDialog.tsx";
import { HeadlineFigures } from "./HeadlineFigures.tsx";
import { ReadOnlyBanner } from "./ReadOnlyBanner.tsx";
import { ReadOnlyTerms, ReadOnlyTitle } from "./ReadOnlyTerms.tsx";
import { useEditAccess } from "./use-edit-access.ts";
import { useScenarioDraft } from "./use-scenario-draft.ts";
import { DeletedNotice, LocalDraftOffer } from "./DraftNotices.tsx";
import { SaveBar } from "./SaveBar.tsx";
import { SectionMenu } from "./SectionMenu.tsx";
import "./editor.css";

/** The page (app/s/[id]/page.tsx) prefetches the scenario on the server, so the first HTML has it all. */
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
  const checkEditSecret = trpc.scenario.checkEditSecret.useMutation();
  const access = useEditAccess(record, record.document.title, "scenario", async (editSecret) => {
    return (await checkEditSecret.mutateAsync({ id: record.id, editSecret })).canEdit;
  });
  const editor = useScenarioDraft(record, access);
  const { draft, setDraft, saved, validation, state } = editor;
  const [published, setPublished] = useState(record.published);
  const figures = useLiveTerritory(draft.terms.territory);
  const band = useBufferBand({ bufferZone: draft.terms.bufferZone, territory: figures.territory });
  const provenance = (
    <Provenance isSeed={record.isSeed} parent={record.parentId ? { id: record.parentId, title: record.parentTitle } : null} />
  );

  // Ctrl/Cmd+S saves, as in any editor.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        editor.save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (editor.deleted) {
    return (
      <DeletedNotice
        title={saved.document.title}
        onUndo={editor.undoDelete}
        busy={editor.busy}
        error={editor.actionError?.message ?? null}
      />
    );
  }

  return (
    <form className="editor" onSubmit={(e) => (e.preventDefault(), editor.save())} noValidate>
      <SaveBar
        state={state}
        canSave={editor.dirty && validation.valid !== null}
        onOverwrite={() => editor.conflictVersion !== null && editor.save(editor.conflictVersion)}
        onReload={editor.reload}
        onMerge={editor.merge}
        theirChangesHref={
          editor.conflictVersion !== null ? diffUrl({ id: record.id, revision: saved.version }, { id: record.id }) : null
        }
        mergeNote={editor.mergeNote}
        onFork={editor.forkSaved}
        forkDisabledReason={editor.dirty ? "Save first: a copy starts from the saved version" : null}
        onDelete={editor.remove}
        busy={editor.busy}
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
      {editor.actionError && <p className="alert alert--error">{editor.actionError.message}</p>}
      <SectionMenu />
      {editor.offer && (
        <LocalDraftOffer keptAt={editor.offer.keptAt} onRestore={editor.restoreOffer} onDiscard={editor.discardOffer} />
      )}
      {!access.canEdit && (
        <ReadOnlyBanner
          isSeed={record.isSeed}
          status={access.status}
          unsavedChanges={editor.dirty}
          onFork={editor.forkSaved}
          onForkChanges={editor.forkDraft}
          busy={editor.busy}
        />
      )}

      {access.canEdit ? (
        <TitleFields doc={draft} validation={validation} onChange={setDraft} provenance={provenance} />
      ) : (
        <ReadOnlyTitle doc={draft} provenance={provenance} />
      )}
      <HeadlineFigures doc={draft} territory={figures.territory} stale={figures.stale} band={band} />
      <ExplorePanel scenarioId={record.id} baseline={record.baseline} saved={saved.document} />
      <section className="panel lazy-render" aria-labelledby="map-heading" id="map">
        <h2 id="map-heading">Map</h2>
        <RegionMap territory={figures.territory} title={`Who holds what: ${draft.title}`} band={band} />
      </section>
      {access.canEdit ? (
        <EditableTerms draft={draft} saved={saved.document} scenarioId={record.id} validation={validation} setDraft={setDraft} />
      ) : (
        <ReadOnlyTerms doc={draft} />
      )}
      <section className="panel lazy-render" aria-labelledby="files-heading" id="files">
        <h2 id="files-heading">Files</h2>
        <p className="panel__intro">
          The scenario as JSON (with its schema version) or its territory table as CSV. Importing a CSV replaces the table in this
          page after checking the whole file; save to keep it.
        </p>
        <div className="explore">
          <ExportButtons doc={saved.document} scenarioId={record.id} />
          {access.canEdit && (
            <ImportTerritoryButton
              territory={draft.terms.territory}
              onImport={(territory) => setDraft((d) => ({ ...d, terms: { ...d.terms, territory } }))}
            />
          )}
        </div>
      </section>
      <HistoryPanel
        scenarioId={record.id}
        dirty={editor.dirty}
        onRestored={editor.adopt}
        editSecret={access.canEdit ? access.secret : null}
      />
    </form>
  );
}

/** The territory the figures and the map show: the typed one when valid, else the last valid one. */
function useLiveTerritory(typed: Territory) {
  const [lastValid, setLastValid] = useState(typed);
  const live = useMemo(() => liveTerritory(typed, lastValid), [typed, lastValid]);
  if (!live.stale && live.territory !== lastValid) setLastValid(live.territory);
  return live;
}

/** Where the scenario comes from: a seed, or a fork of another scenario. */
function Provenance({ isSeed, parent }: { isSeed: boolean; parent: { id: string; title: string | null } | null }) {
  return (
    <p className="editor__provenance small muted">
      {isSeed && (
        <span
          className="badge badge--seed"
          title="Shipped with Parley, modelled from public reporting and the texts it refers to"
        >
          Seed scenario
        </span>
      )}{" "}
      {parent && (
        <>
          Forked from{" "}
          {parent.title ? <Link href={`/s/${parent.id}`}>{parent.title}</Link> : "a scenario that has since been deleted"}
        </>
      )}
    </p>
  );
}

function TitleFields({
  doc,
  validation,
  onChange,
  provenance,
}: {
  doc: ScenarioDocument;
  validation: Validation;
  onChange: (next: ScenarioDocument) => void;
  provenance: ReactNode;
}) {
  const titleErrors = validation.at("title");
  const summaryErrors = validation.at("summary");
  return (
    <div className="editor__title">
      {/* The title field shows the title; the page's one heading names it for those who browse by headings. */}
      <h1 className="visually-hidden">{doc.title || "Untitled scenario"}</h1>
      <label className="visually-hidden" htmlFor="scenario-title">
        Title
      </label>
      <input
        id="scenario-title"
        className="editor__title-input"
        value={doc.title}
        maxLength={LIMITS.titleLength}
        aria-invalid={titleErrors.length > 0}
        aria-describedby={titleErrors.length ? "title-error" : undefined}
        onChange={(e) => onChange({ ...doc, title: e.target.value })}
      />
      {titleErrors.length > 0 && (
        <span id="title-error" className="field__error" role="alert">
          {titleErrors.join(" · ")}
        </span>
      )}
      {provenance}
      <label className="field__label" htmlFor="scenario-summary">
        Summary
      </label>
      <textarea
        id="scenario-summary"
        value={doc.summary}
        maxLength={LIMITS.summaryLength}
        aria-invalid={summaryErrors.length > 0}
        onChange={(e) => onChange({ ...doc, summary: e.target.value })}
      />
      {summaryErrors.length > 0 && <span className="field__error">{summaryErrors.join(" · ")}</span>}
    </div>
  );
}
