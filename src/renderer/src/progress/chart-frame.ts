import type { DaySummary } from '../../../shared/history';
import type { Frame } from './chart-geometry';

/** Every progress chart's size in SVG units; the SVG scales to the page's width. */
export const CHART_FRAME: Frame = { width: 640, height: 220, top: 12, right: 8, bottom: 30, left: 40 };

/** At most this many day labels under an axis, so they never overlap. */
export const MAX_AXIS_LABELS = 8;

/** The per-day counts a bar chart can draw. */
export type DayCount = Exclude<keyof DaySummary, 'date' | 'painAverage'>;
