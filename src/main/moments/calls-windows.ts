/**
 * "Is the camera or microphone in use?" on Windows 10 (1903+) and 11, from the same registry record the
 * privacy indicator in the taskbar uses: under
 * HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\<capability>
 * every app that used the device has a key with `LastUsedTimeStart` and `LastUsedTimeStop`; while it
 * is using the device, the stop time is 0. Read with `reg query ... /s`, which ships with Windows.
 */
import type { DetectorAnswer, RunCommand } from './ports';

const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** Whether any app key in `reg query <capability> /s` output has started and not yet stopped using it. */
export function parseConsentStoreInUse(output: string): boolean {
  let start: bigint | undefined;
  let stop: bigint | undefined;
  const inUse = (): boolean => start !== undefined && start > 0n && stop === 0n;
  for (const line of output.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      if (inUse()) return true;
      start = undefined;
      stop = undefined;
      continue;
    }
    const value = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)\s*$/i.exec(line);
    if (!value?.[2]) continue;
    if (value[1]?.toLowerCase() === 'lastusedtimestart') start = BigInt(value[2]);
    else stop = BigInt(value[2]);
  }
  return inUse();
}

/** One capability ('webcam' or 'microphone'); 'unknown' where the key is missing (older Windows). */
export async function windowsDeviceInUse(
  run: RunCommand,
  capability: 'webcam' | 'microphone',
): Promise<DetectorAnswer> {
  try {
    return parseConsentStoreInUse(await run('reg', ['query', `${CONSENT_STORE}\\${capability}`, '/s']));
  } catch {
    return 'unknown';
  }
}
