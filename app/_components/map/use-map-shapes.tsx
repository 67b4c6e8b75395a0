import { useSyncExternalStore } from "react";
import { pageShapeHref, pageShapeId, SHAPE_IDS, shapeHref } from "@/server/map/projected-map.ts";

/** Hydrated or not never changes once known: nothing to subscribe to. */
const noUpdates = () => () => undefined;

export interface ShapeSource {
  /** Where the shapes come from: the page (server HTML, until hydrated) or the shapes file. */
  from: "page" | "file";
  /** The <use> reference to one shape: a region id, or UKRAINE_BORDER_SHAPE. */
  href: (shapeId: string) => string;
}

const FROM_PAGE: ShapeSource = { from: "page", href: pageShapeHref };
const FROM_FILE: ShapeSource = { from: "file", href: shapeHref };

/**
 * How a map's <use> elements name their shapes. In the server's HTML and while React hydrates it:
 * by way of the page (pageShapeHref), which resolves only without JavaScript (ShapesWithoutScript), so
 * the shapes file is neither fetched nor parsed before the first frame (bench/page-speed.ts: about
 * 15 ms on /s/<id> and /diff). Once hydrated, and on every page rendered in the browser: the
 * shapes file itself. Until then the map's drawing stays hidden (`svg[data-shapes="page"]`):
 * labels without regions read as a broken map.
 */
export function useMapShapes(): ShapeSource {
  const hydrated = useSyncExternalStore(
    noUpdates,
    () => true,
    () => false,
  );
  return hydrated ? FROM_FILE : FROM_PAGE;
}

/**
 * For a page read without JavaScript: each shape of the file under its page id, so the map's
 * references resolve there. A browser running scripts keeps <noscript> content as text, and React
 * leaves it alone.
 */
export function ShapesWithoutScript() {
  return (
    <noscript>
      <style>{`.region-map__svg[data-shapes="page"] { visibility: visible; }`}</style>
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
