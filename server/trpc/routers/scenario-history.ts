import { describeBeforeAfter } from "../../domain/before-after.ts";
import { compareScenarios } from "../../domain/compare.ts";
import { diffDocuments } from "../../domain/diff.ts";
import { CompareScenariosInput, DiffScenariosInput, HistoryInput, RestoreRevisionInput } from "../../domain/inputs.ts";
import { getDocumentAt, listRevisions, restoreRevision } from "../../db/revisions.ts";
import { getScenarios } from "../../db/scenarios.ts";
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

  history: publicProcedure.input(HistoryInput).query(({ ctx, input }) => listRevisions(ctx.db, input.id)),

  restore: publicProcedure
    .input(RestoreRevisionInput)
    .use(changeToExistingScenario)
    .mutation(({ ctx, input }) => restoreRevision(ctx.db, input)),
};
