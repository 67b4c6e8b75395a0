"use client";

import { useId, useMemo, useState } from "react";
import { formatKm2, formatShare } from "@/server/domain/format.ts";
import {
  contestedOpacity,
  formatMapShare,
  regionShading,
  russiaMixPercent,
  type RegionShares,
} from "@/server/domain/map-shading.ts";
import { optionLabel } from "@/server/domain/options.ts";
import { REGIONS_BY_NAME, type Region, type RegionId } from "@/server/domain/reference/regions.ts";
import type { RegionTerm, Territory } from "@/server/domain/scenario.ts";
import { StatusBadge } from "../editor/fields.tsx";
import { projectedMap } from "@/server/map/projected-map.ts";
import { UKRAINE_BORDER_SHAPE, type Point } from "@/server/map/projected-map-types.ts";
import type { BufferBandView } from "@/server/map/buffer-band-drawing.ts";
import { MapLegend } from "./MapLegend.tsx";
import { BandCaption, BufferBandLayer, ChangeLabels, ChangeOutlines, type RegionChangeMark } from "./MapOverlays.tsx";
import { ShapesWithoutScript, useMapShapes } from "./use-map-shapes.tsx";
import "./region-map.css";

interface Props {
  territory: Territory;
  /** Names the map: shown above it and used as the SVG's accessible name. */
  title: string;
  /** Shorter legend, for two maps side by side. */
  compact?: boolean;
  /** The scenario's buffer band, computed and projected on the server (useBufferBand); null: none. */
  band?: BufferBandView | null;
  /** Regions to outline, each labelled with its change (before/after). */
  changes?: readonly RegionChangeMark[];
  /** Whether this map carries the shapes for a page read without JavaScript: one map per page does. */
  shapesWithoutScript?: boolean;
}

interface RegionView {
  region: Region;
  term: RegionTerm | undefined;
  shares: RegionShares;
  /** Its shape in the shapes file, for <use>. */
  href: string;
  labelAt: Point;
  /** The share held by the side the region does not belong to, when there is any. */
  share: { text: string; holder: "russia" | "ukraine" } | null;
  /** The contested share, when there is any. */
  contested: string | null;
  ariaLabel: string;
}

// Regions too small for a label inside them: the label goes beside, with a leader line.
const CALLOUTS: Partial<Record<RegionId, { dx: number; dy: number; anchor: "end" | "middle" }>> = {
  "UA-40": { dx: -44, dy: 16, anchor: "end" },
  "UA-30": { dx: -4, dy: -36, anchor: "middle" },
};

const km2 = (value: number) => (Number.isFinite(value) ? formatKm2(value) : "–");

function describe(region: Region, term: RegionTerm | undefined, shares: RegionShares): string {
  const name = region.country === "RU" ? `${region.shortName} (Russia)` : region.shortName;
  if (!term) return `${name}: no figures`;
  const foreign = region.country === "UA" ? "russia" : "ukraine";
  const figure = (holder: "russia" | "ukraine" | "contested", label: string, value: number) =>
    `${label} ${km2(value)}${holder === foreign ? ` (${formatShare(shares[holder])})` : ""}`;
  const parts = [
    figure("russia", "Russia", term.russiaKm2),
    figure("ukraine", "Ukraine", term.ukraineKm2),
    figure("contested", "contested", term.contestedKm2),
  ];
  if (shares.unassigned > 0) parts.push(`unassigned ${km2(region.areaKm2 * shares.unassigned)}`);
  let text = `${name}: ${parts.join(", ")}`;
  if (term.zone !== "none") text += `; ${optionLabel(term.zone)}`;
  return text;
}

function regionViews(territory: Territory, shapeHref: (shapeId: string) => string): RegionView[] {
  const { regions } = projectedMap;
  return REGIONS_BY_NAME.map((region) => {
    const id = region.id as RegionId;
    const term = territory[id] as RegionTerm | undefined;
    const shares = term ? regionShading(term, region.areaKm2) : { russia: 0, ukraine: 0, contested: 0, unassigned: 1 };
    const shape = regions[id];
    const foreignShare = region.country === "UA" ? shares.russia : shares.ukraine;
    const share =
      foreignShare > 0
        ? region.country === "UA"
          ? { text: formatMapShare(foreignShare), holder: "russia" as const }
          : { text: `Ukraine ${formatMapShare(foreignShare)}`, holder: "ukraine" as const }
        : null;
    const contested = shares.contested > 0 ? `${formatMapShare(shares.contested)} contested` : null;
    return {
      region,
      term,
      shares,
      href: shapeHref(id),
      labelAt: shape?.label ?? [0, 0],
      share,
      contested,
      ariaLabel: describe(region, term, shares),
    };
  });
}

/** Russia's share mixed into Ukraine's colour; what neither side holds mixes towards grey. */
function fill({ russia, ukraine }: RegionShares): string {
  const rest = 1 - russia;
  const ukrainian = rest > 0 ? Math.round((ukraine / rest) * 100) : 100;
  const base =
    ukrainian >= 100 ? "var(--map-ukraine)" : `color-mix(in oklab, var(--map-ukraine) ${ukrainian}%, var(--map-unassigned))`;
  const r = russiaMixPercent({ russia, ukraine, contested: 0, unassigned: 0 });
  if (r <= 0) return base;
  if (r >= 100) return "var(--russia)";
  return `color-mix(in oklab, var(--russia) ${r}%, ${base})`;
}

/**
 * A map of the 30 regions shaded by who holds how much of each. Every region can be reached with
 * Tab; hovering or focusing one shows its figures in the panel beside (or below) the map.
 */
export function RegionMap({ territory, title, compact = false, band = null, changes = [], shapesWithoutScript = true }: Props) {
  const uid = useId();
  const ids = { svgTitle: `${uid}-svg-title`, desc: `${uid}-desc`, hatch: `${uid}-hatch`, dots: `${uid}-dots` };
  const geometry = projectedMap;
  const shapes = useMapShapes();
  const views = useMemo(() => regionViews(territory, shapes.href), [territory, shapes]);
  const changed = new Set(changes.map((c) => c.regionId));

  const [hovered, setHovered] = useState<RegionId | null>(null);
  const [focused, setFocused] = useState<RegionId | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const activeId = dismissed ? null : (hovered ?? focused);
  const active = activeId ? (views.find((v) => v.region.id === activeId) ?? null) : null;

  return (
    <figure className={`region-map${compact ? " region-map--compact" : ""}`}>
      <figcaption className="region-map__title">{title}</figcaption>
      <div className="region-map__layout">
        <div className="region-map__main">
          <div className="region-map__canvas">
            <svg
              className="region-map__svg"
              data-shapes={shapes.from}
              viewBox={`0 0 ${geometry.width} ${geometry.height}`}
              role="group"
              aria-labelledby={ids.svgTitle}
              aria-describedby={ids.desc}
              onMouseLeave={() => setHovered(null)}
            >
              <title id={ids.svgTitle}>{title}</title>
              <desc id={ids.desc}>
                Each region is shaded by the share of its area held by Russia, from pale blue (none) to red (all); hatching marks
                contested land. Tab to a region for its figures.
              </desc>
              <defs>
                <pattern id={ids.hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                  <rect width="6" height="6" fill="none" />
                  <line x1="1.5" y1="0" x2="1.5" y2="6" className="region-map__hatch-line" />
                </pattern>
                <pattern id={ids.dots} patternUnits="userSpaceOnUse" width="8" height="8">
                  <circle cx="2" cy="2" r="1.1" className="region-map__dot" />
                  <circle cx="6" cy="6" r="1.1" className="region-map__dot" />
                </pattern>
              </defs>

              <g className="region-map__regions">
                {views.map((v) => (
                  <use
                    key={v.region.id}
                    href={v.href}
                    className={`region-map__region region-map__region--${v.region.country.toLowerCase()}`}
                    style={{ fill: v.term ? fill(v.shares) : "var(--map-unassigned)" }}
                    tabIndex={0}
                    role="img"
                    aria-label={v.ariaLabel}
                    data-region={v.region.id}
                    onMouseEnter={() => {
                      setHovered(v.region.id as RegionId);
                      setDismissed(false);
                    }}
                    onFocus={() => {
                      setFocused(v.region.id as RegionId);
                      setDismissed(false);
                    }}
                    onBlur={() => setFocused((current) => (current === v.region.id ? null : current))}
                    onClick={(e) => e.currentTarget.focus()}
                    onKeyDown={(e) => {
                      if (e.key === "Escape") {
                        setDismissed(true);
                        setHovered(null);
                      }
                    }}
                  />
                ))}
              </g>

              <g aria-hidden="true" className="region-map__overlays">
                {views
                  .filter((v) => v.shares.contested > 0)
                  .map((v) => (
                    <use
                      key={v.region.id}
                      href={v.href}
                      fill={`url(#${ids.hatch})`}
                      opacity={contestedOpacity(v.shares.contested)}
                    />
                  ))}
                {/* A region marked as (partly) in a zone: dashed outline only, since its extent is not stated. */}
                {views
                  .filter((v) => v.term && v.term.zone !== "none")
                  .map((v) => (
                    <use key={v.region.id} href={v.href} className="region-map__zone-outline" data-zone-region={v.region.id} />
                  ))}
                {band && band.depthKm !== null && <BufferBandLayer band={band} dotsId={ids.dots} />}
                <use href={shapes.href(UKRAINE_BORDER_SHAPE)} className="region-map__border" />
                <ChangeOutlines changes={changes} />
                {hovered && hovered !== focused && <use href={shapes.href(hovered)} className="region-map__hover" />}
                {focused && <use href={shapes.href(focused)} className="region-map__focus" />}
              </g>

              <g aria-hidden="true" className="region-map__labels">
                {views
                  .filter((v) => !changed.has(v.region.id as RegionId))
                  .map((v) => (
                    <RegionLabel key={v.region.id} view={v} showName={!compact} />
                  ))}
                <ChangeLabels changes={changes} paths={views} width={geometry.width} />
              </g>

              <g aria-hidden="true" className="region-map__places">
                {geometry.places.map((p) => (
                  <text key={p.text} x={p.at[0]} y={p.at[1]} className={`region-map__place region-map__place--${p.kind}`}>
                    {p.text}
                  </text>
                ))}
              </g>
            </svg>
          </div>
          <MapLegend
            compact={compact}
            band={band !== null && band.depthKm !== null}
            zoned={views.some((v) => v.term && v.term.zone !== "none")}
            changes={changes.length > 0}
          />
          {band && <BandCaption band={band} />}
        </div>
        <Details view={active} views={views} />
      </div>
      <p className="region-map__sources">
        Boundaries: Natural Earth (public domain). Areas: official statistics. Control: as stated in the scenario.
      </p>
      {shapesWithoutScript && <ShapesWithoutScript />}
    </figure>
  );
}

/** A region's name (full-size maps only) and the shares held by the other side and contested. */
function RegionLabel({ view: v, showName }: { view: RegionView; showName: boolean }) {
  const [x, y] = v.labelAt;
  const callout = CALLOUTS[v.region.id as RegionId];
  if (callout) {
    if (!v.share && !v.contested) return null;
    const [lx, ly] = [x + callout.dx, y + callout.dy];
    return (
      <g>
        <line
          x1={x}
          y1={y}
          x2={callout.anchor === "end" ? lx + 3 : lx}
          y2={callout.anchor === "end" ? ly - 4 : ly + 4}
          className="region-map__leader"
        />
        <circle cx={x} cy={y} r="1.8" className="region-map__leader-dot" />
        <text
          x={lx}
          y={ly}
          textAnchor={callout.anchor}
          className={`region-map__share region-map__share--${v.share?.holder ?? "contested"} region-map__share--callout`}
        >
          {[v.region.shortName, v.share?.text, v.contested].filter(Boolean).join(" ")}
        </text>
      </g>
    );
  }
  const main = v.share ? v.share.text : v.contested;
  const below = v.share ? v.contested : null;
  const text = (content: string, className: string, dy?: string) => (
    <text x={x} y={y} dy={dy} textAnchor="middle" dominantBaseline="central" className={className}>
      {content}
    </text>
  );
  return (
    <g>
      {showName && text(v.region.shortName, "region-map__name", main ? "-1.45em" : undefined)}
      {main && text(main, v.share ? `region-map__share region-map__share--${v.share.holder}` : "region-map__contested")}
      {below && text(below, "region-map__contested", "1.5em")}
    </g>
  );
}

function Details({ view, views }: { view: RegionView | null; views: RegionView[] }) {
  return (
    <div className="region-map__details" aria-live="polite">
      {view ? <RegionDetails view={view} /> : <Summary views={views} />}
    </div>
  );
}

/** Until a region is picked: the map in words, largest Russian share first. */
function Summary({ views }: { views: RegionView[] }) {
  const ukrainian = views.filter((v) => v.region.country === "UA");
  const held = ukrainian.filter((v) => v.shares.russia > 0).sort((a, b) => b.shares.russia - a.shares.russia);
  const inRussia = views.filter((v) => v.region.country === "RU" && v.shares.ukraine > 0);
  return (
    <div className="region-map__summary">
      <p>
        Russia holds all or part of {held.length} of Ukraine&apos;s {ukrainian.length} regions
        {inRussia.length > 0 && `; Ukraine holds part of ${inRussia.map((v) => v.region.shortName).join(" and ")}`}.
      </p>
      {held.length > 0 && (
        <p className="region-map__summary-list">
          {held.map((v, i) => (
            <span key={v.region.id}>
              <span className="region-map__nowrap">
                {v.region.shortName} {formatMapShare(v.shares.russia)}
                {i < held.length - 1 && " ·"}
              </span>{" "}
            </span>
          ))}
        </p>
      )}
      <p className="muted">Point at, tap or tab to a region for its figures.</p>
    </div>
  );
}

function RegionDetails({ view: { region, term, shares } }: { view: RegionView }) {
  const rows = [
    { holder: "russia", label: "Russia", value: term?.russiaKm2, share: shares.russia },
    { holder: "ukraine", label: "Ukraine", value: term?.ukraineKm2, share: shares.ukraine },
    { holder: "contested", label: "Contested", value: term?.contestedKm2, share: shares.contested },
    { holder: "unassigned", label: "Unassigned", value: region.areaKm2 * shares.unassigned, share: shares.unassigned },
  ];
  return (
    <>
      <p className="region-map__details-name">
        <strong>{region.name}</strong>
        <span className="muted small">
          {region.country === "UA" ? "Ukraine" : "Russia"} · area {formatKm2(region.areaKm2)}
        </span>
      </p>
      {term ? (
        <>
          <dl className="region-map__figures">
            {rows.map((row) => (
              <div key={row.holder} className={`region-map__figure region-map__figure--${row.holder}`}>
                <dt>{row.label}</dt>
                <dd>
                  {km2(row.value ?? Number.NaN)} <span className="region-map__figure-share">{formatShare(row.share)}</span>
                </dd>
              </div>
            ))}
          </dl>
          <p className="region-map__details-meta">Zone: {term.zone === "none" ? "none" : optionLabel(term.zone).toLowerCase()}</p>
          {(term.status || term.note) && (
            <p className="region-map__note">
              <StatusBadge status={term.status} /> {term.note}
            </p>
          )}
        </>
      ) : (
        <p className="muted">No figures for this region.</p>
      )}
    </>
  );
}
