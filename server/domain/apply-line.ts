import { formatIsoDate, formatKm2 } from "./format.ts";
import { lineDateOn, NEWEST_LINE_DATE, regionOnLine, LINE_SOURCE } from "./line-of-control.ts";
import { REGIONS, type RegionId } from "./reference/regions.ts";
import { LIMITS, type RegionTerm, type ScenarioDocument } from "./scenario.ts";

// "What would it mean today": a position's territory recomputed against another line of control.
// Only regions whose basis says how they were reached change: "line" takes the new line's figures,
// "whole_russia"/"whole_ukraine" stay whole; figures entered by hand are left as they are.

export interface RecomputedRegion {
  regionId: RegionId;
  name: string;
  before: { russiaKm2: number; ukraineKm2: number; contestedKm2: number };
  after: { russiaKm2: number; ukraineKm2: number; contestedKm2: number };
}

export interface LineRecomputation {
  /** The line the position was made against (the series day on or before its date), if known. */
  fromLineDate: string | null;
  toLineDate: string;
  document: ScenarioDocument;
  /** Regions that follow the line, with their figures before and after (unchanged ones included). */
  recomputed: RecomputedRegion[];
  /** Regions left as entered: nothing says how their figures were reached. */
  leftAsEntered: RegionId[];
  /** What was done, in one paragraph: also the new scenario's summary. */
  explanation: string;
}

/** At most `max` UTF-16 units, cut at a whole character (never half a surrogate pair). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = Array.from(text);
  while (kept.join("").length > max - 1) kept = kept.slice(0, -1);
  return `${kept.join("")}…`;
}

function regionAfter(term: RegionTerm, id: RegionId, lineDate: string): RegionTerm {
  const region = REGIONS.find((r) => r.id === id)!;
  if (term.basis === "whole_russia") return { ...term, russiaKm2: region.areaKm2, ukraineKm2: 0, contestedKm2: 0 };
  if (term.basis === "whole_ukraine") return { ...term, russiaKm2: 0, ukraineKm2: region.areaKm2, contestedKm2: 0 };
  const line = regionOnLine(lineDate, id);
  const note = `Line of ${formatIsoDate(lineDate)}: ${line.how} (${LINE_SOURCE}). Was: ${term.note}`;
  return {
    ...term,
    russiaKm2: line.russiaKm2,
    ukraineKm2: line.ukraineKm2,
    contestedKm2: 0,
    note: clip(note, LIMITS.noteLength),
  };
}

/** The position with its line-following regions moved to the line of `lineDate` (the newest by default). */
export function applyLine(doc: ScenarioDocument, lineDate: string = NEWEST_LINE_DATE): LineRecomputation {
  const fromLineDate = doc.context.date ? lineDateOn(doc.context.date) : null;
  const territory = { ...doc.terms.territory };
  const recomputed: RecomputedRegion[] = [];
  const leftAsEntered: RegionId[] = [];
  for (const region of REGIONS) {
    const id = region.id as RegionId;
    const term = territory[id];
    if (term.basis === "entered") {
      leftAsEntered.push(id);
      continue;
    }
    const after = regionAfter(term, id, lineDate);
    territory[id] = after;
    if (term.basis === "line") {
      const figures = (t: RegionTerm) => ({ russiaKm2: t.russiaKm2, ukraineKm2: t.ukraineKm2, contestedKm2: t.contestedKm2 });
      recomputed.push({ regionId: id, name: region.shortName, before: figures(term), after: figures(after) });
    }
  }
  const moved = recomputed.filter((r) => r.before.russiaKm2 !== r.after.russiaKm2 || r.before.ukraineKm2 !== r.after.ukraineKm2);
  const on = formatIsoDate(lineDate);
  const explanation = recomputed.length
    ? `Recomputed by Parley against the line of ${on}${fromLineDate ? ` (the position was made against the line of ${formatIsoDate(fromLineDate)})` : ""}. ` +
      `${recomputed.length} ${recomputed.length === 1 ? "region follows" : "regions follow"} the line of control and now take that day's estimates` +
      (moved.length
        ? `; these moved: ${moved.map((r) => `${r.name}: Russia ${formatKm2(r.before.russiaKm2)} → ${formatKm2(r.after.russiaKm2)}`).join("; ")}.`
        : "; none of them moved.") +
      " Regions the position gives wholly to one side stay so; figures entered by hand are unchanged; every other term is as in the original."
    : `Nothing to recompute: no region of this scenario follows the line of control (its figures were entered by hand or give whole regions to one side).`;
  const document: ScenarioDocument = {
    ...doc,
    title: clip(`${doc.title}, against the line of ${on}`, LIMITS.titleLength),
    summary: clip(`${explanation}\n\n${doc.summary}`, LIMITS.summaryLength),
    context: { ...doc.context, date: lineDate, dateKind: "as_of", answers: null },
    terms: { ...doc.terms, territory },
  };
  return { fromLineDate, toLineDate: lineDate, document, recomputed, leftAsEntered, explanation };
}
