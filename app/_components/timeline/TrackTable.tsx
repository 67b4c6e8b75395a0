import { formatIsoDate } from "@/server/domain/format.ts";
import { optionLabel } from "@/server/domain/options.ts";
import { StatusBadge } from "../editor/fields.tsx";
import type { Picking, TimelineTrack } from "./types.ts";

/** The track as rows, oldest first: the chart's points in a form every reader can use. */
export function TrackTable({ track, picking }: { track: TimelineTrack; picking: Picking }) {
  const rows = [...track.lanes, ...(track.lines ? [track.lines] : [])]
    .flatMap((lane) => lane.points.map((point) => ({ lane, point })))
    .sort((a, b) => a.point.date.localeCompare(b.point.date) || a.lane.label.localeCompare(b.lane.label));
  return (
    <div className="tl-table-scroll" role="region" aria-label={`${track.term.label}: table`} tabIndex={0}>
      <table className="tl-table" data-testid="track-table">
        <thead>
          <tr>
            <th scope="col">Pick</th>
            <th scope="col">Date</th>
            <th scope="col">Put forward by</th>
            <th scope="col">Position</th>
            <th scope="col">{track.term.label}</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ lane, point }) => (
            <tr key={point.id} data-scenario={point.id}>
              <td>
                <input
                  type="checkbox"
                  checked={picking.picked.includes(point.id)}
                  onChange={() => picking.toggle(point)}
                  aria-label={`Pick ${point.title}`}
                />
              </td>
              <td className="tl-table__date">{formatIsoDate(point.date)}</td>
              <td>{lane.label}</td>
              <td>
                <a href={`/s/${point.id}`}>{point.title}</a>
              </td>
              <td>
                {point.value === null ? <em className="muted">Not stated</em> : point.value.text}
                {point.value?.kind === "region" && point.value.basis !== "entered" && (
                  <span className="muted small"> ({optionLabel(point.value.basis)})</span>
                )}
              </td>
              <td>{point.value?.status ? <StatusBadge status={point.value.status} /> : <span className="muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
