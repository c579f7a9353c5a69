/** The pages the renderer can show; each window shows one, named in its URL's hash (`#/player`). */
export const viewNames = ['player', 'library', 'settings', 'progress', 'welcome', 'gallery'] as const;
export type ViewName = (typeof viewNames)[number];

export function viewFromHash(hash: string): ViewName | undefined {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return viewNames.find((view) => view === name);
}
