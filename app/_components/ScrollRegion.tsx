import type { ReactNode } from "react";

/**
 * A wide table's own scroll area (the page itself never scrolls sideways): a named region that takes
 * focus, so that a keyboard can scroll it and a screen reader can name it.
 */
export function ScrollRegion({
  label,
  className = "compare-scroll",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
