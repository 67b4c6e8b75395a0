"use client";

import { exportFileName, localIsoDate } from "@/server/domain/exchange/filename.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { downloadText } from "./download.ts";
import "./exchange.css";

interface Props {
  /** What to export: pass the saved document, or the draft if unsaved edits should go too. */
  doc: ScenarioDocument;
  /** The scenario's public id, recorded in the JSON file as its source. */
  scenarioId: string;
}

/**
 * "Export JSON" (the whole scenario, importable) and "Export territory CSV" (the region table, for
 * spreadsheets). The file formats' code loads on the click: the page need not carry it to show.
 */
export function ExportButtons({ doc, scenarioId }: Props) {
  const exportJson = async () => {
    const { exportScenarioJson } = await import("@/server/domain/exchange/json.ts");
    const now = new Date();
    downloadText(
      exportFileName(doc.title, "scenario-json", localIsoDate(now)),
      exportScenarioJson(doc, { id: scenarioId, exportedAt: now.toISOString() }),
      "application/json",
    );
  };
  const exportCsv = async () => {
    const { exportTerritoryCsv } = await import("@/server/domain/exchange/csv.ts");
    downloadText(
      exportFileName(doc.title, "territory-csv", localIsoDate(new Date())),
      exportTerritoryCsv(doc),
      "text/csv;charset=utf-8",
    );
  };
  return (
    <div className="exchange" role="group" aria-label="Export">
      <button
        type="button"
        className="button button--small"
        onClick={exportJson}
        title="The whole scenario as a file you can import again"
      >
        Export JSON
      </button>
      <button type="button" className="button button--small" onClick={exportCsv} title="One row per region, for spreadsheets">
        Export territory CSV
      </button>
    </div>
  );
}
