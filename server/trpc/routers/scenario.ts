import { applyLine } from "../../domain/apply-line.ts";
import {
  ApplyLineInput,
  CheckEditSecretInput,
  CreateScenarioInput,
  DeleteScenarioInput,
  ForkScenarioInput,
  GetScenarioInput,
  ListScenariosInput,
  RotateEditSecretInput,
  SetPublishedInput,
  UpdateScenarioInput,
} from "../../domain/inputs.ts";
import {
  checkEditSecret,
  createScenario,
  deleteScenario,
  forkScenario,
  forkScenarioWith,
  getScenario,
  getScenarioTitle,
  listScenarios,
  rotateEditSecret,
  setPublished,
  undeleteScenario,
  updateScenario,
} from "../../db/scenarios.ts";
import { changeToExistingScenario } from "../budget.ts";
import { publicProcedure, router } from "../init.ts";
import { scenarioHistoryProcedures } from "./scenario-history.ts";

export const scenarioRouter = router({
  list: publicProcedure.input(ListScenariosInput).query(({ ctx, input }) => listScenarios(ctx.db, input)),
  /** The scenarios scenario.list names (same input), as the scenario selects show them: id and title. */
  titles: publicProcedure.input(ListScenariosInput).query(async ({ ctx, input }) => ({
    items: (await listScenarios(ctx.db, input)).items.map(({ id, title }) => ({ id, title })),
  })),
  get: publicProcedure.input(GetScenarioInput).query(({ ctx, input }) => getScenario(ctx.db, input.id)),
  /** One scenario's id and title (the position a scenario answers, named by its link). */
  title: publicProcedure.input(GetScenarioInput).query(({ ctx, input }) => getScenarioTitle(ctx.db, input.id)),
  create: publicProcedure.input(CreateScenarioInput).mutation(({ ctx, input }) => createScenario(ctx.db, input.document)),
  update: publicProcedure
    .input(UpdateScenarioInput)
    .use(changeToExistingScenario)
    .mutation(({ ctx, input }) => updateScenario(ctx.db, input)),
  fork: publicProcedure
    .input(ForkScenarioInput)
    .mutation(({ ctx, input }) => forkScenario(ctx.db, input.id, input.title, input.document)),
  applyLine: publicProcedure
    .input(ApplyLineInput)
    .mutation(({ ctx, input }) => forkScenarioWith(ctx.db, input.id, (source) => applyLine(source, input.lineDate))),
  delete: publicProcedure
    .input(DeleteScenarioInput)
    .use(changeToExistingScenario)
    .mutation(async ({ ctx, input }) => {
      await deleteScenario(ctx.db, input.id, input.editSecret);
      return { id: input.id, deleted: true };
    }),
  undelete: publicProcedure
    .input(DeleteScenarioInput)
    .use(changeToExistingScenario)
    .mutation(({ ctx, input }) => undeleteScenario(ctx.db, input.id, input.editSecret)),
  // A mutation although it changes nothing: the secret travels only in a POST body, never in a URL.
  checkEditSecret: publicProcedure
    .input(CheckEditSecretInput)
    .mutation(({ ctx, input }) => checkEditSecret(ctx.db, input.id, input.editSecret)),
  rotateEditSecret: publicProcedure
    .input(RotateEditSecretInput)
    .use(changeToExistingScenario)
    .mutation(({ ctx, input }) => rotateEditSecret(ctx.db, input.id, input.editSecret)),
  setPublished: publicProcedure
    .input(SetPublishedInput)
    .use(changeToExistingScenario)
    .mutation(({ ctx, input }) => setPublished(ctx.db, input.id, input.editSecret, input.published)),
  ...scenarioHistoryProcedures,
});
