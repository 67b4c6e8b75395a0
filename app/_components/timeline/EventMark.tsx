import { eventShapePath, eventShapeRotation } from "./scale.ts";

export const kindLabel = (kind: string) => kind[0]!.toUpperCase() + kind.slice(1);

/** The shape of a kind of event (see scale.ts): the kind reads without colour. */
export function EventShape({ kind, size = 14 }: { kind: string; size?: number }) {
  return (
    <svg className={`tl-shape tl-shape--${kind}`} width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true">
      <path d={eventShapePath(kind)} transform={`rotate(${eventShapeRotation(kind)})`} />
    </svg>
  );
}
