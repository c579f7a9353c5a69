/** The pages the renderer can show; each window shows one, named in its URL's hash (`#/player`). */
export const viewNames = [
  'player',
  'library',
  'settings',
  'progress',
  'welcome',
  'gallery',
  'cover',
] as const;
export type ViewName = (typeof viewNames)[number];

/**
 * The views that live in one window at a time. A cover is different: one per display while a break
 * runs on "every screen", opened and closed with the break, never on its own.
 */
export type WindowView = Exclude<ViewName, 'cover'>;

export function viewFromHash(hash: string): ViewName | undefined {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return viewNames.find((view) => view === name);
}
