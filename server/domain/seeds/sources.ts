// Short citations used in the seed scenarios' source notes. Facts are restated in our own words.

export const SOURCES = {
  report: "News report, early May 2025, on Russia's expulsion of Ukrainian forces from Kursk",
  deepState: "DeepState map, 1 May 2025 (OSINT estimate; share of region × official area)",
  iswKursk: "ISW data via Russia Matters, 28 Apr–20 May 2025",
  gerasimov: "Gerasimov, 26 Apr 2025 (Russian claim)",
  kremlinTruce: "Kremlin statement, 28 Apr 2025",
  usProposal: "U.S. proposal, Paris 17 Apr 2025; full text published by Reuters 25 Apr 2025",
  counterProposal: "Ukrainian-European counter-proposal, London 23 Apr 2025 (Reuters, 25 Apr 2025)",
  putinJune2024: "Putin at Russia's Foreign Ministry, 14 Jun 2024 (Reuters)",
  // The positions since May 2025 (brief "talks-2025-2026", section 2).
  russiaMemorandum: "Russia's memorandum, Istanbul 2 Jun 2025, text published by TASS",
  ukraineMemorandum: "Ukraine's memorandum, 2 Jun 2025, text published by Suspilne; Reuters summary",
  anchorage: "Putin's terms at Anchorage, 15 Aug 2025, as leaked (FT, Guardian) and later described by the Kremlin",
  europeUkraine12: "Europe–Ukraine 12-point plan as reported by Bloomberg, 21 Oct 2025",
  us28Points: "U.S. 28-point plan, leaked text (Axios, 19–20 Nov 2025; several matching copies, no official text)",
  e3CounterProposal: "UK–France–Germany counter-proposal, 23 Nov 2025, text published by Reuters",
  framework20: "20-point framework as described by Zelensky, 23–24 Dec 2025 (no official text)",
  marALago: "Trump–Zelensky meeting at Mar-a-Lago, 28 Dec 2025",
  russiaTerms2026: "Russia's terms as reported in late Feb 2026 (one aggregator, cccv.info; Bloomberg, 28 Feb)",
  openLetter: "Zelensky's open letter to Putin, 4 Jun 2026 (Reuters)",
  computedLine: "DeepState map, computed",
} as const;

/** A source note: what the source says, in our words, then the source. */
export function cite(source: string, statement: string): string {
  return `${statement} (${source})`;
}
