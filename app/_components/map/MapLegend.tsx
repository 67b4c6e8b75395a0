import type { ReactNode } from "react";

/** The colour scale and the keys of what the map draws; shorter words on a compact map. */
export function MapLegend({
  compact,
  band,
  zoned,
  changes,
}: {
  compact: boolean;
  band: boolean;
  zoned: boolean;
  changes: boolean;
}) {
  const item = (swatch: string, full: ReactNode, short: ReactNode) => (
    <li className="region-map__legend-item">
      <span className={`region-map__swatch region-map__swatch--${swatch}`} aria-hidden="true" />
      {compact ? short : full}
    </li>
  );
  return (
    <div className="region-map__legend">
      <div className="region-map__scale">
        <span className="region-map__scale-title">{compact ? "Held by Russia" : "Share of each region held by Russia"}</span>
        <span className="region-map__scale-bar" aria-hidden="true" />
        <span className="region-map__scale-ticks">
          <span>0%</span>
          <span>50%</span>
          <span>100%</span>
        </span>
      </div>
      <ul className="region-map__keys">
        {item("contested", "Contested land (hatched)", "Contested")}
        {band && item("band", "Buffer zone: the band along the border (computed)", "Buffer zone band")}
        {zoned && item("zone", "Region (partly) in a buffer / demilitarised zone: extent not drawn", "Region partly in a zone")}
        {changes && item("changed", "Region that changed (outlined, with the change)", "Changed region")}
        {item("unassigned", "Assigned to no one", "Unassigned")}
        {item("ru", "Russia's own regions (paler)", "Russia's regions")}
        {item("border", "Ukraine's internationally recognised border", "Ukraine's border")}
      </ul>
    </div>
  );
}
