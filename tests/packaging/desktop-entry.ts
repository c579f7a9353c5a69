/** The keys of a .desktop file's [Desktop Entry] group. */
export function desktopKeys(text: string): Record<string, string> {
  const keys: Record<string, string> = {};
  let inEntry = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('[')) inEntry = line === '[Desktop Entry]';
    else if (inEntry && /^[A-Za-z-]+=/.test(line)) {
      const at = line.indexOf('=');
      keys[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return keys;
}
