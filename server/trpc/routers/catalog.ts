import { catalogue } from "../../domain/catalog.ts";
import { publicProcedure, router } from "../init.ts";

export const catalogRouter = router({
  get: publicProcedure.query(() => catalogue()),
});
