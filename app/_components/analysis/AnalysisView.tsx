"use client";

import dynamic from "next/dynamic";
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import {
  baselineOptions,
  compileSpace,
  decodePackage,
  DEFAULT_MAX_PACKAGES,
  describePackage,
  OPENING_AXES,
  OPENING_SPACE,
  packageText,
  packageToScenario,
  ProfileSetDocument,
  scoreScenarios,
  unpackResult,
  type ChartAxes,
  type OutcomeSpace,
  type PositionedScenario,
  type SessionInput,
  type SessionResult,
} from "@/server/domain/analysis/index.ts";
import { statusQuo } from "@/server/domain/seeds/status-quo.ts";
import type { RouterOutputs } from "../../_lib/trpc.tsx";
import type { OpeningRun } from "../../analysis/opening-run.ts";
import { AssumptionsExplained } from "./AssumptionsExplained.tsx";
import { CoverageNote } from "./CoverageNote.tsx";
import { chartMarks } from "./chart-marks.ts";
import { PackageTerms } from "./PackageTerms.tsx";
import { ProfilesEditor } from "./ProfilesEditor.tsx";
import { ProfileSetBar } from "./ProfileSetBar.tsx";
import { ProfileSetHistory } from "./ProfileSetHistory.tsx";
import { RunStatus } from "./RunStatus.tsx";
import { ScenarioScores } from "./ScenarioScores.tsx";
import { Tornado } from "./Sensitivity.tsx";
import { SolutionsPanel } from "./SolutionsPanel.tsx";
import { SpacePicker } from "./SpacePicker.tsx";
import { useAnalysisWorker } from "./use-analysis-worker.ts";
import "./analysis.css";

/**
 * The chart (Chart.js, ≈60 kB gzip) is loaded on its own: it can only draw once the worker has
 * answered, so the page need not wait for it to become usable. Its place is held meanwhile.
 */
const ValueSpaceChart = dynamic(() => import("./ValueSpaceChart.tsx").then((m) => m.ValueSpaceChart), {
  ssr: false,
  loading: () => <ChartPlace />,
});

/** What the chart shows under its canvas (the Nash line), also shown while the chart's code loads. */
const ChartNotes = createContext<ReactNode>(null);

/** Where the chart will be, as tall as the chart with its notes, so nothing moves when it arrives. */
function ChartPlace() {
  const notes = useContext(ChartNotes);
  return (
    <div className={notes ? "value-chart-place value-chart-place--noted" : "value-chart-place"}>
      <div className="value-chart__canvas">
        <p className="small muted value-chart-place__note">
          {notes
            ? "The chart is drawn here in a moment."
            : "The chart is drawn here once this browser has scored every package (a second or two)."}
        </p>
      </div>
      {notes}
    </div>
  );
}

type ProfileSetRecord = RouterOutputs["profileSet"]["get"];

/** `opening`: the server's run for the opening settings (the set's profiles, OPENING_SPACE, OPENING_AXES). */
export function AnalysisView({
  profileSet,
  scenarios,
  opening,
}: {
  profileSet: ProfileSetRecord;
  scenarios: PositionedScenario[];
  opening: OpeningRun | null;
}) {
  const [draft, setDraft] = useState(profileSet.document);
  const [space, setSpace] = useState<OutcomeSpace>(OPENING_SPACE);
  const [axes, setAxes] = useState<ChartAxes>(OPENING_AXES);
  const baseline = useMemo(() => statusQuo(), []);

  const validation = useMemo(() => ProfileSetDocument.safeParse(draft), [draft]);
  // Changes only when the errors do, so that the profile editors need not re-render on every step.
  const errorText = validation.success ? "[]" : JSON.stringify(validation.error.issues.map((i) => [i.path.join("."), i.message]));
  const errorsFor = useCallback(
    (path: string) =>
      (JSON.parse(errorText) as [string, string][]).filter(([at]) => at.startsWith(path)).map(([, message]) => message),
    [errorText],
  );
  const size = useMemo(() => {
    try {
      return compileSpace(space).size;
    } catch {
      return 0;
    }
  }, [space]);

  // The input the page wants answered now; each change supersedes the run in progress at once.
  const input = useMemo<SessionInput | null>(
    () =>
      validation.success && size > 0 && size <= DEFAULT_MAX_PACKAGES
        ? { profiles: validation.data.parties, space, baseline, axes }
        : null,
    [validation, space, size, baseline, axes],
  );
  // The opening settings' result came with the page; it answers this very input object.
  const [seed] = useState(() => (opening && input ? { input, result: unpackResult(opening.result), ms: opening.ms } : null));
  const { runState, last, nashRanges, run, cancel } = useAnalysisWorker(seed);
  useEffect(() => {
    if (input && input !== seed?.input) run(input);
  }, [input, run, seed]);
  const runAgain = useCallback(() => input && run(input), [input, run]);

  const scores = useMemo(
    () =>
      validation.success
        ? scoreScenarios(
            scenarios.map((s) => s.positions),
            validation.data.parties,
          )
        : null,
    [scenarios, validation],
  );
  const result = last?.result ?? null;
  const stale = last !== null && last.input !== input;
  const statusQuoOptions = useMemo(() => (result ? baselineOptions(result.dimensions, baseline) : {}), [result, baseline]);
  const terms = useCallback(
    (index: number) => describePackage(result!.dimensions, decodePackage(result!, index), statusQuoOptions),
    [result, statusQuoOptions],
  );
  const describe = useCallback((index: number) => packageText(terms(index)), [terms]);
  const marks = useMemo(
    () =>
      result && scores
        ? chartMarks(
            result,
            scenarios.map((s, i) => ({ title: s.title, utilities: scores.scenarios[i]!.utilities })),
            describe,
          )
        : [],
    [result, scores, scenarios, describe],
  );
  const resultSpace = last?.input.space ?? null;
  const toScenario = useCallback(
    (index: number, title: string) => packageToScenario(baseline, resultSpace!, index, title),
    [baseline, resultSpace],
  );
  const nashMessage = useNashAnnouncement(result, describe);
  // The panels below the workbench follow at a lower priority: React renders them in slices that
  // give way to the next key press, so a slider step never waits on tables off screen.
  const deferred = useDeferredValue({ result, terms, toScenario, nashRanges, scores, validation });
  const partyNamesKey = draft.parties.map((p) => p.name).join("\n");
  const partyNames = useMemo(() => partyNamesKey.split("\n"), [partyNamesKey]);
  const nashLine = result && (
    <div className="nash-line" data-testid="nash-label">
      {result.nash ? (
        <>
          <strong>Nash package</strong> (
          {result.parties.map((p, i) => `${p.name} ${result.nash!.utilities[i]!.toFixed(1)}`).join(", ")}), changes from the
          status quo: <PackageTerms terms={terms(result.nash.index).filter((t) => t.differs)} compact />
        </>
      ) : (
        <strong>No package is acceptable to every party: no Nash package.</strong>
      )}
      {nashMessage && (
        <span className="nash-line__changed" aria-hidden="true">
          {" "}
          (changed)
        </span>
      )}
    </div>
  );

  return (
    <>
      <ProfileSetBar record={profileSet} draft={draft} valid={validation.success} />
      <div className="workbench">
        <div className="workbench__controls" role="region" aria-label="Assumptions: weights and reservation values">
          <ProfilesEditor set={draft} onChange={setDraft} errorsFor={errorsFor} />
        </div>
        <section className="workbench__stage panel" aria-labelledby="chart-heading">
          <h2 id="chart-heading">Packages in value space</h2>
          <div className="analysis-toolbar">
            <AxisPicker parties={result?.parties ?? draft.parties} axes={axes} onChange={setAxes} />
            <RunStatus store={runState} onCancel={cancel} onRunAgain={runAgain} stale={stale} lastSize={result?.size ?? null} />
          </div>
          <p className="visually-hidden" aria-live="polite" data-testid="nash-announcement">
            {nashMessage}
          </p>
          {!result && (
            <>
              <p className="small analysis-summary">&nbsp;</p>
              <ChartPlace />
            </>
          )}
          {result && (
            <>
              <p className="small analysis-summary">
                {result.size.toLocaleString("en-US")} packages; {result.frontier.length.toLocaleString("en-US")} on the Pareto
                frontier;{" "}
                <strong data-testid="accepted-share">{(result.acceptedShare * 100).toFixed(1)}% acceptable to every party</strong>
                {last && (
                  <span className="muted" data-testid="run-time">
                    {" "}
                    · {last.fromServer ? "worked out with the page" : `answered in ${Math.round(last.ms)} ms`}
                  </span>
                )}
              </p>
              <ChartNotes.Provider value={nashLine}>
                <ValueSpaceChart result={result} marks={marks} describe={describe} runId={last!.id}>
                  {nashLine}
                </ValueSpaceChart>
              </ChartNotes.Provider>
            </>
          )}
        </section>
      </div>
      <AssumptionsExplained />
      <CoverageNote />
      <SpacePicker space={space} onChange={setSpace} size={size} maxPackages={DEFAULT_MAX_PACKAGES} />
      {deferred.scores && deferred.validation.success && (
        <ScenarioScores scenarios={scenarios} scores={deferred.scores} profiles={deferred.validation.data.parties} />
      )}
      {deferred.result && (
        <section className="panel lazy-render" aria-labelledby="nash-sensitivity-heading">
          <h2 id="nash-sensitivity-heading">How robust is the Nash package?</h2>
          {deferred.nashRanges ? (
            <Tornado
              conclusion={deferred.result.nash ? "The Nash package stays the same" : "No package stays acceptable to every party"}
              ranges={deferred.nashRanges}
              partyNames={partyNames}
              testId="nash-sensitivity"
            />
          ) : (
            <p className="small muted" role="status">
              Working out how far each weight and reservation value can move…
            </p>
          )}
          <p className="small muted">
            Exact: for each assumption alone, Parley finds where another package&apos;s Nash product overtakes this one&apos;s
            (each product is linear in a weight or a reservation value once the common denominator is divided out).
          </p>
        </section>
      )}
      {deferred.result && <SolutionsPanel result={deferred.result} terms={deferred.terms} toScenario={deferred.toScenario} />}
      <ProfileSetHistory record={profileSet} />
    </>
  );
}

/** Says, for screen readers and in words on screen, when moving an assumption moves the Nash package. */
function useNashAnnouncement(result: SessionResult | null, describe: (index: number) => string) {
  const previous = useRef<string | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!result) return;
    const nash = result.nash;
    const key = nash ? JSON.stringify(nash.options) : "none";
    if (previous.current !== null && previous.current !== key) {
      setMessage(
        nash
          ? `The Nash package changed: ${describe(nash.index)}.`
          : "No package is acceptable to every party any more: the Nash package is gone.",
      );
    }
    previous.current = key;
  }, [result, describe]);
  return message;
}

function AxisPicker({
  parties,
  axes,
  onChange,
}: {
  parties: { partyId: string; name: string }[];
  axes: ChartAxes;
  onChange: (axes: ChartAxes) => void;
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
