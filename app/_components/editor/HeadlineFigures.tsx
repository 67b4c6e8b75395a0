"use client";

import { ceasefireEnd, russianHeldKm2ByStatus, territoryHeadline } from "@/server/domain/derived.ts";
import { bandAreaText } from "@/server/domain/buffer-zone-input.ts";
import { describeTermValue } from "@/server/domain/edit.ts";
import { formatIsoDate, formatKm2, formatShare } from "@/server/domain/format.ts";
import { UKRAINE_AREA_KM2 } from "@/server/domain/reference/regions.ts";
import type { ScenarioDocument, Territory } from "@/server/domain/scenario.ts";
import type { BufferBandView } from "@/server/map/buffer-band-drawing.ts";
import { StatusBadge } from "./fields.tsx";

/**
 * The figures a reader wants first, recomputed from the draft on every keystroke. `territory` is
 * the draft's when valid, else the last valid one (`stale`): invalid input never enters them.
 */
export function HeadlineFigures({
  doc,
  territory,
  stale = false,
  band = null,
}: {
  doc: ScenarioDocument;
  territory: Territory;
  stale?: boolean;
  /** The buffer band computed on the server: its own figure, never added to territory held. */
  band?: BufferBandView | null;
}) {
  const h = territoryHeadline(territory);
  const figuresValid = [h.russiaKm2, h.ukraineKm2, h.contestedKm2].every(Number.isFinite);
  const end = ceasefireEnd(doc.terms.ceasefire);
  return (
    <section className="panel headline" aria-label="Headline figures" id="headline">
      <p className="headline__main" data-testid="headline" aria-live="polite">
        {figuresValid ? (
          <>
            Russia holds <strong>{formatKm2(h.russiaKm2)}</strong>, <strong>{formatShare(h.russiaShare)}</strong> of Ukraine
            {stale && (
              <span className="headline__stale" data-testid="headline-stale">
                {" "}
                (last valid figures: fix the territory table to update them)
              </span>
            )}
          </>
        ) : (
          "Russia holds: fix the territory figures to see the total"
        )}
      </p>
      {figuresValid && (
        <>
          <div className="headline__bar" aria-hidden="true">
            <span className="headline__bar-russia" style={{ width: formatShare(h.russiaShare, 3) }} />
            <span className="headline__bar-contested" style={{ width: formatShare(h.contestedShare, 3) }} />
          </div>
          <p className="headline__legend" aria-hidden="true">
            <span className="swatch swatch--russia" /> Russia <span className="swatch swatch--contested" /> Contested{" "}
            <span className="swatch swatch--ukraine" /> Ukraine
          </p>
          <p className="headline__firmness small">
            Of Russia&apos;s {formatKm2(h.russiaKm2)}:{" "}
            {russianHeldKm2ByStatus(territory).map(({ status, km2 }, i) => (
              <span key={status ?? "unset"}>
                {i > 0 && ", "}
                {formatKm2(km2)} {status ? <StatusBadge status={status} /> : "with no status"}
              </span>
            ))}
          </p>
        </>
      )}
      <dl className="headline__list">
        <div>
          <dt>Ukraine holds</dt>
          <dd>{figuresValid ? `${formatKm2(h.ukraineKm2)} (${formatShare(h.ukraineShare)})` : "–"}</dd>
        </div>
        <div>
          <dt>Contested</dt>
          <dd>{figuresValid ? formatKm2(h.contestedKm2) : "–"}</dd>
        </div>
        {figuresValid && h.unassignedKm2 > 0.5 && (
          <div>
            <dt>Unassigned</dt>
            <dd>{formatKm2(h.unassignedKm2)}</dd>
          </div>
        )}
        <div>
          <dt>Ukraine holds in Russia</dt>
          <dd>{Number.isFinite(h.ukraineHeldInRussiaKm2) ? formatKm2(h.ukraineHeldInRussiaKm2) : "–"}</dd>
        </div>
        {band && band.depthKm !== null && (
          <div data-testid="headline-buffer-zone">
            <dt>Buffer zone (computed)</dt>
            <dd>
              {bandAreaText(band)}, {band.depthKm} km deep
            </dd>
          </div>
        )}
        <div>
          <dt>Ceasefire</dt>
          <dd>
            {describeTermValue(doc, "ceasefire.type")}
            {end.kind === "date" && `, ends ${formatIsoDate(end.endsAt)}`}
            {end.kind === "open_ended" && ", open-ended"}
          </dd>
        </div>
        <div>
          <dt>NATO path</dt>
          <dd>{describeTermValue(doc, "security.natoPath")}</dd>
        </div>
      </dl>
      <p className="headline__note">
        Share of Ukraine&apos;s internationally recognised area ({formatKm2(UKRAINE_AREA_KM2)}, Crimea and Sevastopol included).
        Control figures are OSINT estimates, claims or proposals as labelled, never official statistics.
      </p>
    </section>
  );
}
