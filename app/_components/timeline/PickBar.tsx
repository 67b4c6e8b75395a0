import { formatIsoDate } from "@/server/domain/format.ts";
import { compareUrl, diffUrl } from "../../_lib/urls.ts";
import type { Pickable } from "./types.ts";

/** The two picked points and what to do with them: compare side by side, or before (older) / after (newer). */
export function PickBar({ picked, onClear }: { picked: Pickable[]; onClear(): void }) {
  const [a, b] = picked;
  const [older, newer] = a && b && b.date < a.date ? [b, a] : [a, b];
  return (
    <div className="tl-pickbar" role="region" aria-label="Picked points" aria-live="polite" data-testid="pick-bar">
      {picked.length === 0 && (
        <span className="muted small">Pick two points (positions or lines of control) to compare them.</span>
      )}
      {picked.length > 0 && (
        <ol className="tl-pickbar__list">
          {picked.map((p, i) => (
            <li key={p.id}>
              <span className="tl-pickbar__letter">{i === 0 ? "A" : "B"}</span> {p.title}
              {p.date && <span className="muted"> · {formatIsoDate(p.date)}</span>}
            </li>
          ))}
        </ol>
      )}
      {picked.length === 1 && <span className="muted small">Pick one more.</span>}
      {older && newer && (
        <span className="tl-pickbar__actions">
          <a className="button button--primary button--small" href={compareUrl({ ids: [a!.id, b!.id] })}>
            Open in compare
          </a>
          <a className="button button--small" href={diffUrl({ id: older.id }, { id: newer.id })}>
            Before/after
          </a>
        </span>
      )}
      {picked.length > 0 && (
        <button type="button" className="button button--small" onClick={onClear}>
          Clear
        </button>
      )}
    </div>
  );
}
