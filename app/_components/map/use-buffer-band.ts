"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { bufferZoneInput } from "@/server/domain/buffer-zone-input.ts";
import { LIMITS, type Terms } from "@/server/domain/scenario.ts";
import type { BufferBandView } from "@/server/map/buffer-band-drawing.ts";
import { trpc } from "../../_lib/trpc.tsx";

/**
 * A scenario's buffer band, computed and projected on the server (map.bufferZone). While a new
 * depth is being computed, or while the typed depth is invalid, the last band stays on the map.
 */
export function useBufferBand(terms: Pick<Terms, "bufferZone" | "territory">): BufferBandView | null {
  const input = bufferZoneInput(terms);
  const valid = input.depthKm === null || (input.depthKm >= 0 && input.depthKm <= LIMITS.maxBufferDepthKm);
  const band = trpc.map.bufferZone.useQuery(input, {
    enabled: valid,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  return band.data ?? null;
}
