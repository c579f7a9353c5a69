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
