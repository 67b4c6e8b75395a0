import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { HydrationMark } from "./_components/HydrationMark.tsx";
import { TRPCProvider } from "./_lib/trpc.tsx";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute URLs for link previews: PARLEY_PUBLIC_URL where Parley is deployed.
  metadataBase: new URL(process.env.PARLEY_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  title: { default: "Parley", template: "%s · Parley" },
  description: "Build, share and compare peace-talk scenarios, with every figure traced to its source.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The paint-first loader marks <html data-painted> before React hydrates (server/serve/paint-first.ts).
    <html lang="en" suppressHydrationWarning>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="brand">
              Parley
            </Link>
            <nav aria-label="Main">
              <Link href="/">Scenarios</Link>
              <Link href="/timeline">Timeline</Link>
              <Link href="/compare">Compare</Link>
              <Link href="/analysis">Analysis</Link>
            </nav>
          </div>
        </header>
        <TRPCProvider>
          <main id="main" className="container">
            {children}
          </main>
        </TRPCProvider>
        <footer className="site-footer container">
          Boundaries and official areas: Natural Earth (public domain), State Statistics Service of Ukraine, Rosstat. Control
          figures are OSINT estimates or claims, labelled as such.
        </footer>
        <HydrationMark />
      </body>
    </html>
  );
}
