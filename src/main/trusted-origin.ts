import { viewNames } from '../shared/views';
import { viewPage } from './app-paths';

/**
 * Decides whether a frame URL is one of our own renderer pages. In a build the pages are files in the
 * app's renderer folder, a page per view beside the entry page that names the folder (`index.html`, which
 * only the dev server serves), and no other file there; under `electron-vite dev` they come from the
 * local dev server.
 */
export function trustedUrlMatcher(
  rendererEntry: string,
  platform: NodeJS.Platform = process.platform,
): (url: string) => boolean {
  const entry = new URL(rendererEntry);
  const pages = new Set(
    entry.protocol === 'file:'
      ? [entry.href, ...viewNames.map((view) => viewPage(entry.href, view))].map((page) =>
          fileKey(new URL(page), platform),
        )
      : [],
  );
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (entry.protocol !== 'file:') return url.origin === entry.origin;
    // The host matters: on Windows file://host/... is a UNC path, a file on another machine's share.
    // Our own URLs never carry a query, so one is refused rather than reasoned about.
    if (url.protocol !== 'file:' || url.host !== entry.host || url.search !== '') return false;
    const key = fileKey(url, platform);
    return key !== undefined && pages.has(key);
  };
}

/**
 * The file a `file:` URL names, spelled one way. Our entry comes from Node's `pathToFileURL`, the page's
 * URL from Chromium, and the two spell the same file differently: Chromium upper-cases a Windows drive
 * letter, and the two encoders do not percent-encode the same characters. Each segment is decoded on
 * its own, so an encoded `/` stays inside its segment instead of becoming a folder boundary.
 */
function fileKey(url: URL, platform: NodeJS.Platform): string | undefined {
  let segments: string[];
  try {
    segments = url.pathname.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  // Drive letters are case-insensitive on Windows only; elsewhere `/c:/` is just a folder's name.
  const first = segments[1];
  if (platform === 'win32' && first !== undefined && /^[a-z]:$/i.test(first)) {
    segments[1] = first.toUpperCase();
  }
  return JSON.stringify(segments);
}
