import {
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
import { checkEditSecret, rotateEditSecret, setPublished } from "../../db/scenario-access.ts";
import {
  createScenario,
  deleteScenario,
  forkScenario,
  getScenario,
  listScenarios,
  undeleteScenario,
  updateScenario,
} from "../../db/scenarios.ts";
import { publicProcedure, router } from "../init.ts";
import { scenarioHistoryProcedures } from "./scenario-history.ts";

export const scenarioRouter = router({
  list: publicProcedure.input(ListScenariosInput).query(({ ctx, input }) => listScenarios(ctx.db, input)),
  get: publicProcedure.input(GetScenarioInput).query(({ ctx, input }) => getScenario(ctx.db, input.id)),
  create: publicProcedure.input(CreateScenarioInput).mutation(({ ctx, input }) => createScenario(ctx.db, input.document)),
  update: publicProcedure.input(UpdateScenarioInput).mutation(({ ctx, input }) => updateScenario(ctx.db, input)),
  fork: publicProcedure.input(ForkScenarioInput).mutation(({ ctx, input }) => forkScenario(ctx.db, input.id, input.title, input.document)),
  delete: publicProcedure.input(DeleteScenarioInput).mutation(async ({ ctx, input }) => {
    await deleteScenario(ctx.db, input.id, input.editSecret);
    return { id: input.id, deleted: true };
  }),
  undelete: publicProcedure.input(DeleteScenarioInput).mutation(({ ctx, input }) => undeleteScenario(ctx.db, input.id, input.editSecret)),
  // A mutation although it changes nothing: the secret travels only in a POST body, never in a URL.
  checkEditSecret: publicProcedure.input(CheckEditSecretInput).mutation(({ ctx, input }) => checkEditSecret(ctx.db, input.id, input.editSecret)),
  rotateEditSecret: publicProcedure.input(RotateEditSecretInput).mutation(({ ctx, input }) => rotateEditSecret(ctx.db, input.id, input.editSecret)),
  setPublished: publicProcedure.input(SetPublishedInput).mutation(({ ctx, input }) => setPublished(ctx.db, input.id, input.editSecret, input.published)),
  ...scenarioHistoryProcedures,
});
