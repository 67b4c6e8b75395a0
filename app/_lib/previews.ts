import type { Metadata } from "next";
import { territoryHeadline } from "@/server/domain/derived.ts";
import { formatKm2, formatShare } from "@/server/domain/format.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";

// Link previews (Open Graph, Twitter cards) for shared scenario and compare links.

export function headlineText(doc: ScenarioDocument): string {
  const h = territoryHeadline(doc.terms.territory);
  return `Russia holds ${formatKm2(h.russiaKm2)}, ${formatShare(h.russiaShare)} of Ukraine`;
}

export function previewMetadata(title: string, description: string, image: string): Metadata {
  return {
    title,
    description,
    robots: { index: false, follow: false },
    openGraph: { title, description, type: "article", siteName: "Parley", images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
