// File names for exports: the scenario's title as a safe slug, then the export date.

const MAX_SLUG_LENGTH = 60;

/**
 * "U.S. proposal (April 2025)" → "us-proposal-april-2025". ASCII letters and digits only, so the
 * name is safe on every file system and in a download header; accents are dropped ("Zaporizhzhia
 * é" → "zaporizhzhia-e"); a title with no Latin letters or digits gives "scenario".
 */
export function titleSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "") // "U.S." → "us", "Russia's" → "russias"
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug || "scenario";
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

export type ExportKind = "scenario-json" | "territory-csv";

/** `exportDate` as YYYY-MM-DD: "us-proposal-april-2025-2025-06-01.json", "…-territory-2025-06-01.csv". */
export function exportFileName(title: string, kind: ExportKind, exportDate: string): string {
  const slug = titleSlug(title);
  return kind === "scenario-json" ? `${slug}-${exportDate}.json` : `${slug}-territory-${exportDate}.csv`;
}

/** A date as YYYY-MM-DD in the local time zone (the day the user sees on their calendar). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
