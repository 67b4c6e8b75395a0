"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type ReactNode } from "react";
import type { AppRouter } from "@/server/trpc/root.ts";
import { makeQueryClient } from "./query-client.ts";

export const trpc = createTRPCReact<AppRouter>();
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export function TRPCProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [client] = useState(() => trpc.createClient({ links: [httpBatchLink({ url: "/api/trpc", maxItems: 10 })] }));
  return (
    <trpc.Provider client={client} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
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
