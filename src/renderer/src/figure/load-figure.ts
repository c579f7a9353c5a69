import type { Attachment } from 'svelte/attachments';

type FigureModule = typeof import('./Figure.svelte');

let loading: Promise<FigureModule> | undefined;

/**
 * The figure component, loaded once per page and only after the page's first frame is on screen:
 * importing it computes the whole pose library, which must never hold up a view's first paint, its
 * timer or its controls.
 */
export function loadFigure(): Promise<FigureModule> {
  loading ??= new Promise((shown) => requestAnimationFrame(() => setTimeout(shown))).then(
    () => import('./Figure.svelte'),
  );
  return loading;
}

/**
 * Calls `near` once, when the element comes within `margin` of the viewport (a list's figures are
 * drawn as they are scrolled to, not all at once). Hidden elements never intersect, so a list hidden
 * behind a detail page waits until it is shown again.
 */
export function whenNear(near: () => void, margin = '300px'): Attachment<HTMLElement> {
  return (element) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        near();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
