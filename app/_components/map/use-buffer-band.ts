"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { bufferZoneInput } from "@/server/domain/buffer-zone-input.ts";
import { LIMITS, type Terms } from "@/server/domain/scenario.ts";
import type { BufferBandView } from "@/server/map/buffer-band-drawing.ts";
import { trpc } from "../../_lib/trpc.tsx";

// A band not computed yet costs the client several query tokens (server/trpc/routers/map.ts): the
// depths passed through while typing ("4", "45", "45.5") are not asked for, only the one that stays.
const SETTLE_MS = 300;

/** `value` once it has stayed the same for SETTLE_MS; the first value at once. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * A scenario's buffer band, computed and projected on the server (map.bufferZone). While a new
 * depth is being computed, or while the typed depth is invalid, the last band stays on the map.
 */
export function useBufferBand(terms: Pick<Terms, "bufferZone" | "territory">): BufferBandView | null {
  // Settled as text: the input is a fresh object each render, its JSON is not.
  const settled = useSettled(JSON.stringify(bufferZoneInput(terms)));
  const input = useMemo(() => JSON.parse(settled) as ReturnType<typeof bufferZoneInput>, [settled]);
  const valid = input.depthKm === null || (input.depthKm >= 0 && input.depthKm <= LIMITS.maxBufferDepthKm);
  const band = trpc.map.bufferZone.useQuery(input, {
    enabled: valid,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  return band.data ?? null;
}
