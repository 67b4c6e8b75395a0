import { useMemo } from "react";
import { issueInWords } from "@/server/domain/issue-words.ts";
import { ScenarioDocument } from "@/server/domain/scenario.ts";

export interface Validation {
  valid: ScenarioDocument | null;
  issueCount: number;
  /** Messages for exactly this path ("terms.ceasefire.type.value"). */
  at(path: string): string[];
  /** Messages for this path and everything below it. */
  under(path: string): string[];
}

/** Validates the draft with the same schema the server applies to scenario.update. */
export function useValidation(draft: unknown): Validation {
  return useMemo(() => {
    const result = ScenarioDocument.safeParse(draft);
    const issues = result.success
      ? []
      : result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: issueInWords(i) }));
    return {
      valid: result.success ? result.data : null,
      issueCount: issues.length,
      at: (path) => issues.filter((i) => i.path === path).map((i) => i.message),
      under: (path) => issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message),
    };
  }, [draft]);
}
