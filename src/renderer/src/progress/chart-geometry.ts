/**
 * The geometry of the progress charts: value axes, day bands, bar rectangles and line paths, in SVG user
 * units. Pure functions of the data and a frame, so the drawing code only places what these return.
 */

/** The whole chart and the margins kept for axis labels, in SVG user units. */
export interface Frame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The rectangle the data is drawn in. */
export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function plotArea(frame: Frame): PlotArea {
  return {
    x: frame.left,
    y: frame.top,
    width: Math.max(0, frame.width - frame.left - frame.right),
    height: Math.max(0, frame.height - frame.top - frame.bottom),
  };
}

/** Keeps path strings and attributes short and stable: two decimals are far below a pixel. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The smallest of 1, 2 or 5 times a power of ten that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export interface ValueAxis {
  max: number;
  ticks: number[];
}

export interface AxisOptions {
  /** About how many steps between 0 and the top; the result may have fewer. */
  steps?: number;
  /** Counts: steps are whole numbers. */
  integer?: boolean;
  /** A fixed top (0–10 for pain), overriding the data's maximum. */
  fixedMax?: number;
}

/** A value axis from 0 that holds `maxValue`, with ticks at nice steps; an empty series gets 0–1. */
export function valueAxis(
  maxValue: number,
  { steps = 4, integer = true, fixedMax }: AxisOptions = {},
): ValueAxis {
  const top = fixedMax ?? Math.max(0, maxValue);
  let step = niceStep(top / steps);
  if (integer) step = Math.max(1, Math.ceil(step));
  const max = fixedMax ?? Math.max(step, Math.ceil(top / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= max + step / 1e6; value += step) ticks.push(round(value));
  return { max, ticks };
}

/** Maps a value in [0, max] to its y coordinate; 0 sits on the bottom edge. Values outside are clamped. */
export function yOf(value: number, max: number, area: PlotArea): number {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return round(area.y + area.height - share * area.height);
}

export interface Band {
  index: number;
  /** Left edge of the drawable part of the band. */
  x: number;
  width: number;
  /** Horizontal middle of the band, where a line chart puts its point and an axis its label. */
  center: number;
}

/** One equal band per day across the plot; `padding` is the share of each band left empty. */
export function bands(count: number, area: PlotArea, padding = 0.25): Band[] {
  if (count <= 0) return [];
  const step = area.width / count;
  const inner = step * (1 - padding);
  return Array.from({ length: count }, (_, index) => {
    const start = area.x + index * step;
    return {
      index,
      x: round(start + (step - inner) / 2),
      width: round(inner),
      center: round(start + step / 2),
    };
  });
}

export interface BarRect<K extends string = string> {
  /** Which band (day) the bar belongs to. */
  index: number;
  key: K;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Bars side by side within each day's band, one per key, in the order of `keys`. A zero is a bar of no
 * height at the bottom edge, so every day still has its bars in the same places.
 */
export function groupedBars<K extends string>(
  rows: readonly Readonly<Record<K, number>>[],
  keys: readonly K[],
  area: PlotArea,
  max: number,
  { padding = 0.25, gap = 2 }: { padding?: number; gap?: number } = {},
): BarRect<K>[] {
  const bottom = area.y + area.height;
  return bands(rows.length, area, padding).flatMap((band) => {
    const width = Math.max(0, (band.width - gap * (keys.length - 1)) / keys.length);
    return keys.map((key, position) => {
      const value = rows[band.index]![key];
      const y = yOf(value, max, area);
      return {
        index: band.index,
        key,
        value,
        x: round(band.x + position * (width + gap)),
        y,
        width: round(width),
        height: round(bottom - y),
      };
    });
  });
}

export interface LinePoint {
  index: number;
  value: number;
  x: number;
  y: number;
}

/** The days that have a value, placed at their band's centre. */
export function linePoints(values: readonly (number | null)[], area: PlotArea, max: number): LinePoint[] {
  const centers = bands(values.length, area);
  return values.flatMap((value, index) =>
    value === null ? [] : [{ index, value, x: centers[index]!.center, y: yOf(value, max, area) }],
  );
}

/**
 * An SVG path through the days that have a value. A missing day breaks the line (a gap, not a zero), so
 * each run of consecutive days is its own sub-path; a lone day is a move only, drawn as its dot.
 */
export function linePath(values: readonly (number | null)[], area: PlotArea, max: number): string {
  const parts: string[] = [];
  let previous = -2;
  for (const point of linePoints(values, area, max)) {
    parts.push(`${point.index === previous + 1 ? 'L' : 'M'}${point.x} ${point.y}`);
    previous = point.index;
  }
  return parts.join(' ');
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A straight line from the first day's centre to the last one's, at the given start and end values. */
export function trendSegment(
  line: { start: number; end: number },
  count: number,
  area: PlotArea,
  max: number,
): Segment | null {
  const centers = bands(count, area);
  const first = centers[0];
  const last = centers[centers.length - 1];
  if (first === undefined || last === undefined) return null;
  return { x1: first.center, y1: yOf(line.start, max, area), x2: last.center, y2: yOf(line.end, max, area) };
}

/** Label every n-th day so at most `maxLabels` fit under the axis; the last day (today) is always labelled. */
export function labelledDays(count: number, maxLabels: number): number[] {
  if (count <= 0) return [];
  const every = Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));
  const out: number[] = [];
  for (let index = count - 1; index >= 0; index -= every) out.unshift(index);
  return out;
}
