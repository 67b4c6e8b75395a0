import { getTerm, withRegion, withTerm } from "../edit.ts";
import { regionById } from "../reference/regions.ts";
import { LIMITS, type ScenarioDocument } from "../scenario.ts";
import { DIMENSIONS, type OutcomeSpace } from "./model.ts";
import type { Catalogue } from "./position.ts";
import { compileSpace, packageDigits } from "./space.ts";

// Turns a package of the outcome space into a scenario a person can open, edit and save: the
// baseline with the package's choices written in, each marked as an assumption.

const SOURCE = "From Parley's outcome-space analysis";

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function packageToScenario(
  baseline: ScenarioDocument,
  space: OutcomeSpace,
  index: number,
  title: string,
  catalogue: Catalogue = DIMENSIONS,
): ScenarioDocument {
  const compiled = compileSpace(space, catalogue);
  const digits = packageDigits(compiled, index);
  let doc: ScenarioDocument = structuredClone(baseline);
  const choices: string[] = [];
  compiled.dimensions.forEach((dimension, d) => {
    const option = dimension.options[digits[d]!]!;
    const source = catalogue.find((x) => x.id === dimension.id)!;
    const note = clip(`${SOURCE} (package ${index}): ${dimension.label}: ${option.label}.`, LIMITS.noteLength);
    choices.push(`${dimension.label}: ${option.label}`);
    if (source.kind === "territory") {
      // Every region of the group at the same share: the option fixes the group's total, and an
      // even split is the assumption that moves no region more than the others.
      for (const regionId of source.regionIds) {
        const area = regionById(regionId)!.areaKm2;
        const russiaKm2 = option.russiaShare! * area;
        doc = withRegion(doc, regionId, { russiaKm2, ukraineKm2: area - russiaKm2, contestedKm2: 0, status: "assumption", note });
      }
    } else {
      doc = withTerm(doc, source.termId, { value: option.id, status: "assumption", note });
    }
  });
  // A unilateral ceasefire must name who declares it. Why Russia when the baseline names no one:
  // the only unilateral truces in the seed scenarios are Russia's; failing that, the first party.
  const type = getTerm(doc, "ceasefire.type").value;
  if (type === "unilateral" && getTerm(doc, "ceasefire.declaredBy").value === null && doc.parties.length > 0) {
    const declarer = doc.parties.find((p) => p.id === "russia") ?? doc.parties[0]!;
    doc = withTerm(doc, "ceasefire.declaredBy", {
      value: declarer.id,
      status: "assumption",
      note: `${SOURCE}: a unilateral ceasefire needs a declaring party.`,
    });
  }
  const summary =
    `${SOURCE}, package ${index} of ${compiled.size}; the choices below are assumptions, not anyone's stated position. ` +
    `${choices.join("; ")}. Every other term as in "${baseline.title}".`;
  doc.title = clip(title.trim(), LIMITS.titleLength) || `Package ${index}`;
  doc.summary = clip(summary, LIMITS.summaryLength);
  return doc;
}
