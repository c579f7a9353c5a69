import type { Attachment } from 'svelte/attachments';
import { afterFirstFrame } from '../first-frame';
import { loadDrawingKit } from './drawing-kit-loader';

let loading: Promise<void> | undefined;

/**
 * Settles once `Figure` can be drawn: its drawing kit loaded, once per page, and only after the page's
 * first frame is on screen. Loading the kit computes the whole pose library, which must never hold up a
 * view's first paint, its timer or its controls.
 */
export function figureReady(): Promise<void> {
  // Main renders a break's first frame with the player's components: there is no frame to wait for
  // there and no figure to draw, and the page draws it once it takes over.
  if (typeof requestAnimationFrame === 'undefined') return new Promise(() => undefined);
  loading ??= afterFirstFrame().then(loadDrawingKit);
  return loading;
}

/** One observer for every figure on the page, rather than one each. */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function observe(element: Element, near: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callback = waiting.get(entry.target);
        observer?.unobserve(entry.target);
        waiting.delete(entry.target);
        callback?.();
      }
    },
    { rootMargin: '300px' },
  );
  waiting.set(element, near);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    waiting.delete(element);
  };
}

/**
 * Calls `near` once, when the element comes within 300 px of the viewport (a list's figures are drawn
 * as they are scrolled to, not all at once). Hidden elements never intersect, so a list hidden behind a
 * detail page waits until it is shown again.
 */
export function whenNear(near: () => void): Attachment<HTMLElement> {
  return (element) => observe(element, near);
}
