import { useSyncExternalStore } from "react";
import { pageShapeHref, pageShapeId, SHAPE_IDS, shapeHref } from "@/server/map/projected-map.ts";

/** Hydrated or not never changes once known: nothing to subscribe to. */
const noUpdates = () => () => undefined;

/**
 * How a map's <use> elements name their shapes. In the server's HTML and while React hydrates it:
 * by way of the page (pageShapeHref), which resolves only without JavaScript (ShapesWithoutScript), so
 * the shapes file is neither fetched nor parsed before the first frame (bench/page-speed.ts: about
 * 15 ms on /s/<id> and /diff). Once hydrated, and on every page rendered in the browser: the
 * shapes file itself.
 */
export function useShapeHref(): (shapeId: string) => string {
  const hydrated = useSyncExternalStore(
    noUpdates,
    () => true,
    () => false,
  );
  return hydrated ? shapeHref : pageShapeHref;
}

/**
 * For a page read without JavaScript: each shape of the file under its page id, so the map's
 * references resolve there. A browser running scripts keeps <noscript> content as text, and React
 * leaves it alone.
 */
export function ShapesWithoutScript() {
  return (
    <noscript>
      <svg className="region-map__page-shapes" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          {SHAPE_IDS.map((id) => (
            <use key={id} id={pageShapeId(id)} href={shapeHref(id)} />
          ))}
        </defs>
      </svg>
    </noscript>
  );
}
