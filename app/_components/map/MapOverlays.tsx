import { bandAreaText } from "@/server/domain/buffer-zone-input.ts";
import type { RegionId } from "@/server/domain/reference/regions.ts";
import type { BufferBandView } from "@/server/map/buffer-band-drawing.ts";
import type { Point } from "@/server/map/projected-map-types.ts";
import { useMapShapes } from "./use-map-shapes.tsx";

// What the map draws over the regions: the buffer band (paths from the server) and, on before/after
// maps, the regions that changed with their change. Nothing here computes a term or a figure.

export interface RegionChangeMark {
  regionId: RegionId;
  /** "Kharkiv" */
  name: string;
  /** "Russia −3,000 km²" */
  change: string;
}

interface RegionPath {
  region: { id: string };
  labelAt: Point;
}

const SIDE_WORDS = { ukraine: "Ukraine's side", russia: "Russia's side", both: "both sides" } as const;

/** The band, dotted with a solid edge, and the border segments it runs along. */
export function BufferBandLayer({ band, dotsId }: { band: BufferBandView; dotsId: string }) {
  return (
    <g className="region-map__band" data-testid="buffer-band" data-area-km2={Math.round(band.ukraineKm2 + band.russiaKm2)}>
      {[band.paths.ukraine, band.paths.russia]
        .filter((d) => d !== "")
        .map((d, i) => (
          <g key={i}>
            <path d={d} className="region-map__band-fill" />
            <path d={d} fill={`url(#${dotsId})`} />
            <path d={d} className="region-map__band-edge" />
          </g>
        ))}
      <path d={band.paths.border} className="region-map__band-border" />
    </g>
  );
}

/** The band in words, with its computed area: a figure of its own, never added to territory held. */
export function BandCaption({ band }: { band: BufferBandView }) {
  const where = band.segments.map((s) => s.label).join(", ");
  return (
    <div className="region-map__band-caption" data-testid="buffer-band-area">
      {band.depthKm === null ? (
        <p>
          <strong>Buffer zone</strong> along {band.notDrawn.map((s) => s.label).join(", ")}: no depth is stated, so no band is
          drawn or measured.
        </p>
      ) : (
        <p>
          <strong>Buffer zone, {band.depthKm} km deep</strong>
          {where && ` along ${where}`}: <strong>{bandAreaText(band)}</strong>{" "}
          <span className="muted">(computed from the border line and the stated depth; not counted in who holds what)</span>
        </p>
      )}
      <ul className="small">
        {band.segments.map((s) => (
          <li key={s.segment}>
            {s.label}: {Math.round(s.lengthKm)} km of border, on {SIDE_WORDS[s.side]}
            {s.sideAssumed && " (assumed: no region on it is marked as in a zone)"}
          </li>
        ))}
        {band.depthKm !== null &&
          band.notDrawn.map((s) => (
            <li key={s.segment}>
              {s.label}: not drawn. {s.reason}.
            </li>
          ))}
      </ul>
    </div>
  );
}

const pathOf = (paths: readonly RegionPath[], id: string) => paths.find((p) => p.region.id === id);

export function ChangeOutlines({ changes }: { changes: readonly RegionChangeMark[] }) {
  const shapes = useMapShapes();
  return (
    <>
      {changes.map((c) => (
        <use key={c.regionId} href={shapes.href(c.regionId)} className="region-map__changed" data-changed-region={c.regionId} />
      ))}
    </>
  );
}

/**
 * Each changed region's name and change, at its label point (in place of its usual label). Labels in
 * the east run westwards from the point and those in the west eastwards, so they stay clear of the
 * neighbours' labels towards the map's edges.
 */
export function ChangeLabels({
  changes,
  paths,
  width,
}: {
  changes: readonly RegionChangeMark[];
  paths: readonly RegionPath[];
  width: number;
}) {
  return (
    <>
      {changes.map((c) => {
        const at = pathOf(paths, c.regionId)?.labelAt;
        if (!at) return null;
        const [anchor, x] =
          at[0] > width * 0.62
            ? (["end", at[0] + 24] as const)
            : at[0] < width * 0.38
              ? (["start", at[0] - 24] as const)
              : (["middle", at[0]] as const);
        return (
          <text
            key={c.regionId}
            x={x}
            y={at[1]}
            textAnchor={anchor}
            className="region-map__change"
            data-change-label={c.regionId}
          >
            <tspan x={x} dy="-0.5em" className="region-map__change-name">
              {c.name}
            </tspan>
            <tspan x={x} dy="1.15em">
              {c.change}
            </tspan>
          </text>
        );
      })}
    </>
  );
}
