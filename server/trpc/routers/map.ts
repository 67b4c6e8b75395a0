import { z } from "zod";
import { BORDER_SEGMENTS } from "../../domain/options.ts";
import { REGION_IDS } from "../../domain/reference/regions.ts";
import { LIMITS } from "../../domain/scenario.ts";
import { bufferBandView } from "../../map/buffer-band-drawing.ts";
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

export const mapRouter = router({
  /** The buffer band of a scenario's terms (see bufferZoneInput): figures and SVG paths, or null for none. */
  bufferZone: publicProcedure.input(BufferZoneInput).query(({ input }) => bufferBandView({ ...input, segments: [...new Set(input.segments)] })),
});
