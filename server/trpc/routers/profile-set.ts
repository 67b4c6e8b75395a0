import {
  CreateProfileSetInput,
  DeleteProfileSetInput,
  ForkProfileSetInput,
  GetProfileSetInput,
  ListProfileSetsInput,
  ProfileSetHistoryInput,
  RestoreProfileSetRevisionInput,
  RotateProfileSetEditSecretInput,
  SetProfileSetPublishedInput,
  UpdateProfileSetInput,
} from "../../domain/inputs.ts";
import {
  createProfileSet,
  deleteProfileSet,
  forkProfileSet,
  getProfileSet,
  getSeedProfileSet,
  listProfileSets,
  profileSetHistory,
  rotateProfileSetEditSecret,
  setProfileSetPublished,
  updateProfileSet,
} from "../../db/profile-sets.ts";
import { publicProcedure, router } from "../init.ts";

export const profileSetRouter = router({
  list: publicProcedure.input(ListProfileSetsInput).query(({ ctx, input }) => listProfileSets(ctx.db, input)),
  get: publicProcedure.input(GetProfileSetInput).query(({ ctx, input }) => getProfileSet(ctx.db, input.id)),
  /** The seed assumptions, named by the server. */
  seed: publicProcedure.query(({ ctx }) => getSeedProfileSet(ctx.db)),
  /** Revisions, newest first, each with a one-line summary. */
  history: publicProcedure.input(ProfileSetHistoryInput).query(({ ctx, input }) => profileSetHistory.list(ctx.db, input.id)),
  /** Saves an earlier revision again as a new one (needs the edit secret). */
  restore: publicProcedure
    .input(RestoreProfileSetRevisionInput)
    .mutation(({ ctx, input }) => profileSetHistory.restore(ctx.db, input)),
  create: publicProcedure.input(CreateProfileSetInput).mutation(({ ctx, input }) => createProfileSet(ctx.db, input.document)),
  update: publicProcedure.input(UpdateProfileSetInput).mutation(({ ctx, input }) => updateProfileSet(ctx.db, input)),
  fork: publicProcedure.input(ForkProfileSetInput).mutation(({ ctx, input }) => forkProfileSet(ctx.db, input.id, input.name)),
  delete: publicProcedure.input(DeleteProfileSetInput).mutation(async ({ ctx, input }) => {
    await deleteProfileSet(ctx.db, input.id, input.editSecret);
    return { id: input.id, deleted: true as const };
  }),
  rotateEditSecret: publicProcedure
    .input(RotateProfileSetEditSecretInput)
    .mutation(({ ctx, input }) => rotateProfileSetEditSecret(ctx.db, input.id, input.editSecret)),
  setPublished: publicProcedure
    .input(SetProfileSetPublishedInput)
    .mutation(({ ctx, input }) => setProfileSetPublished(ctx.db, input.id, input.editSecret, input.published)),
});
