export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Centres a window of the wanted size in a display's work area, shrinking it to fit small screens so
 * that its controls are never off-screen.
 */
export function centreInWorkArea(workArea: Rect, wanted: { width: number; height: number }): Rect {
  const width = Math.min(wanted.width, workArea.width);
  const height = Math.min(wanted.height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

/** A display as far as covering it goes. */
export interface DisplayArea {
  id: number;
  bounds: Rect;
}

export interface CoverPlan {
  /** Displays that need a cover and have none. */
  open: DisplayArea[];
  /** Displays whose cover no longer fits them (a new resolution, a turned screen): resize it. */
  resize: DisplayArea[];
  /** Displays whose cover goes: unplugged, or now the one the break itself plays on. */
  close: number[];
}

const sameRect = (a: Rect, b: Rect): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * What to do so that every display but the break's own (`home`) has exactly one cover, given the covers
 * there are (display id → the cover's bounds). Covers are kept and resized rather than replaced, so
 * following displays through a break never stacks windows.
 */
export function planCovers(
  covers: ReadonlyMap<number, Rect>,
  displays: readonly DisplayArea[],
  home: number,
): CoverPlan {
  const wanted = new Map(displays.filter(({ id }) => id !== home).map((display) => [display.id, display]));
  const plan: CoverPlan = { open: [], resize: [], close: [] };
  for (const [id, bounds] of covers) {
    const display = wanted.get(id);
    if (!display) plan.close.push(id);
    else if (!sameRect(bounds, display.bounds)) plan.resize.push(display);
  }
  for (const display of wanted.values()) if (!covers.has(display.id)) plan.open.push(display);
  return plan;
}

/** Whether two rectangles share any area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
