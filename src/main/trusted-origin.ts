/**
 * Decides whether a frame URL is one of our own renderer pages. In a build the pages are files in the
 * app's renderer folder; under `electron-vite dev` they come from the local dev server.
 */
export function trustedUrlMatcher(rendererEntry: string): (url: string) => boolean {
  const entry = new URL(rendererEntry);
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (entry.protocol === 'file:') return url.protocol === 'file:' && url.pathname === entry.pathname;
    return url.origin === entry.origin;
  };
}
