type DrawingKit = typeof import('./drawing-kit');

let kit: DrawingKit | undefined;

/** Loads the pose library and the drawing code, once a page; a figure is drawn only after. */
export async function loadDrawingKit(): Promise<void> {
  kit ??= await import('./drawing-kit');
}

export function drawingKit(): DrawingKit {
  if (kit === undefined) throw new Error('A figure was drawn before loadDrawingKit() had finished');
  return kit;
}
