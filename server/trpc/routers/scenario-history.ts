import { describeBeforeAfter } from "../../domain/before-after.ts";
import { bufferZoneBand } from "../../domain/buffer-zone.ts";
import { bufferZoneInput } from "../../domain/buffer-zone-input.ts";
import { compareScenarios } from "../../domain/compare.ts";
import { diffDocuments } from "../../domain/diff.ts";
import { CompareScenariosInput, DiffScenariosInput, HistoryInput, RestoreRevisionInput } from "../../domain/inputs.ts";
import { getDocumentAt, getScenarios, listRevisions, restoreRevision } from "../../db/scenarios.ts";
import { changeToExistingScenario } from "../budget.ts";
import { publicProcedure } from "../init.ts";

// Comparison, before/after and revision history: the scenario.* procedures that read across
// scenarios or revisions.

export const scenarioHistoryProcedures = {
  compare: publicProcedure.input(CompareScenariosInput).query(async ({ ctx, input }) => {
    const scenarios = await getScenarios(ctx.db, input.ids);
    const referenceIndex = input.referenceId ? input.ids.indexOf(input.referenceId) : 0;
    return {
      scenarios: scenarios.map((s) => ({
        id: s.id,
        title: s.document.title,
        version: s.version,
        updatedAt: s.updatedAt,
        isSeed: s.isSeed,
      })),
      referenceId: input.ids[referenceIndex]!,
      comparison: compareScenarios(
        scenarios.map((s) => s.document),
        referenceIndex,
        scenarios.map((s) => bufferZoneBand(bufferZoneInput(s.document.terms))),
      ),
    };
  }),

  diff: publicProcedure.input(DiffScenariosInput).query(async ({ ctx, input }) => {
    const from = await getDocumentAt(ctx.db, input.from.id, input.from.revision);
    const to = await getDocumentAt(ctx.db, input.to.id, input.to.revision);
    return {
      from,
      to,
      changes: diffDocuments(from.document, to.document),
      beforeAfter: describeBeforeAfter(from.document, to.document),
    };
  }),

  history: publicProcedure.input(HistoryInput).query(({ ctx, input }) => listRevisions(ctx.db, input)),

  restore: publicProcedure
    .input(RestoreRevisionInput)
    .use(changeToExistingScenario)
    .mutation(({ ctx, input }) => restoreRevision(ctx.db, input)),
};
