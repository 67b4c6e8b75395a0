import { packResult, runOpening, type PackedResult, type PartyProfile } from "@/server/domain/analysis/index.ts";

// The analysis page's opening run, worked out while the page renders so that the Nash package and
// the chart's data arrive with the HTML. Kept for the last few profile-set versions: a version's
// profiles never change, so repeated views of the same assumptions cost nothing. The run reads no
// scenario (their scores are worked out in render, in well under a millisecond), so they are not
// part of the key: saving a scenario does not throw the run away.

export interface OpeningRun {
  /** The profile set's id and version it answers; the page uses it only for that version. */
  key: string;
  result: PackedResult;
  /** How long the run took on the server, when it ran. */
  ms: number;
}

const CAPACITY = 16;
const runs = new Map<string, OpeningRun>();

export function openingRun(set: { id: string; version: number; document: { parties: PartyProfile[] } }): OpeningRun {
  const key = `${set.id}:${set.version}`;
  const cached = runs.get(key);
  if (cached) {
    // A Map keeps insertion order: re-inserting marks it the most recently used.
    runs.delete(key);
    runs.set(key, cached);
    return cached;
  }
  const started = performance.now();
  const run: OpeningRun = { key, result: packResult(runOpening(set.document.parties)), ms: performance.now() - started };
  runs.set(key, run);
  if (runs.size > CAPACITY) runs.delete(runs.keys().next().value!);
  return run;
}
