import { scaleUtc, type ScaleTime } from "d3-scale";
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from "d3-shape";
import type { EVENT_KINDS } from "@/server/domain/events.ts";

// The one time axis every chart of the timeline shares, so that a day sits at the same x in all of them.

/** Drawing width of the time axis (px); narrower screens scroll it inside its region. */
export const AXIS_WIDTH = 1100;
/** Room at both ends for the first and last labels. */
export const AXIS_PAD = 16;

export const utcDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export type TimeScale = ScaleTime<number, number>;

export function timeScale(span: { start: string; end: string }): TimeScale {
  return scaleUtc()
    .domain([utcDay(span.start), utcDay(span.end)])
    .range([AXIS_PAD, AXIS_WIDTH - AXIS_PAD])
    .clamp(true);
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** Month ticks, each labelled from its line; the first and every January also carry the year. */
export function monthTicks(x: TimeScale): { at: number; month: string; year: string | null }[] {
  return x.ticks(20).map((date, i) => ({
    at: x(date),
    month: monthFormat.format(date),
    year: i === 0 || date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : null,
  }));
}

/** A shape per kind of event, so the kind reads without colour (the legend and labels say it too). */
const EVENT_SHAPES: Record<(typeof EVENT_KINDS)[number], SymbolType> = {
  talks: symbolDiamond,
  exchange: symbolSquare,
  truce: symbolCircle,
  statement: symbolTriangle,
  proposal: symbolStar,
  sanctions: symbolCross,
  deadline: symbolWye,
  battlefield: symbolTriangle,
};

export function eventShapePath(kind: string, size = 110): string {
  const shape = EVENT_SHAPES[kind as keyof typeof EVENT_SHAPES] ?? symbolCircle;
  return symbol(shape, size)() ?? "";
}

/** Battlefield triangles point down, to tell them from statements. */
export const eventShapeRotation = (kind: string) => (kind === "battlefield" ? 180 : 0);
