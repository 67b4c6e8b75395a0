import type { analyse } from "@/server/domain/analysis/index.ts";

export type AnalysisInput = Parameters<typeof analyse>[0];
export type AnalysisResult = ReturnType<typeof analyse>;
export type AnalysisProgress = Parameters<NonNullable<Parameters<typeof analyse>[1]>>[0];

export interface AnalysisRequest {
  id: number;
  input: AnalysisInput;
}

export type WorkerMessage =
  | { id: number; type: "progress"; progress: AnalysisProgress }
  | { id: number; type: "result"; result: AnalysisResult }
  | { id: number; type: "error"; message: string };
