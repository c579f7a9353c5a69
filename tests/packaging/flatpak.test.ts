/**
 * The Flatpak manifest, its desktop entry and its AppStream metainfo, read as flatpak-builder and the
 * software centres would read them. Nothing is built: the runtimes cannot be fetched here, so this proves
 * the parts a build would take on trust (ids, paths, permissions, metadata) against the rest of the project.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_BUNDLE_ID, APP_DISPLAY_NAME, EXECUTABLE_NAME } from '../../src/main/app-identity';
import { missingCommands } from '../fakes/private-session';
import { desktopKeys } from './desktop-entry';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifestPath = join(root, 'packaging/flatpak/app.unhunch.json');
const manifestDir = dirname(manifestPath);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
};

interface Source {
  type: string;
  path?: string;
  dest?: string;
  'dest-filename'?: string;
  commands?: string[];
}
interface Manifest {
  'app-id': string;
  runtime: string;
  'runtime-version': string;
  sdk: string;
  base: string;
  'base-version': string;
  command: string;
  'finish-args': string[];
  modules: { name: string; 'build-commands': string[]; sources: Source[] }[];
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const [module] = manifest.modules;
const buildCommands = module?.['build-commands'] ?? [];
const sources = module?.sources ?? [];

/**
 * Every permission the sandbox may have, and why. A tray app that reminds: it draws windows, shows
 * notifications and a tray icon, reads idle time and the screen lock, and writes its own autostart entry.
 * No network (the app makes no requests) and no home folder.
 */
const ALLOWED_FINISH_ARGS: Record<string, string> = {
  '--share=ipc': 'X11 shared memory; without it Chromium under X11 is slow or blank',
  '--socket=wayland': 'the break and settings windows on Wayland',
  '--socket=fallback-x11': 'the same on X11 sessions only, so Wayland sessions get no X11 access',
  '--device=dri': "GPU drawing for Chromium's compositor; software rendering otherwise",
  '--talk-name=org.freedesktop.Notifications':
    'break notifications (notify-send, Electron) and do-not-disturb',
  '--talk-name=org.kde.StatusNotifierWatcher': 'the tray icon (StatusNotifierItem) and tray-host detection',
  '--talk-name=org.gnome.Mutter.IdleMonitor': 'idle time on GNOME (idle-readers.ts)',
  '--talk-name=org.freedesktop.ScreenSaver': 'idle time on KDE and others (idle-readers.ts)',
  '--system-talk-name=org.freedesktop.login1': 'screen lock from logind (linux-lock.ts)',
  '--filesystem=xdg-config/autostart:create':
    'start at login: login-item.ts writes and reads back app.unhunch.desktop there (the Background portal cannot be read back)',
};

/** The bus names src/main asks for, each of which the sandbox must let through. */
const busNamesInSource: [file: string, name: string, arg: string][] = [
  ['src/main/idle/idle-readers.ts', 'org.gnome.Mutter.IdleMonitor', '--talk-name'],
  ['src/main/idle/idle-readers.ts', 'org.freedesktop.ScreenSaver', '--talk-name'],
  ['src/main/tray-host.ts', 'org.kde.StatusNotifierWatcher', '--talk-name'],
  ['src/main/moments/dnd-linux.ts', 'org.freedesktop.Notifications', '--talk-name'],
  ['src/main/linux-lock.ts', 'org.freedesktop.login1', '--system-talk-name'],
];

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict reader for the XML subset a metainfo file uses (elements, attributes, text, comments, the
 * declaration): throws on a tag that is not closed, closed out of order, or text outside the root.
 */
function parseXml(xml: string): XmlElement {
  const token =
    /<\?[^>]*\?>|<!--[\s\S]*?-->|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: XmlElement[] = [];
  let rootElement: XmlElement | undefined;
  let match: RegExpExecArray | null;
  let read = 0;
  while ((match = token.exec(xml)) !== null) {
    read = token.lastIndex;
    const [, close, open, attrs, selfClosing, text] = match;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root: ${text.trim()}`);
      if (stack.length > 0) stack[stack.length - 1]!.text += text;
    } else if (open !== undefined) {
      const attributes = Object.fromEntries(
        [...(attrs ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!]),
      );
      const element: XmlElement = { name: open, attributes, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (rootElement) throw new Error('a second root element');
      else rootElement = element;
      if (selfClosing !== '/') stack.push(element);
    } else if (close !== undefined) {
      const top = stack.pop();
      if (top?.name !== close) throw new Error(`</${close}> closes <${top?.name ?? 'nothing'}>`);
    }
  }
  if (read !== xml.length || stack.length > 0 || !rootElement) {
    throw new Error(`malformed XML near offset ${read}`);
  }
  return rootElement;
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const allText = (element: XmlElement): string =>
  (element.text + element.children.map(allText).join(' ')).replace(/\s+/g, ' ').trim();

describe('the Flatpak manifest', () => {
  it('names the app as app-identity.ts does, on the freedesktop runtime with the Electron base app', () => {
    expect(manifest['app-id']).toBe(APP_BUNDLE_ID);
    expect(manifest.runtime).toBe('org.freedesktop.Platform');
    expect(manifest.sdk).toBe('org.freedesktop.Sdk');
    expect(manifest.base).toBe('org.electronjs.Electron2.BaseApp');
    // The base app is built for one runtime branch; a mismatch fails at build time, far from here.
    expect(manifest['base-version']).toBe(manifest['runtime-version']);
    expect(manifest.modules).toHaveLength(1);
  });

  it('builds from the .zip `npm run dist` makes for this version, unpacked to /app/unhunch', () => {
    const archive = sources.find((source) => source.type === 'archive');
    expect(archive?.path).toBe(
      `../../dist/make/zip/linux/x64/${APP_DISPLAY_NAME}-linux-x64-${pkg.version}.zip`,
    );
    // flatpak-builder strips the zip's one top folder (Unhunch-linux-x64/) into `dest`.
    expect(buildCommands).toContain(`cp -a ${archive?.dest} /app/unhunch`);
    // zypak stands in for the setuid sandbox helper, which a Flatpak cannot have anyway.
    expect(buildCommands).toContain('rm -f /app/unhunch/chrome-sandbox');
  });

  it('has a command that is installed, and that starts the executable through zypak', () => {
    const install = buildCommands.find((command) => command.endsWith(` /app/bin/${manifest.command}`));
    expect(install, `no build command installs /app/bin/${manifest.command}`).toBeDefined();
    const scriptName = install!.split(/\s+/).at(-2);
    const script = sources.find((source) => source['dest-filename'] === scriptName);
    expect(script?.type).toBe('script');
    expect(script?.commands).toEqual([`exec zypak-wrapper /app/unhunch/${EXECUTABLE_NAME} "$@"`]);
  });

  it('finds every local source it names', () => {
    for (const source of sources) {
      if (source.type === 'script' || source.type === 'archive') continue;
      expect(existsSync(join(manifestDir, source.path!)), source.path).toBe(true);
    }
  });

  it('installs the desktop entry, the metainfo and every hicolor icon under the app id', () => {
    expect(buildCommands).toContain(
      `install -Dm644 ${APP_BUNDLE_ID}.desktop /app/share/applications/${APP_BUNDLE_ID}.desktop`,
    );
    expect(buildCommands).toContain(
      `install -Dm644 ${APP_BUNDLE_ID}.metainfo.xml /app/share/metainfo/${APP_BUNDLE_ID}.metainfo.xml`,
    );
    const iconLoop = buildCommands.find((command) => command.includes('/app/share/icons/hicolor/'));
    expect(iconLoop).toContain(`/apps/${APP_BUNDLE_ID}.png`);
    const sizes = readdirSync(join(root, 'packaging/icons/linux'))
      .map((file) => Number(/^(\d+)x\1\.png$/.exec(file)?.[1]))
      .sort((a, b) => a - b);
    expect(iconLoop).toContain(`for size in ${sizes.join(' ')}; do`);
    expect(sources).toContainEqual({ type: 'dir', path: '../icons/linux', dest: 'icons' });
  });

  it('asks for no permission outside the documented allow-list', () => {
    for (const arg of manifest['finish-args']) {
      expect(ALLOWED_FINISH_ARGS, `${arg} is not in the allow-list`).toHaveProperty([arg]);
    }
    expect(manifest['finish-args']).not.toContain('--share=network');
    expect(manifest['finish-args'].filter((arg) => /^--filesystem=(home|host)/.test(arg))).toEqual([]);
  });

  it('lets through every D-Bus name the app calls', () => {
    for (const [file, name, arg] of busNamesInSource) {
      expect(readFileSync(join(root, file), 'utf8'), `${file} no longer names ${name}`).toContain(
        `'${name}'`,
      );
      expect(manifest['finish-args']).toContain(`${arg}=${name}`);
    }
  });
});

describe("the Flatpak's desktop entry", () => {
  const entryPath = join(manifestDir, `${APP_BUNDLE_ID}.desktop`);
  const keys = desktopKeys(readFileSync(entryPath, 'utf8'));

  it('runs the command and shows the icon the manifest installs', () => {
    expect(keys['Exec']).toBe(manifest.command);
    expect(keys['Icon']).toBe(APP_BUNDLE_ID);
  });

  it("says what the .deb's entry says, from the same template", () => {
    const template = desktopKeys(readFileSync(join(root, 'packaging/linux/desktop.ejs'), 'utf8'));
    for (const [name, value] of Object.entries(template)) {
      if (!value.includes('<%')) expect(keys[name], name).toBe(value);
    }
    expect(keys['Name']).toBe(APP_DISPLAY_NAME);
    expect(keys['Categories']).toBe('Utility;');
  });

  const validator = missingCommands(['desktop-file-validate']).length === 0;
  if (!validator) console.log('Skipping desktop-file-validate: not installed (Debian: desktop-file-utils)');
  it.skipIf(!validator)('passes desktop-file-validate', () => {
    execFileSync('desktop-file-validate', [entryPath]);
  });
});

describe("the Flatpak's AppStream metainfo", () => {
  const metainfoPath = join(manifestDir, `${APP_BUNDLE_ID}.metainfo.xml`);
  const component = parseXml(readFileSync(metainfoPath, 'utf8'));

  it('is a desktop application with the app id, licences, name, summary and launchable', () => {
    expect(component.name).toBe('component');
    expect(component.attributes['type']).toBe('desktop-application');
    expect(child(component, 'id')?.text).toBe(APP_BUNDLE_ID);
    expect(child(component, 'metadata_license')?.text).toBe('CC0-1.0');
    expect(child(component, 'project_license')?.text).toBe(pkg.license);
    expect(child(component, 'name')?.text).toBe(APP_DISPLAY_NAME);
    expect(child(component, 'summary')?.text.length).toBeGreaterThan(10);
    const launchable = child(component, 'launchable');
    expect(launchable?.attributes['type']).toBe('desktop-id');
    expect(launchable?.text).toBe(`${APP_BUNDLE_ID}.desktop`);
  });

  it('describes the app, with the safety advice, in its categories and content rating', () => {
    const description = allText(child(component, 'description')!);
    expect(description).toContain('see a doctor');
    expect(description).toContain('stop any exercise that hurts');
    expect(child(component, 'categories')?.children.map((c) => c.text)).toEqual(['Utility']);
    expect(child(component, 'content_rating')?.attributes['type']).toBe('oars-1.1');
  });

  it("lists this version's release first", () => {
    const [newest] = child(component, 'releases')?.children ?? [];
    expect(newest?.attributes['version']).toBe(pkg.version);
    expect(newest?.attributes['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects malformed XML', () => {
    expect(() => parseXml('<component><id>x</component>')).toThrow();
    expect(() => parseXml('<component>')).toThrow();
    expect(() => parseXml('<component a=1></component>')).toThrow();
  });

  const appstreamcli = missingCommands(['appstreamcli']).length === 0;
  if (!appstreamcli) console.log('Skipping appstreamcli validate: not installed (Debian: appstream)');
  it.skipIf(!appstreamcli)('passes `appstreamcli validate --no-net`, but for the two-part id', () => {
    const run = spawnSync('appstreamcli', ['validate', '--no-net', '--no-color', metainfoPath], {
      encoding: 'utf8',
    });
    // Proof it read the file: an unknown option or a crash prints no findings either.
    expect(run.stdout).toMatch(/Validation (was successful|failed)/);
    const findings = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((line) => /^[EW]: /.test(line))
      // app.unhunch is the id the macOS bundle and the autostart entries already carry; AppStream (and
      // Flathub) want three parts, which matters only for a Flathub submission.
      .filter((line) => !line.includes('cid-desktopapp-is-not-rdns'));
    expect(findings).toEqual([]);
  });
});
