"use client";

import { useRef, useState, type ChangeEvent } from "react";
import type { TerritoryCsvProblem } from "@/server/domain/exchange/csv.ts";
import { tooBig } from "@/server/domain/exchange/text.ts";
import type { Territory } from "@/server/domain/scenario.ts";
import { ProblemAlert, problemCount } from "./ProblemAlert.tsx";
import "./exchange.css";

interface Props {
  /** The table being edited: zone, status and note columns the file leaves out keep these values. */
  territory: Territory;
  /** Receives the whole imported table (never a partial one); the editor shows it as unsaved changes. */
  onImport: (territory: Territory) => void;
  disabled?: boolean;
}

type Outcome = { kind: "failed"; title: string; problems: string[] } | { kind: "imported"; fileName: string };

/** "Line 5, russia_km2: Cannot be negative"; problems with the file as a whole have no line. */
export function describeCsvProblem(p: TerritoryCsvProblem): string {
  if (p.line === 0) return p.message;
  return `Line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.message}`;
}

/** "Import territory CSV…": replaces the territory table with one read from a CSV file (see Export territory CSV). */
export function ImportTerritoryButton({ territory, onImport, disabled = false }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // Choosing the same file again must fire a change too.
    if (!file) return;
    setOutcome(null);
    // The CSV code loads when a file is chosen: the page need not carry it to show.
    const { MAX_TERRITORY_CSV_BYTES, parseTerritoryCsv } = await import("@/server/domain/exchange/csv.ts");
    if (file.size > MAX_TERRITORY_CSV_BYTES) {
      setOutcome({
        kind: "failed",
        title: `Nothing changed: ${file.name} is too big. ${tooBig(file.size, MAX_TERRITORY_CSV_BYTES, "a territory CSV")}.`,
        problems: [],
      });
      return;
    }
    setReading(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: "failed", title: `Nothing changed: ${file.name} could not be read.`, problems: [] });
      return;
    } finally {
      setReading(false);
    }
    const result = parseTerritoryCsv(text, territory);
    if (!result.ok) {
      setOutcome({
        kind: "failed",
        title: `Nothing changed: ${file.name} has ${problemCount(result.problems.length)}.`,
        problems: result.problems.map(describeCsvProblem),
      });
      return;
    }
    onImport(result.territory);
    setOutcome({ kind: "imported", fileName: file.name });
  };

  return (
    <div className="exchange">
      <button
        type="button"
        className="button button--small"
        disabled={disabled || reading}
        aria-busy={reading}
        onClick={() => input.current?.click()}
      >
        {reading ? "Reading…" : "Import territory CSV…"}
      </button>
      <input ref={input} type="file" accept=".csv,text/csv" aria-label="Import a territory CSV file" hidden onChange={onFile} />
      {outcome?.kind === "failed" && <ProblemAlert title={outcome.title} problems={outcome.problems} />}
      <p className="exchange__status small" role="status">
        {outcome?.kind === "imported" ? `Territory table read from ${outcome.fileName}. Check it, then save.` : ""}
      </p>
    </div>
  );
}
