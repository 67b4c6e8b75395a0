import { beforeAfterView, describeBeforeAfter } from "../../domain/before-after.ts";
import { bufferZoneBand } from "../../domain/buffer-zone.ts";
import { bufferZoneInput } from "../../domain/buffer-zone-input.ts";
import { compareScenarios } from "../../domain/compare.ts";
import { diffDocuments } from "../../domain/diff.ts";
import { positionedScenario } from "../../domain/analysis/position.ts";
import {
  CompareScenariosInput,
  DiffScenariosInput,
  HistoryInput,
  ListScenariosInput,
  RestoreRevisionInput,
} from "../../domain/inputs.ts";
import { getDocumentAt, getScenarios, listRevisions, listScenarioRecords, restoreRevision } from "../../db/scenarios.ts";
import type { DbClient } from "../../db/document-kind.ts";
import { changeToExistingScenario } from "../budget.ts";
import { publicProcedure } from "../init.ts";

// Comparison, before/after, revision history and the analysis's positions: the scenario.*
// procedures that read across scenarios or revisions.

/** The two revisions a diff names, each NOT_FOUND if it does not exist. */
const revisionsOf = async (db: DbClient, input: DiffScenariosInput) =>
  [await getDocumentAt(db, input.from.id, input.from.revision), await getDocumentAt(db, input.to.id, input.to.revision)] as const;

export const scenarioHistoryProcedures = {
  /** The scenarios scenario.list names, as the analysis reads them: positions, no notes or sources (a few % of their size). */
  positions: publicProcedure.input(ListScenariosInput).query(async ({ ctx, input }) => ({
    items: (await listScenarioRecords(ctx.db, input)).map((s) => positionedScenario(s.id, s.document)),
  })),
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
    const [from, to] = await revisionsOf(ctx.db, input);
    return {
      from,
      to,
      changes: diffDocuments(from.document, to.document),
      beforeAfter: describeBeforeAfter(from.document, to.document),
    };
  }),
  /** What the before/after page shows of scenario.diff: the changes in words and each side's map terms. */
  beforeAfter: publicProcedure
    .input(DiffScenariosInput)
    .query(async ({ ctx, input }) => beforeAfterView(...(await revisionsOf(ctx.db, input)))),

  history: publicProcedure.input(HistoryInput).query(({ ctx, input }) => listRevisions(ctx.db, input)),

  restore: publicProcedure
    .input(RestoreRevisionInput)
    .use(changeToExistingScenario)
    .mutation(({ ctx, input }) => restoreRevision(ctx.db, input)),
};
