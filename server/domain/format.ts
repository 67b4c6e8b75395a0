// Number formatting shared by the UI and the API's plain-language texts.

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatKm2(km2: number): string {
  return `${integer.format(Math.round(km2))} km²`;
}

/** 0.1876 → "18.8%" */
export function formatShare(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

export function formatSignedKm2(km2: number): string {
  const rounded = Math.round(km2);
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : "±"}${integer.format(Math.abs(rounded))} km²`;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2025-05-08" → "8 May 2025" */
export function formatIsoDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
