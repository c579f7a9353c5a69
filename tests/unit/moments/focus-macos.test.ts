import { describe, expect, it } from 'vitest';
import { createDetectors } from '../../../src/main/moments/detectors';
import {
  assertionsFile,
  macFocusDetector,
  parseFocusAssertions,
} from '../../../src/main/moments/focus-macos';
import type { MomentFs } from '../../../src/main/moments/ports';
import { fakeFs, fakeRun } from './fakes';

const HOME = '/Users/ada';
const FILE = '/Users/ada/Library/DoNotDisturb/DB/Assertions.json';

const ACTIVE = JSON.stringify({
  data: [
    {
      storeAssertionRecords: [
        {
          assertionUUID: '7C0F2A3B-0000-0000-0000-000000000000',
          assertionSource: { assertionClientIdentifier: 'com.apple.controlcenter.dnd' },
          assertionDetails: { assertionDetailsModeIdentifier: 'com.apple.donotdisturb.mode.default' },
          assertionStartDateTimestamp: 700000000,
        },
      ],
      header: { storeVersion: 1 },
    },
  ],
  header: { timestamp: 700000000 },
});
const EMPTY = JSON.stringify({ data: [{ storeAssertionRecords: [], header: {} }] });
const ABSENT = JSON.stringify({ data: [{ header: {} }] });

/** A MomentFs whose readFile rejects like Node does without Full Disk Access. */
function deniedFs(): MomentFs {
  const eperm = Object.assign(new Error(`EPERM: operation not permitted, open '${FILE}'`), {
    code: 'EPERM',
  });
  return { ...fakeFs({}), readFile: () => Promise.reject(eperm) };
}

describe('macOS Focus from Assertions.json', () => {
  it('finds the file under the home directory', () => {
    expect(assertionsFile(HOME)).toBe(FILE);
  });

  it('is on while an assertion record exists', async () => {
    expect(await macFocusDetector(fakeFs({ [FILE]: ACTIVE }), HOME).detect()).toBe(true);
  });

  it('is off when the file was read and holds no records', async () => {
    expect(await macFocusDetector(fakeFs({ [FILE]: EMPTY }), HOME).detect()).toBe(false);
    expect(await macFocusDetector(fakeFs({ [FILE]: ABSENT }), HOME).detect()).toBe(false);
  });

  it('cannot tell without the expected data', () => {
    for (const text of ['{}', '{"data":[]}', '{"data":{}}', '{"data":[null]}', '[]', 'null', '3']) {
      expect(parseFocusAssertions(text), text).toBe('unknown');
    }
    expect(parseFocusAssertions('{"data":[{"storeAssertionRecords":{}}]}')).toBe('unknown');
  });

  it('cannot tell from garbage JSON', async () => {
    expect(parseFocusAssertions('{"data":[{"storeAs')).toBe('unknown');
    expect(await macFocusDetector(fakeFs({ [FILE]: 'bplist00\u0000' }), HOME).detect()).toBe('unknown');
  });

  it('cannot tell when the file is missing or unreadable (no Full Disk Access)', async () => {
    expect(await macFocusDetector(fakeFs({}), HOME).detect()).toBe('unknown');
    await expect(macFocusDetector(deniedFs(), HOME).detect()).resolves.toBe('unknown');
  });
});

describe('the platform factory and macOS Focus', () => {
  const appRules = () => ({ pauseWhileApps: [], onlyWhileApps: [] });
  const dnd = (platform: NodeJS.Platform) => {
    const fs = fakeFs({ [FILE]: ACTIVE });
    const detector = createDetectors({
      platform,
      run: fakeRun({}),
      fs,
      env: {},
      appRules,
      homeDir: HOME,
    }).find((d) => d.reason === 'dnd');
    return { detector, fs };
  };

  it('reads Assertions.json on macOS', async () => {
    const { detector } = dnd('darwin');
    expect(await detector?.detect()).toBe(true);
  });

  it('does not read it on Linux or Windows', async () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { detector, fs } = dnd(platform);
      // Their own detectors find nothing installed in the fakes.
      expect(await detector?.detect(), platform).toBe('unknown');
      expect(fs.calls(), platform).toBe(0);
    }
  });
});
