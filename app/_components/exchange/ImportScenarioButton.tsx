"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { tooBig } from "@/server/domain/exchange/text.ts";
import { fieldIssuesOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { refreshScenarioLists } from "../../_lib/scenario-lists.ts";
import { ProblemAlert, problemCount } from "./ProblemAlert.tsx";
import "./exchange.css";

interface Props {
  /**
   * Called once the imported scenario is stored. The caller navigates; `created` is the whole
   * answer of scenario.create (its edit secret included, when the server issues one).
   */
  onImported: (id: string, created: RouterOutputs["scenario"]["create"]) => void;
}

interface Failure {
  title: string;
  problems: string[];
}

/** "Import scenario…": reads a file written by Export JSON (or a bare scenario document) and stores it as a new scenario. */
export function ImportScenarioButton({ onImported }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const utils = trpc.useUtils();
  const create = trpc.scenario.create.useMutation();
  const busy = reading || create.isPending;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // Choosing the same file again must fire a change too.
    if (!file) return;
    setFailure(null);
    create.reset();
    // The file format brings the scenario schema (and zod) with it: loaded when a file is chosen.
    const { MAX_SCENARIO_FILE_BYTES, parseScenarioFile } = await import("@/server/domain/exchange/json.ts");
    if (file.size > MAX_SCENARIO_FILE_BYTES) {
      setFailure({
        title: `Nothing was imported: ${file.name} is too big. ${tooBig(file.size, MAX_SCENARIO_FILE_BYTES, "a scenario file")}.`,
        problems: [],
      });
      return;
    }
    setReading(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFailure({ title: `Nothing was imported: ${file.name} could not be read.`, problems: [] });
      return;
    } finally {
      setReading(false);
    }
    const result = parseScenarioFile(text);
    if (!result.ok) {
      setFailure({
        title: `Nothing was imported: ${file.name} has ${problemCount(result.problems.length)}.`,
        problems: result.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
      });
      return;
    }
    create.mutate(
      { document: result.document },
      {
        onSuccess: (created) => {
          refreshScenarioLists(utils);
          onImported(created.id, created);
        },
        onError: (error) => {
          const issues = fieldIssuesOf(error);
          setFailure({
            title: `Nothing was imported: the server refused ${file.name} (${error.message}).`,
            problems: issues.map((i) => `${i.path}: ${i.message}`),
          });
        },
      },
    );
  };

  return (
    <div className="exchange">
      <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => input.current?.click()}>
        {busy ? "Importing…" : "Import scenario…"}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Import a scenario file"
        hidden
        onChange={onFile}
      />
      {failure && <ProblemAlert title={failure.title} problems={failure.problems} />}
    </div>
  );
}
