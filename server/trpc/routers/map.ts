import { z } from "zod";
import { BORDER_SEGMENTS } from "../../domain/options.ts";
import { REGION_IDS } from "../../domain/reference/regions.ts";
import { LIMITS } from "../../domain/scenario.ts";
import { bandIsRemembered } from "../../domain/buffer-zone.ts";
import type { BufferZoneInput as BandInput } from "../../domain/buffer-zone-input.ts";
import { bufferBandView } from "../../map/buffer-band-drawing.ts";
import { costlyQuery } from "../budget.ts";
import { publicProcedure, router } from "../init.ts";

const BufferZoneInput = z.strictObject({
  segments: z.array(z.enum(BORDER_SEGMENTS)).max(BORDER_SEGMENTS.length),
  // Tenths of a km: finer depths draw the same band, and each distinct depth costs a computation.
  depthKm: z
    .number()
    .finite()
    .min(0, "Cannot be negative")
    .max(LIMITS.maxBufferDepthKm)
    .transform((km) => Math.round(km * 10) / 10)
    .nullable(),
  zonedRegions: z.array(z.enum(REGION_IDS)).max(REGION_IDS.length),
});

/**
 * Query tokens a band not computed before takes on top of the call's own: it costs some 10–40 ms of
 * the server's only thread (bench: npm run bench -- band), a cached one about 1 ms. With the default
 * query budget (120 at once, 600 a minute) a client gets ~11 new bands at once, then one a second.
 */
export const NEW_BAND_EXTRA_TOKENS = 9;

export const mapRouter = router({
  /** The buffer band of a scenario's terms (see bufferZoneInput): figures and SVG paths, or null for none. */
  bufferZone: publicProcedure
    .input(BufferZoneInput)
    .use(costlyQuery((input) => (bandIsRemembered(input as BandInput) ? 0 : NEW_BAND_EXTRA_TOKENS)))
    .query(({ input }) => bufferBandView({ ...input, segments: [...new Set(input.segments)] })),
});
