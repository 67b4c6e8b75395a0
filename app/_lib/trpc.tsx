"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type ReactNode } from "react";
import { z } from "zod";
import type { AppRouter } from "@/server/trpc/root.ts";

// zod would probe for eval once; the CSP forbids eval, so tell it not to try.
z.config({ jitless: true });

export const trpc = createTRPCReact<AppRouter>();
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export function TRPCProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !isClientError(error) } },
      }),
  );
  const [client] = useState(() => trpc.createClient({ links: [httpBatchLink({ url: "/api/trpc", maxItems: 10 })] }));
  return (
    <trpc.Provider client={client} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}

/** 4xx answers (not found, bad input, conflict) are final: retrying cannot help. */
function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } })?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** The field errors a procedure answered with (see server/trpc/init.ts), if any. */
export function fieldIssuesOf(error: unknown): FieldIssue[] {
  return (error as { data?: { issues?: FieldIssue[] | null } })?.data?.issues ?? [];
}

export function errorCodeOf(error: unknown): string | undefined {
  return (error as { data?: { code?: string } })?.data?.code;
}
