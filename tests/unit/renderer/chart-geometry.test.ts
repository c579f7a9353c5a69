import { describe, expect, it } from 'vitest';
import {
  bands,
  groupedBars,
  labelledDays,
  linePath,
  linePoints,
  niceStep,
  plotArea,
  trendSegment,
  valueAxis,
  yOf,
  type PlotArea,
} from '../../../src/renderer/src/progress/chart-geometry';

/** 100 wide, 50 high, starting at (10, 5): easy numbers to check by hand. */
const area: PlotArea = { x: 10, y: 5, width: 100, height: 50 };

describe('plotArea', () => {
  it('takes the margins off the frame', () => {
    expect(plotArea({ width: 640, height: 220, top: 12, right: 8, bottom: 30, left: 40 })).toEqual({
      x: 40,
      y: 12,
      width: 592,
      height: 178,
    });
  });

  it('never goes negative', () => {
    expect(plotArea({ width: 10, height: 10, top: 8, right: 8, bottom: 8, left: 8 })).toMatchObject({
      width: 0,
      height: 0,
    });
  });
});

describe('value axis', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.2, 2, 3, 7, 12, 45, 180].map(niceStep)).toEqual([0.5, 1, 2, 2, 5, 10, 20, 50, 200]);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });

  it('holds the largest value with whole-number ticks from 0', () => {
    expect(valueAxis(6)).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(valueAxis(5)).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(valueAxis(200)).toEqual({ max: 200, ticks: [0, 50, 100, 150, 200] });
    expect(valueAxis(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
  });

  it('gives an empty series an axis of 0 to 1', () => {
    expect(valueAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(valueAxis(-4)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('keeps a fixed top, such as the pain scale', () => {
    expect(valueAxis(3, { fixedMax: 10, steps: 5 })).toEqual({ max: 10, ticks: [0, 2, 4, 6, 8, 10] });
  });

  it('maps values to y with 0 at the bottom, clamped to the plot', () => {
    expect(yOf(0, 10, area)).toBe(55);
    expect(yOf(10, 10, area)).toBe(5);
    expect(yOf(5, 10, area)).toBe(30);
    expect(yOf(20, 10, area)).toBe(5);
    expect(yOf(-1, 10, area)).toBe(55);
    expect(yOf(3, 0, area)).toBe(55);
  });
});

describe('bands', () => {
  it('splits the width into one equal band per day, padded on both sides', () => {
    expect(bands(4, area, 0.2)).toEqual([
      { index: 0, x: 12.5, width: 20, center: 22.5 },
      { index: 1, x: 37.5, width: 20, center: 47.5 },
      { index: 2, x: 62.5, width: 20, center: 72.5 },
      { index: 3, x: 87.5, width: 20, center: 97.5 },
    ]);
    expect(bands(0, area)).toEqual([]);
  });
});

describe('groupedBars', () => {
  const rows = [
    { completed: 4, skipped: 1 },
    { completed: 0, skipped: 2 },
  ];

  it('puts each day’s bars side by side, in key order, scaled to the axis', () => {
    const rects = groupedBars(rows, ['completed', 'skipped'], area, 4, { padding: 0, gap: 0 });
    expect(rects).toEqual([
      { index: 0, key: 'completed', value: 4, x: 10, y: 5, width: 25, height: 50 },
      { index: 0, key: 'skipped', value: 1, x: 35, y: 42.5, width: 25, height: 12.5 },
      { index: 1, key: 'completed', value: 0, x: 60, y: 55, width: 25, height: 0 },
      { index: 1, key: 'skipped', value: 2, x: 85, y: 30, width: 25, height: 25 },
    ]);
  });

  it('leaves the gap between bars of one day and keeps them inside the band', () => {
    const rects = groupedBars(rows, ['completed', 'skipped'], area, 4, { padding: 0.2, gap: 2 });
    const [first, second] = rects;
    const band = bands(2, area, 0.2)[0]!;
    expect(first!.x).toBe(band.x);
    expect(second!.x).toBeCloseTo(first!.x + first!.width + 2, 5);
    expect(second!.x + second!.width).toBeCloseTo(band.x + band.width, 5);
  });

  it('draws one bar per day for a single key', () => {
    const rects = groupedBars([{ minutes: 30 }, { minutes: 60 }], ['minutes'], area, 60, { padding: 0 });
    expect(rects.map((rect) => [rect.x, rect.width, rect.height])).toEqual([
      [10, 50, 25],
      [60, 50, 50],
    ]);
  });
});

describe('line', () => {
  it('places each known value at its day’s centre', () => {
    expect(linePoints([2, null, 8, 10], area, 10)).toEqual([
      { index: 0, value: 2, x: 22.5, y: 45 },
      { index: 2, value: 8, x: 72.5, y: 15 },
      { index: 3, value: 10, x: 97.5, y: 5 },
    ]);
  });

  it('breaks the path where a day has no value, rather than drawing it as zero', () => {
    expect(linePath([2, null, 8, 10], area, 10)).toBe('M22.5 45 M72.5 15 L97.5 5');
    expect(linePath([5, 5, 5, 5], area, 10)).toBe('M22.5 30 L47.5 30 L72.5 30 L97.5 30');
    expect(linePath([null, null], area, 10)).toBe('');
  });

  it('draws the trend from the first day’s centre to the last one’s', () => {
    expect(trendSegment({ start: 6, end: 2 }, 4, area, 10)).toEqual({ x1: 22.5, y1: 25, x2: 97.5, y2: 45 });
    expect(trendSegment({ start: 12, end: -1 }, 4, area, 10)).toEqual({ x1: 22.5, y1: 5, x2: 97.5, y2: 55 });
    expect(trendSegment({ start: 1, end: 2 }, 0, area, 10)).toBeNull();
  });
});

describe('labelledDays', () => {
  it('labels every day of a week', () => {
    expect(labelledDays(7, 8)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('labels every n-th day of a month, always today', () => {
    const days = labelledDays(30, 8);
    expect(days.length).toBeLessThanOrEqual(8);
    expect(days.at(-1)).toBe(29);
    expect(days).toEqual([1, 5, 9, 13, 17, 21, 25, 29]);
  });

  it('labels nothing without days', () => {
    expect(labelledDays(0, 8)).toEqual([]);
  });
});
