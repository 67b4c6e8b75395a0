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
} as const;

/** A source note: what the source says, in our words, then the source. */
export function cite(source: string, statement: string): string {
  return `${statement} (${source})`;
}
