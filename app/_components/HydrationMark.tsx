"use client";

import { useEffect } from "react";

/**
 * Marks the page hydrated (`<html data-hydrated>`). Pages paint before their scripts start
 * (server/serve/paint-first.ts), so "loaded" no longer means "interactive": browser tests wait for
 * this mark, and it tells anyone inspecting a page which phase it is in.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
