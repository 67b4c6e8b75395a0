"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import {
  compileSpace,
  DEFAULT_MAX_PACKAGES,
  DIMENSIONS,
  packageToScenario,
  ProfileSetDocument,
  scoreScenarios,
  type AnalysisResult,
  type OutcomeSpace,
} from "@/server/domain/analysis/index.ts";
import { statusQuo } from "@/server/domain/seeds/status-quo.ts";
import { trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { ProfilesEditor } from "./ProfilesEditor.tsx";
import { ProfileSetBar } from "./ProfileSetBar.tsx";
import { ScenarioScores } from "./ScenarioScores.tsx";
import { SolutionsPanel } from "./SolutionsPanel.tsx";
import { SpacePicker } from "./SpacePicker.tsx";
import { useAnalysisWorker } from "./use-analysis-worker.ts";
import { ValueSpaceChart } from "./ValueSpaceChart.tsx";
import "./analysis.css";

/** Issues in play when the page opens: every dimension but Luhansk (almost all Russian-held either way). */
const DEFAULT_SPACE: OutcomeSpace = DIMENSIONS.filter((d) => d.id !== "luhansk").map((d) => ({ dimensionId: d.id, optionIds: d.options.map((o) => o.id) }));

type ProfileSetRecord = RouterOutputs["profileSet"]["get"];

export function AnalysisView({ profileSet }: { profileSet: ProfileSetRecord }) {
  const [draft, setDraft] = useState(profileSet.document);
  const [space, setSpace] = useState<OutcomeSpace>(DEFAULT_SPACE);
  const [axes, setAxes] = useState({ x: 0, y: 1, colour: 2 as number | null });
  const baseline = useMemo(() => statusQuo(), []);
  const { state, last, run, cancel } = useAnalysisWorker();

  const validation = useMemo(() => ProfileSetDocument.safeParse(draft), [draft]);
  const errorsFor = (path: string) =>
    validation.success ? [] : validation.error.issues.filter((i) => i.path.join(".").startsWith(path)).map((i) => i.message);
  const size = useMemo(() => {
    try {
      return compileSpace(space).size;
    } catch {
      return 0;
    }
  }, [space]);

  // Re-run shortly after each change; a run in progress is replaced, never queued.
  useEffect(() => {
    if (!validation.success || size === 0 || size > DEFAULT_MAX_PACKAGES) return;
    const timer = setTimeout(() => run({ profiles: validation.data.parties, space, baseline }), 150);
    return () => clearTimeout(timer);
  }, [validation, space, size, baseline, run]);

  const { scenarios, ready: scenariosReady } = useSavedScenarios();
  const scores = useMemo(
    () => (validation.success ? scoreScenarios(scenarios.map((s) => s.document), validation.data.parties) : null),
    [scenarios, validation],
  );
  const nashMessage = useNashAnnouncement(last?.result ?? null);
  const result = last?.result ?? null;

  return (
    <>
      <ProfileSetBar record={profileSet} draft={draft} valid={validation.success} />
      <p className="alert alert--warn small">
        Every value on this page comes from <strong>analyst assumptions</strong> about what each party wants, not from anything the
        parties published. Change the assumptions and the picture changes.
      </p>
      {scores && validation.success && (
        <ScenarioScores scenarios={scenarios} scores={scores} parties={validation.data.parties} loading={!scenariosReady} />
      )}
      <SpacePicker space={space} onChange={setSpace} size={size} maxPackages={DEFAULT_MAX_PACKAGES} />

      <section className="panel" aria-labelledby="chart-heading">
        <h2 id="chart-heading">Packages in value space</h2>
        <div className="analysis-toolbar">
          {result && <AxisPicker parties={result.parties} axes={axes} onChange={setAxes} />}
          <RunStatus state={state} onCancel={cancel} />
        </div>
        <p className="visually-hidden" aria-live="polite" data-testid="nash-announcement">
          {nashMessage}
        </p>
        {nashMessage && (
          <p className="alert small" aria-hidden="true">
            {nashMessage}
          </p>
        )}
        {result && scores && (
          <>
            <p className="small">
              {result.size.toLocaleString("en-US")} packages; {result.frontier.length.toLocaleString("en-US")} on the Pareto frontier;{" "}
              <strong data-testid="accepted-share">{(result.acceptedShare * 100).toFixed(1)}% acceptable to every party</strong>
              {last && <span className="muted"> (computed in {Math.round(last.ms)} ms)</span>}
            </p>
            <ValueSpaceChart
              result={result}
              scenarios={scenarios.map((s, i) => ({ label: s.document.title, utilities: scores.scenarios[i]!.utilities }))}
              x={axes.x}
              y={axes.y}
              colour={axes.colour}
            />
          </>
        )}
      </section>
      {result && (
        <SolutionsPanel
          result={result}
          toScenario={(index, title) => packageToScenario(baseline, space, index, title)}
        />
      )}
      <ProfilesEditor set={draft} onChange={setDraft} errorsFor={errorsFor} />
    </>
  );
}

/** The saved scenarios (newest 20) with their documents, to place them on the chart. */
function useSavedScenarios() {
  const list = trpc.scenario.list.useQuery({ limit: 20 });
  const ids = list.data?.items.map((s) => s.id) ?? [];
  const docs = trpc.useQueries((t) => ids.map((id) => t.scenario.get({ id })));
  const ready = list.isSuccess && docs.every((d) => d.data);
  const stamp = docs.map((d) => d.dataUpdatedAt).join();
  // Recomputed only when a document arrives or changes, not on every render.
  const scenarios = useMemo(() => (ready ? docs.map((d) => d.data!) : []), [ready, stamp]); // eslint-disable-line react-hooks/exhaustive-deps
  return { scenarios, ready };
}

/** Says, for screen readers and in words on screen, when moving an assumption moves the Nash package. */
function useNashAnnouncement(result: AnalysisResult | null) {
  const previous = useRef<string | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!result) return;
    const nash = result.nash;
    const key = nash ? JSON.stringify(nash.options) : "none";
    if (previous.current !== null && previous.current !== key) {
      setMessage(
        nash
          ? `The Nash package changed: ${result.dimensions.map((d) => `${d.label}: ${d.options.find((o) => o.id === nash.options[d.id])?.label}`).join("; ")}.`
          : "No package is acceptable to every party any more: the Nash package is gone.",
      );
    }
    previous.current = key;
  }, [result]);
  return message;
}

function AxisPicker({
  parties,
  axes,
  onChange,
}: {
  parties: { partyId: string; name: string }[];
  axes: { x: number; y: number; colour: number | null };
  onChange: (axes: { x: number; y: number; colour: number | null }) => void;
}) {
  const select = (label: string, value: number | null, set: (v: number | null) => void, allowNone = false) => (
    <label className="small">
      {label}{" "}
      <select value={value ?? ""} onChange={(e) => set(e.target.value === "" ? null : Number(e.target.value))}>
        {allowNone && <option value="">None</option>}
        {parties.map((p, i) => (
          <option key={p.partyId} value={i}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {select("Horizontal", axes.x, (x) => onChange({ ...axes, x: x ?? 0 }))}
      {select("Vertical", axes.y, (y) => onChange({ ...axes, y: y ?? 1 }))}
      {select("Colour", axes.colour, (colour) => onChange({ ...axes, colour }), true)}
    </>
  );
}

function RunStatus({ state, onCancel }: { state: ReturnType<typeof useAnalysisWorker>["state"]; onCancel: () => void }) {
  if (state.kind === "running") {
    const p = state.progress;
    const percent = p && p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
    return (
      <span className="run-status" role="status">
        {p ? `${p.phase === "scoring" ? "Scoring packages" : p.phase === "frontier" ? "Finding the frontier" : "Bargaining solutions"}… ` : "Starting… "}
        <progress max={100} value={percent} aria-label="Analysis progress" />{" "}
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </span>
    );
  }
  if (state.kind === "cancelled") return <span className="run-status small" role="status">Cancelled: showing the last finished result.</span>;
  if (state.kind === "failed") return <span className="run-status field__error" role="alert">{state.message}</span>;
  return null;
}
